// SPDX-License-Identifier: MIT
#include "quantityformat.h"

#include <QLocale>

#include <cmath>

QString QuantityFormat::unitName(entropy::LogBase base) {
    switch (base) {
        case entropy::LogBase::Bits:
            return tr("bits");
        case entropy::LogBase::Nats:
            return tr("nats");
        case entropy::LogBase::Hartleys:
            return tr("hartleys");
    }
    return tr("bits");
}

QString QuantityFormat::value(double value) {
    if (std::isinf(value)) {
        return value > 0 ? QString(kInfinity) : QStringLiteral("-") + kInfinity;
    }
    const QLocale locale;
    if (value != 0.0 && std::abs(value) < 1e-3) {
        return locale.toString(value, 'e', 2);
    }
    return locale.toString(value, 'f', 4);
}

QString QuantityFormat::valueWithUnit(double number, entropy::LogBase base) {
    return tr("%1 %2", "value and unit").arg(value(number), unitName(base));
}

QString QuantityFormat::eventList(const QStringList &labels,
                                  const std::vector<std::size_t> &indices) {
    QStringList names;
    const std::size_t shown = indices.size() <= kMaxListed ? indices.size() : kMaxListed - 1;
    for (std::size_t k = 0; k < shown; ++k) {
        const std::size_t index = indices[k];
        names.append(index < std::size_t(labels.size()) ? labels[qsizetype(index)]
                                                        : QString::number(index + 1));
    }
    if (shown < indices.size()) {
        // Always two or more: one more would have been listed by name.
        names.append(
            tr("%1 more events").arg(QLocale().toString(qulonglong(indices.size() - shown))));
    }
    return QLocale().createSeparatedList(names);
}

QString QuantityFormat::fitMinimum(const entropy::FitMinimum &minimum, entropy::LogBase base) {
    QString text = tr("μ = %1, σ = %2, D = %3")
                       .arg(minimum.theta.mu, 0, 'f', 2)
                       .arg(minimum.theta.sigma, 0, 'f', 2)
                       .arg(valueWithUnit(minimum.objective, base));
    return minimum.sigmaAtLimit ? text + QLatin1Char(' ') + tr("(σ at its limit)") : text;
}
