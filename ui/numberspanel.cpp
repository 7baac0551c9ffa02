#include "numberspanel.h"

#include "analysis.h"
#include "appearance.h"

#include <QGridLayout>
#include <QLabel>

#include <cmath>

NumbersPanel::NumbersPanel(Analysis *analysis, QWidget *parent)
    : QWidget(parent), m_analysis(analysis), m_error(new QLabel(this)) {
    const QString names[QuantityCount] = {tr("Entropy H(P)"),
                                          tr("Entropy H(Q)"),
                                          tr("Cross-entropy H(P,Q)"),
                                          tr("Cross-entropy H(Q,P)"),
                                          tr("KL divergence D(P\u2016Q)"),
                                          tr("KL divergence D(Q\u2016P)"),
                                          tr("Jensen-Shannon JS(P,Q)"),
                                          tr("Normalised entropy H(P)/log N"),
                                          tr("Normalised entropy H(Q)/log N"),
                                          tr("Perplexity of P"),
                                          tr("Perplexity of Q"),
                                          tr("Total variation TV(P,Q)")};
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < QuantityCount; ++i) {
        auto *name = new QLabel(names[i], this);
        m_values[i] = new QLabel(this);
        m_values[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values[i]->setAccessibleName(names[i]);
        QFont mono = m_values[i]->font();
        mono.setFamily(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        m_values[i]->setFont(mono);
        m_units[i] = new QLabel(this);
        grid->addWidget(name, i, 0);
        grid->addWidget(m_values[i], i, 1);
        grid->addWidget(m_units[i], i, 2);
    }
    auto *convention = new QLabel(
        tr("P is the truth, Q the model. 0 log 0 = 0. D(P\u2016Q) is \u221E when some q = 0 < p."),
        this);
    convention->setWordWrap(true);
    convention->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    grid->addWidget(m_error, QuantityCount, 0, 1, 3);
    grid->addWidget(convention, QuantityCount + 1, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(QuantityCount + 2, 1);
    connect(analysis, &Analysis::updated, this, &NumbersPanel::refresh);
    refresh();
}

QString NumbersPanel::valueText(Quantity quantity) const {
    return m_values[quantity]->text();
}
QString NumbersPanel::valueToolTip(Quantity quantity) const {
    return m_values[quantity]->toolTip();
}
QString NumbersPanel::unitText(Quantity quantity) const {
    return m_units[quantity]->text();
}

void NumbersPanel::showValue(Quantity quantity, double value, bool hasUnit,
                             const QString &whyInfinite) {
    m_values[quantity]->setText(Appearance::value(value));
    m_values[quantity]->setToolTip(std::isinf(value) ? whyInfinite : QString());
    m_units[quantity]->setText(hasUnit ? Appearance::unitName(m_analysis->comparison().base)
                                       : QString());
}

void NumbersPanel::refresh() {
    m_error->setText(m_analysis->error());
    m_error->setVisible(!m_analysis->isValid());
    if (!m_analysis->isValid()) {
        return;
    }
    const auto &c = m_analysis->comparison();
    const QStringList &labels = m_analysis->labels();
    const QString whyPQ = tr("Infinite: Q gives probability 0 to %1, which P says can happen.")
                              .arg(Appearance::eventList(labels, c.infiniteKLPQEvents));
    const QString whyQP = tr("Infinite: P gives probability 0 to %1, which Q says can happen.")
                              .arg(Appearance::eventList(labels, c.infiniteKLQPEvents));
    showValue(EntropyP, c.entropyP, true);
    showValue(EntropyQ, c.entropyQ, true);
    showValue(CrossEntropyPQ, c.crossEntropyPQ, true, whyPQ);
    showValue(CrossEntropyQP, c.crossEntropyQP, true, whyQP);
    showValue(KlPQ, c.klPQ, true, whyPQ);
    showValue(KlQP, c.klQP, true, whyQP);
    showValue(JensenShannon, c.jensenShannon, true);
    showValue(NormalizedEntropyP, c.normalizedEntropyP, false);
    showValue(NormalizedEntropyQ, c.normalizedEntropyQ, false);
    showValue(PerplexityP, c.perplexityP, false);
    showValue(PerplexityQ, c.perplexityQ, false);
    showValue(TotalVariation, c.totalVariation, false);
}
