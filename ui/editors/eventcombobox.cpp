// SPDX-License-Identifier: MIT
#include "editors/eventcombobox.h"

#include <QSignalBlocker>
#include <QStringListModel>

EventComboBox::EventComboBox(QWidget *parent)
    : QComboBox(parent), m_labels(new QStringListModel(this)) {
    setModel(m_labels);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(10);
}

void EventComboBox::setEvents(const QStringList &labels, int current) {
    const QSignalBlocker block(this);
    if (m_labels->stringList() != labels) {
        m_labels->setStringList(labels);
    }
    setCurrentIndex(current);
}
