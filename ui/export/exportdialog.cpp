// SPDX-License-Identifier: MIT
#include "export/exportdialog.h"

#include "appsettings.h"
#include "document.h"
#include "export/exportrenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace {
constexpr ChartKind kKinds[] = {
    ChartKind::All,     ChartKind::Distributions, ChartKind::Surprisal, ChartKind::Divergence,
    ChartKind::Summary, ChartKind::Codes,         ChartKind::Samples,   ChartKind::Fit,
    ChartKind::Simplex, ChartKind::Renyi};
const char *const kSuffixes[] = {"png", "svg", "pdf", "csv"};
}  // namespace

ExportDialog::ExportDialog(const Document *document, ChartKind chart, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_chart(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_numbers(new QCheckBox(tr("Add the table of numbers"), this))
    , m_title(new QLineEdit(this)) {
    setWindowTitle(tr("Export"));
    for (const ChartKind kind : kKinds) {
        m_chart->addItem(ExportNames::chartTitle(kind), int(kind));
    }
    m_chart->setCurrentIndex(m_chart->findData(int(chart)));
    m_format->addItems({tr("PNG image"), tr("SVG vector image"), tr("PDF document"),
                        tr("CSV table of the events")});
    const QSize size = AppSettings().exportSize();
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 20000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_scale->setRange(0.25, 8.0);
    m_scale->setValue(2.0);
    m_scale->setSingleStep(0.5);
    m_scale->setToolTip(tr("Pixels per unit: 2 gives a sharp image on HiDPI screens and slides"));
    m_title->setPlaceholderText(tr("Optional title above the charts"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Chart:"), m_chart);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Scale (PNG):"), m_scale);
    form->addRow(tr("Title:"), m_title);
    form->addRow(QString(), m_numbers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportToFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

ExportFormat ExportDialog::format() const {
    return ExportFormat(m_format->currentIndex());
}

ExportOptions ExportDialog::options() const {
    ExportOptions options;
    options.chart = ChartKind(m_chart->currentData().toInt());
    options.size = QSize(m_width->value(), m_height->value());
    options.scale = m_scale->value();
    options.numbersTable = m_numbers->isChecked();
    options.title = m_title->text().trimmed();
    return options;
}

void ExportDialog::updateEnabled() {
    const bool image = format() != ExportFormat::Csv;
    for (QWidget *widget : {static_cast<QWidget *>(m_chart), static_cast<QWidget *>(m_width),
                            static_cast<QWidget *>(m_height), static_cast<QWidget *>(m_title),
                            static_cast<QWidget *>(m_numbers)}) {
        widget->setEnabled(image);
    }
    m_scale->setEnabled(format() == ExportFormat::Png);
}

void ExportDialog::exportToFile() {
    AppSettings settings;
    const QString suffix = QLatin1String(kSuffixes[m_format->currentIndex()]);
    const QString name = format() == ExportFormat::Csv
                             ? QStringLiteral("events.csv")
                             : ExportNames::chartName(options().chart) + "." + suffix;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QDir(settings.lastFolder(QStringLiteral("export"))).filePath(name),
        QStringLiteral("*.%1").arg(suffix));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().toLower() != suffix) {
        path += "." + suffix;
    }
    settings.setLastFolder(QStringLiteral("export"), QFileInfo(path).absolutePath());
    settings.setExportSize(options().size);
    ExportRenderer renderer(m_document->state());
    if (const auto error = renderer.write(path, options())) {
        QMessageBox::warning(this, tr("Cannot export"), *error);
        return;
    }
    emit exported(path);
    accept();
}
