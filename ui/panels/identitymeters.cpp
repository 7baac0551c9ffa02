// SPDX-License-Identifier: MIT
#include "panels/identitymeters.h"

#include "analysis.h"
#include "layoutbarrier.h"
#include "quantityformat.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace {
QString mark(bool holds) {
    return holds ? QStringLiteral("\u2714") : QStringLiteral("\u2718");
}
}  // namespace

IdentityMeters::IdentityMeters(Analysis *analysis, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
    , m_gibbs(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_pinsker(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->setSpacing(2);
    for (QLabel *label : {m_gibbs, m_identity, m_pinsker}) {
        label->setWordWrap(true);
        layout->addWidget(new LayoutBarrier(label, this));
    }
    layout->addStretch(1);  // room to spare goes below the meters, not between them
    m_gibbs->setToolTip(
        tr("Gibbs' inequality: a KL divergence is never negative, and 0 only "
           "when P = Q."));
    m_identity->setToolTip(
        tr("Cross-entropy is entropy plus KL divergence. The residual shows "
           "the rounding of floating-point arithmetic."));
    m_pinsker->setToolTip(
        tr("Pinsker's inequality: the total variation distance is at most "
           "\u221A(D/2), with D in nats."));
    connect(analysis, &Analysis::updated, this, &IdentityMeters::refresh);
    refresh();
}

QString IdentityMeters::text() const {
    return m_gibbs->text() + "\n" + m_identity->text() + "\n" + m_pinsker->text();
}

void IdentityMeters::refresh() {
    if (!m_analysis->isValid()) {
        return;
    }
    const auto &c = m_analysis->comparison();
    const entropy::Identities &checks = m_analysis->identities();
    m_gibbs->setText(tr("%1 Gibbs: D(P\u2016Q) = %2 \u2265 0 and D(Q\u2016P) = %3 \u2265 0")
                         .arg(mark(checks.gibbsHolds), QuantityFormat::value(c.klPQ),
                              QuantityFormat::value(c.klQP)));
    const QString residual = std::isnan(checks.residualPQ)
                                 ? tr("undefined (\u221E \u2212 \u221E)")
                                 : QLocale().toString(checks.residualPQ, 'e', 1);
    m_identity->setText(
        tr("%1 H(P,Q) \u2212 H(P) \u2212 D(P\u2016Q) = %2")
            .arg(mark(std::isnan(checks.residualPQ) || std::abs(checks.residualPQ) < 1e-9),
                 residual));
    m_pinsker->setText(tr("%1 Pinsker: TV = %2 \u2264 \u221A(D(P\u2016Q)/2) = %3 (D in nats)")
                           .arg(mark(checks.pinskerHolds), QuantityFormat::value(c.totalVariation),
                                QuantityFormat::value(checks.pinskerBound)));
}
