// SPDX-License-Identifier: MIT
#include "panels/numberspanel.h"

#include "analysis.h"
#include "announce.h"
#include "quantityformat.h"

#include <QGridLayout>
#include <QLabel>

#include <cmath>

NumbersPanel::NumbersPanel(Analysis *analysis, QWidget *parent)
    : QWidget(parent), m_analysis(analysis), m_error(new QLabel(this)), m_remedy(new QLabel(this)) {
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < QuantityLines::QuantityCount; ++i) {
        const QString name = QuantityLines::name(Quantity(i));
        auto *nameLabel = m_names[i] = new QLabel(name, this);
        m_values[i] = new QLabel(this);
        m_values[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // One object per number for a screen reader, reached with Tab: the quantity is its name,
        // the value with its unit its description.
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                             Qt::TextSelectableByKeyboard);
        m_values[i]->setFocusPolicy(Qt::TabFocus);
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
    m_remedy->setWordWrap(true);
    m_remedy->setTextFormat(Qt::RichText);
    m_remedy->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_remedy->setAccessibleName(tr("Why a divergence is infinite"));
    connect(m_remedy, &QLabel::linkActivated, this, [this](const QString &link) {
        emit smoothRequested(link.endsWith(QLatin1Char('P')) ? Side::P : Side::Q);
    });
    const int below = QuantityLines::QuantityCount;
    grid->addWidget(m_error, below, 0, 1, 3);
    grid->addWidget(m_remedy, below + 1, 0, 1, 3);
    grid->addWidget(convention, below + 2, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(below + 3, 1);
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
    showRemedy();
    const QList<QuantityLines::Line> all = QuantityLines::lines(*m_analysis);
    for (int i = 0; i < QuantityLines::QuantityCount; ++i) {
        const bool hidden = i == m_focus && m_focusHidden;
        m_values[i]->setText(hidden ? QStringLiteral("?") : all[i].value);
        m_values[i]->setToolTip(hidden ? tr("Hidden until the class answers the lesson's question")
                                       : all[i].whyInfinite);
        m_units[i]->setText(all[i].unit);
        announceDescription(m_values[i],
                            hidden ? tr("hidden until the question is answered")
                                   : (all[i].value + QLatin1Char(' ') + all[i].unit).trimmed());
    }
}

void NumbersPanel::setFocusQuantity(int quantity, bool hidden) {
    m_focus = quantity;
    m_focusHidden = hidden && quantity >= 0;
    for (int i = 0; i < QuantityLines::QuantityCount; ++i) {
        // The highlight colour of the theme, so that it reads in light, dark and high contrast.
        const QString style = i == m_focus ? QStringLiteral(
                                                 "background: palette(highlight); color: "
                                                 "palette(highlighted-text); font-weight: bold;")
                                           : QString();
        m_names[i]->setStyleSheet(style);
        m_values[i]->setStyleSheet(style);
        m_units[i]->setStyleSheet(style);
    }
    refresh();
}

void NumbersPanel::showRemedy() {
    QStringList lines;
    for (const Side zeroSide : {Side::Q, Side::P}) {
        const auto &events = m_analysis->zeroEvents(zeroSide);
        if (events.empty()) {
            continue;
        }
        const QString side = sideName(zeroSide);
        const QString list = QuantityFormat::eventList(m_analysis->labels(), events);
        const QString line = zeroSide == Side::Q
                                 ? tr("\u221E: Q gives %1 probability 0, which P says can happen: "
                                      "<a href=\"smooth:%2\">smooth Q</a>")
                                 : tr("\u221E: P gives %1 probability 0, which Q says can happen: "
                                      "<a href=\"smooth:%2\">smooth P</a>");
        lines.append(line.arg(list.toHtmlEscaped(), side));
    }
    m_remedy->setText(lines.join(QStringLiteral("<br>")));
    m_remedy->setVisible(!lines.isEmpty());
}
