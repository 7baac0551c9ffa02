// SPDX-License-Identifier: MIT
#include "dialogs/textimportdialog.h"

#include "appsettings.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

TextImportDialog::TextImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_letters(new QRadioButton(tr("Letters"), this))
    , m_words(new QRadioButton(tr("Words"), this))
    , m_smoothing(new QDoubleSpinBox(this))
    , m_keep(new QSpinBox(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Compare Two Texts"));
    m_pathP = fileField(tr("Text for P"));
    m_pathQ = fileField(tr("Text for Q"));
    m_letters->setChecked(true);
    auto *units = new QHBoxLayout;
    units->addWidget(m_letters);
    units->addWidget(m_words);
    units->addStretch(1);
    m_smoothing->setRange(0.0, 100.0);
    m_smoothing->setSingleStep(0.5);
    m_smoothing->setDecimals(2);
    m_smoothing->setToolTip(
        tr("Added to every count, so that no event has probability 0 "
           "(additive smoothing)"));
    m_keep->setRange(0, 1000);
    m_keep->setValue(30);
    m_keep->setSpecialValueText(tr("all"));
    m_keep->setToolTip(tr("The most frequent events are kept; the rest are summed into one"));
    m_preview->setWordWrap(true);
    m_preview->setMinimumWidth(420);

    auto *form = new QFormLayout(this);
    form->addRow(tr("P (the truth):"), m_pathP->parentWidget());
    form->addRow(tr("Q (the model):"), m_pathQ->parentWidget());
    form->addRow(tr("Count:"), units);
    form->addRow(tr("Smoothing (pseudo-count):"), m_smoothing);
    form->addRow(tr("Keep the most frequent:"), m_keep);
    form->addRow(m_preview);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *button : {m_letters, m_words}) {
        connect(button, &QRadioButton::toggled, this, &TextImportDialog::updatePreview);
    }
    connect(m_smoothing, &QDoubleSpinBox::valueChanged, this, &TextImportDialog::updatePreview);
    connect(m_keep, &QSpinBox::valueChanged, this, &TextImportDialog::updatePreview);
    updatePreview();
}

QLineEdit *TextImportDialog::fileField(const QString &caption) {
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setAccessibleName(caption);
    auto *browse = new QPushButton(tr("Choose…"), row);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(edit, &QLineEdit::textChanged, this, &TextImportDialog::updatePreview);
    connect(browse, &QPushButton::clicked, this, [this, edit, caption] {
        AppSettings settings;
        const QString path = QFileDialog::getOpenFileName(
            this, caption, settings.lastFolder(QStringLiteral("import")),
            tr("Text files (*.txt *.md);;All files (*)"));
        if (!path.isEmpty()) {
            settings.setLastFolder(QStringLiteral("import"), QFileInfo(path).absolutePath());
            edit->setText(path);
        }
    });
    return edit;
}

void TextImportDialog::setFiles(const QString &pathP, const QString &pathQ) {
    m_pathP->setText(pathP);
    m_pathQ->setText(pathQ);
}

void TextImportDialog::setOptions(const dataimport::TextOptions &options) {
    (options.unit == dataimport::TextUnit::Words ? m_words : m_letters)->setChecked(true);
    m_smoothing->setValue(options.pseudoCount);
    m_keep->setValue(options.keepMostFrequent);
}

QString TextImportDialog::previewText() const {
    return m_preview->text();
}

void TextImportDialog::updatePreview() {
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    if (m_pathP->text().isEmpty() || m_pathQ->text().isEmpty()) {
        m_preview->setText(tr("Choose a text for P and one for Q."));
        return;
    }
    dataimport::TextOptions options;
    options.unit =
        m_words->isChecked() ? dataimport::TextUnit::Words : dataimport::TextUnit::Characters;
    options.pseudoCount = m_smoothing->value();
    options.keepMostFrequent = m_keep->value();
    const auto table = dataimport::readTexts(m_pathP->text(), m_pathQ->text(), options);
    const auto state = table ? dataimport::toDocument(table.value())
                             : entropy::Result<DocumentState>(table.error());
    if (!state) {
        m_preview->setText(QString::fromStdString(state.error().message()));
        return;
    }
    m_result = state.value();
    const auto [onlyP, onlyQ] = dataimport::oneSidedEvents(m_result);
    QString text = tr("%n event(s).", nullptr, m_result.size());
    if (!onlyP.isEmpty()) {
        text += " " + tr("Only in P: %1, so D(P\u2016Q) = \u221E.").arg(onlyP.join(", "));
    }
    if (!onlyQ.isEmpty()) {
        text += " " + tr("Only in Q: %1, so D(Q\u2016P) = \u221E.").arg(onlyQ.join(", "));
    }
    if (!onlyP.isEmpty() || !onlyQ.isEmpty()) {
        text += " " + tr("Smoothing makes both directions finite.");
    }
    m_preview->setText(text);
    ok->setEnabled(true);
}
