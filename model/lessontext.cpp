// SPDX-License-Identifier: MIT
#include "lessontext.h"

#include "lessontask.h"
#include "quantityformat.h"
#include "quantitylines.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace lessontext {
namespace {

const QRegularExpression &placeholderPattern() {
    static const QRegularExpression pattern(QStringLiteral(
        "\\{\\{\\s*([a-z_]+)(?:\\[(\\d+)\\])?(?:@(\\d+))?(?:\\|(\\d))?(\\|number)?\\s*\\}\\}"));
    return pattern;
}

struct Placeholder {
    QString key;
    int event = -1;  // for the per-event keys
    int step = 0;    // 0-based
    int decimals = 4;
    bool numberOnly = false;
};

// The placeholder `match` says, or why it cannot be filled for `states`.
std::variant<Placeholder, QString> read(const QRegularExpressionMatch &match,
                                        const QList<DocumentState> &states, int step) {
    Placeholder p{match.captured(1)};
    const bool perEvent = !match.captured(2).isEmpty();
    p.event = perEvent ? match.captured(2).toInt() : -1;
    p.step = match.captured(3).isEmpty() ? step : match.captured(3).toInt() - 1;
    p.decimals = match.captured(4).isEmpty() ? 4 : std::min(match.captured(4).toInt(), 6);
    p.numberOnly = !match.captured(5).isEmpty();
    static const QStringList eventKeys{"p", "q", "surprisal_p", "surprisal_q"};
    if (perEvent != eventKeys.contains(p.key) || (!perEvent && lessonquantity::index(p.key) < 0)) {
        return QStringLiteral("%1: unknown quantity \"%2\"").arg(match.captured(0), p.key);
    }
    if (p.step < 0 || p.step >= states.size()) {
        return QStringLiteral("%1: there is no step %2").arg(match.captured(0)).arg(p.step + 1);
    }
    if (p.event >= states[p.step].size()) {
        return QStringLiteral("%1: step %2 has %3 events (the first is [0])")
            .arg(match.captured(0))
            .arg(p.step + 1)
            .arg(states[p.step].size());
    }
    return p;
}

double valueOf(const Placeholder &p, const entropy::Comparison &c) {
    if (p.event < 0) {
        return lessonquantity::value(c, lessonquantity::index(p.key));
    }
    const auto &terms = c.events;
    const std::vector<double> &values = p.key == QLatin1String("p")             ? terms.p
                                        : p.key == QLatin1String("q")           ? terms.q
                                        : p.key == QLatin1String("surprisal_p") ? terms.surprisalP
                                                                                : terms.surprisalQ;
    return values.at(std::size_t(p.event));
}

QString format(const Placeholder &p, const DocumentState &state) {
    const auto comparison = lessontask::compare(state, state.base, p.event >= 0);
    const double value =
        comparison ? valueOf(p, *comparison) : std::numeric_limits<double>::quiet_NaN();
    const QString number = std::isinf(value) ? QString(QuantityFormat::kInfinity)
                                             : QLocale().toString(value, 'f', p.decimals);
    const bool unitless =
        p.event >= 0
            ? p.key.startsWith('p') || p.key.startsWith('q')
            : !QuantityLines::hasUnit(QuantityLines::Quantity(lessonquantity::index(p.key)));
    if (p.numberOnly || unitless || std::isinf(value)) {
        return number;
    }
    return QuantityFormat::tr("%1 %2", "value and unit")
        .arg(number, QuantityFormat::unitName(state.base));
}

}  // namespace

QString render(const QString &text, const QList<DocumentState> &states, int step) {
    QString out;
    qsizetype last = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += text.mid(last, match.capturedStart() - last);
        const auto placeholder = read(match, states, step);
        const auto *p = std::get_if<Placeholder>(&placeholder);
        out += p ? format(*p, states[p->step]) : match.captured(0);
        last = match.capturedEnd();
    }
    return out + text.mid(last);
}

std::optional<QString> check(const QString &text, const QList<DocumentState> &states, int step) {
    QString rest = text;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const auto placeholder = read(match, states, step);
        if (const auto *reason = std::get_if<QString>(&placeholder)) {
            return *reason;
        }
        rest.replace(match.captured(0), QString());
    }
    if (rest.contains(QLatin1String("{{"))) {
        return QStringLiteral("\"{{\" starts no placeholder such as {{kl_pq|3}}");
    }
    return std::nullopt;
}

}  // namespace lessontext
