// SPDX-License-Identifier: MIT
#include "numberspanel.h"

#include "analysis.h"
#include "appearance.h"

#include <QGridLayout>
#include <QLabel>

#include <cmath>

QString NumbersPanel::quantityName(Quantity quantity) {
    switch (quantity) {
        case EntropyP:
            return tr("Entropy H(P)");
        case EntropyQ:
            return tr("Entropy H(Q)");
        case CrossEntropyPQ:
            return tr("Cross-entropy H(P,Q)");
        case CrossEntropyQP:
            return tr("Cross-entropy H(Q,P)");
        case KlPQ:
            return tr("KL divergence D(P\u2016Q)");
        case KlQP:
            return tr("KL divergence D(Q\u2016P)");
        case JensenShannon:
            return tr("Jensen-Shannon JS(P,Q)");
        case NormalizedEntropyP:
            return tr("Normalised entropy H(P)/log N");
        case NormalizedEntropyQ:
            return tr("Normalised entropy H(Q)/log N");
        case PerplexityP:
            return tr("Perplexity of P");
        case PerplexityQ:
            return tr("Perplexity of Q");
        case TotalVariation:
            return tr("Total variation TV(P,Q)");
        case QuantityCount:
            break;
    }
    return {};
}

QList<NumbersPanel::Line> NumbersPanel::lines(const Analysis &analysis) {
    const auto &c = analysis.comparison();
    const QString whyPQ = tr("Infinite: Q gives probability 0 to %1, which P says can happen.")
                              .arg(Appearance::eventList(analysis.labels(), c.infiniteKLPQEvents));
    const QString whyQP = tr("Infinite: P gives probability 0 to %1, which Q says can happen.")
                              .arg(Appearance::eventList(analysis.labels(), c.infiniteKLQPEvents));
    const QString unit = Appearance::unitName(c.base);
    const struct {
        double value;
        bool hasUnit;
        const QString *whyInfinite;
    } values[QuantityCount] = {{c.entropyP, true, nullptr},
                               {c.entropyQ, true, nullptr},
                               {c.crossEntropyPQ, true, &whyPQ},
                               {c.crossEntropyQP, true, &whyQP},
                               {c.klPQ, true, &whyPQ},
                               {c.klQP, true, &whyQP},
                               {c.jensenShannon, true, nullptr},
                               {c.normalizedEntropyP, false, nullptr},
                               {c.normalizedEntropyQ, false, nullptr},
                               {c.perplexityP, false, nullptr},
                               {c.perplexityQ, false, nullptr},
                               {c.totalVariation, false, nullptr}};
    QList<Line> result;
    for (int i = 0; i < QuantityCount; ++i) {
        const auto &v = values[i];
        result.append({quantityName(Quantity(i)), Appearance::value(v.value),
                       v.hasUnit ? unit : QString(),
                       std::isinf(v.value) && v.whyInfinite ? *v.whyInfinite : QString()});
    }
    return result;
}

NumbersPanel::NumbersPanel(Analysis *analysis, QWidget *parent)
    : QWidget(parent), m_analysis(analysis), m_error(new QLabel(this)) {
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < QuantityCount; ++i) {
        const QString name = quantityName(Quantity(i));
        auto *nameLabel = new QLabel(name, this);
        m_values[i] = new QLabel(this);
        m_values[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values[i]->setAccessibleName(name);
        QFont mono = m_values[i]->font();
        mono.setFamily(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        m_values[i]->setFont(mono);
        m_units[i] = new QLabel(this);
        grid->addWidget(nameLabel, i, 0);
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

void NumbersPanel::refresh() {
    m_error->setText(m_analysis->error());
    m_error->setVisible(!m_analysis->isValid());
    if (!m_analysis->isValid()) {
        return;
    }
    const QList<Line> all = lines(*m_analysis);
    for (int i = 0; i < QuantityCount; ++i) {
        m_values[i]->setText(all[i].value);
        m_values[i]->setToolTip(all[i].toolTip);
        m_units[i]->setText(all[i].unit);
    }
}
