// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class Analysis;
class QLabel;

// Live checks a teacher can point at: Gibbs' inequality, H(P,Q) - H(P) - D(P||Q) = 0, and
// Pinsker's bound on the total variation.
class IdentityMeters : public QWidget {
    Q_OBJECT

public:
    explicit IdentityMeters(Analysis *analysis, QWidget *parent = nullptr);
    [[nodiscard]] QString text() const;

private:
    void refresh();

    Analysis *m_analysis;
    QLabel *m_gibbs;
    QLabel *m_identity;
    QLabel *m_pinsker;
};
