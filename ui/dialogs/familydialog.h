// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

// P and Q from parameterised families: uniform, one-hot (with label smoothing), binomial,
// geometric, Poisson and Zipf over N events, each side with its own family and parameters.
class FamilyDialog : public QDialog {
    Q_OBJECT

public:
    enum Family { Uniform, OneHot, Binomial, Geometric, Poisson, Zipf, FamilyCount };

    explicit FamilyDialog(QWidget *parent = nullptr);

    void setEvents(int n);
    // `first`: k for one-hot (1-based), p for binomial and geometric, lambda, or s.
    // `second`: epsilon for one-hot.
    void setFamily(Side side, Family family, double first = 0.0, double second = 0.0);
    // The events the current choices give.
    [[nodiscard]] DocumentState chosenState() const;
    [[nodiscard]] static QString familyName(Family family);

private:
    struct Controls {
        QComboBox *family;
        QLabel *firstLabel;
        QDoubleSpinBox *first;
        QLabel *secondLabel;
        QDoubleSpinBox *second;
    };
    QWidget *buildSide(Side side);
    void updateParameters(Side side);
    [[nodiscard]] std::vector<double> weights(Side side) const;

    QSpinBox *m_events;
    Controls m_controls[2];
};
