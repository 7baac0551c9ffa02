// SPDX-License-Identifier: MIT
#include "dialogs/familydialog.h"

#include "appearance.h"

#include <entropy/families.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

FamilyDialog::FamilyDialog(QWidget *parent) : QDialog(parent), m_events(new QSpinBox(this)) {
    setWindowTitle(tr("Distribution Families"));
    m_events->setRange(2, 1000);
    m_events->setValue(11);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    top->addRow(tr("Events N:"), m_events);
    layout->addLayout(top);
    auto *sides = new QHBoxLayout;
    sides->addWidget(buildSide(Side::P));
    sides->addWidget(buildSide(Side::Q));
    layout->addLayout(sides);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_events, &QSpinBox::valueChanged, this, [this] {
        updateParameters(Side::P);
        updateParameters(Side::Q);
    });
    setFamily(Side::P, Binomial, 0.5);
    setFamily(Side::Q, Binomial, 0.3);
}

QString FamilyDialog::familyName(Family family) {
    switch (family) {
        case Uniform:
            return tr("Uniform");
        case OneHot:
            return tr("One-hot (with label smoothing)");
        case Binomial:
            return tr("Binomial(N−1, p)");
        case Geometric:
            return tr("Geometric(p), truncated");
        case Poisson:
            return tr("Poisson(\u03BB), truncated");
        case Zipf:
            return tr("Zipf(s)");
        case FamilyCount:
            break;
    }
    return {};
}

QWidget *FamilyDialog::buildSide(Side side) {
    auto *box = new QGroupBox(side == Side::P ? tr("P, the truth") : tr("Q, the model"), this);
    box->setStyleSheet(
        QStringLiteral("QGroupBox { color: %1; font-weight: bold; }")
            .arg((side == Side::P ? Appearance::colorP() : Appearance::colorQ()).name()));
    Controls &c = m_controls[sideIndex(side)];
    c.family = new QComboBox(box);
    for (int f = 0; f < FamilyCount; ++f) {
        c.family->addItem(familyName(Family(f)));
    }
    c.firstLabel = new QLabel(box);
    c.first = new QDoubleSpinBox(box);
    c.secondLabel = new QLabel(tr("Label smoothing \u03B5:"), box);
    c.second = new QDoubleSpinBox(box);
    c.second->setRange(0.0, 1.0);
    c.second->setSingleStep(0.05);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Family:"), c.family);
    form->addRow(c.firstLabel, c.first);
    form->addRow(c.secondLabel, c.second);
    connect(c.family, &QComboBox::currentIndexChanged, this,
            [this, side] { updateParameters(side); });
    return box;
}

void FamilyDialog::updateParameters(Side side) {
    Controls &c = m_controls[sideIndex(side)];
    const auto family = Family(c.family->currentIndex());
    const bool hasFirst = family != Uniform;
    c.firstLabel->setVisible(hasFirst);
    c.first->setVisible(hasFirst);
    c.secondLabel->setVisible(family == OneHot);
    c.second->setVisible(family == OneHot);
    switch (family) {
        case OneHot:
            c.firstLabel->setText(tr("True event k:"));
            c.first->setDecimals(0);
            c.first->setRange(1, m_events->value());
            c.first->setSingleStep(1);
            break;
        case Binomial:
        case Geometric:
            c.firstLabel->setText(tr("Probability p:"));
            c.first->setDecimals(3);
            c.first->setRange(0.0, 1.0);
            c.first->setSingleStep(0.05);
            break;
        case Poisson:
            c.firstLabel->setText(tr("Mean \u03BB:"));
            c.first->setDecimals(2);
            c.first->setRange(0.01, 1000.0);
            c.first->setSingleStep(0.5);
            break;
        case Zipf:
            c.firstLabel->setText(tr("Exponent s:"));
            c.first->setDecimals(2);
            c.first->setRange(0.0, 10.0);
            c.first->setSingleStep(0.1);
            break;
        case Uniform:
        case FamilyCount:
            break;
    }
}

void FamilyDialog::setEvents(int n) {
    m_events->setValue(n);
}

void FamilyDialog::setFamily(Side side, Family family, double first, double second) {
    Controls &c = m_controls[sideIndex(side)];
    c.family->setCurrentIndex(family);
    updateParameters(side);
    c.first->setValue(first);
    c.second->setValue(second);
}

std::vector<double> FamilyDialog::weights(Side side) const {
    const Controls &c = m_controls[sideIndex(side)];
    const auto n = std::size_t(m_events->value());
    const double a = c.first->value();
    namespace f = entropy::families;
    switch (Family(c.family->currentIndex())) {
        case OneHot:
            return f::smoothedOneHot(n, std::size_t(std::lround(a)) - 1, c.second->value());
        case Binomial:
            return f::binomial(n - 1, a);
        case Geometric:
            return f::geometric(a, n);
        case Poisson:
            return f::poisson(a, n);
        case Zipf:
            return f::zipf(a, n);
        case Uniform:
        case FamilyCount:
            break;
    }
    return f::uniform(n);
}

DocumentState FamilyDialog::chosenState() const {
    const std::vector<double> p = weights(Side::P), q = weights(Side::Q);
    const auto isCount = [](int family) {
        return family == Binomial || family == Geometric || family == Poisson;
    };
    const bool counts = isCount(m_controls[0].family->currentIndex()) ||
                        isCount(m_controls[1].family->currentIndex());
    const bool ranks = m_controls[0].family->currentIndex() == Zipf ||
                       m_controls[1].family->currentIndex() == Zipf;
    DocumentState state;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const QString label = counts  ? QString::number(i)
                              : ranks ? QString::number(i + 1)
                                      : defaultLabel(int(i));
        state.appendEvent({label, p[i], q[i]});
    }
    return state;
}
