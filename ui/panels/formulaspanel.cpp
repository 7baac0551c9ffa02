// SPDX-License-Identifier: MIT
#include "panels/formulaspanel.h"

#include "analysis.h"
#include "formulas.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

FormulasPanel::FormulasPanel(Analysis *analysis, QWidget *parent)
    : QWidget(parent), m_analysis(analysis), m_text(new QTextBrowser(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    auto *copyLatex = new QPushButton(tr("Copy as LaTeX"), this);
    auto *copyText = new QPushButton(tr("Copy as Text"), this);
    buttons->addStretch(1);
    buttons->addWidget(copyLatex);
    buttons->addWidget(copyText);
    layout->addLayout(buttons);
    connect(copyLatex, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(latex()); });
    connect(copyText, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(plainText()); });
    connect(analysis, &Analysis::updated, this, [this] {
        if (isVisible()) {
            refresh();
        } else {
            m_stale = true;
        }
    });
}

WorkedFormulas FormulasPanel::formulas(WorkedFormulas::Style style) const {
    const Analysis &a = *m_analysis;
    return {a.comparison(), a.isValid() ? a.p().probabilities() : std::span<const double>{},
            a.isValid() ? a.q().probabilities() : std::span<const double>{}, style};
}

QString FormulasPanel::plainText() const {
    return formulas(WorkedFormulas::Style::Plain).all();
}

QString FormulasPanel::latex() const {
    return "\\begin{aligned}\n" + formulas(WorkedFormulas::Style::Latex).all() + "\\end{aligned}\n";
}

void FormulasPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void FormulasPanel::refresh() {
    m_stale = false;
    if (!m_analysis->isValid()) {
        m_text->setPlainText(m_analysis->error());
        return;
    }
    const QString html = formulas(WorkedFormulas::Style::Html).all();
    m_text->setHtml(
        QStringLiteral("<div style='font-size: 12pt; line-height: 150%;'>%1</div>").arg(html));
}
