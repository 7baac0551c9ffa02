// SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>

class QStringListModel;

// Chooses one event by its label. Backed by a string list model and sized without measuring
// every label, so that 65,536 events cost one list, not 65,536 items.
class EventComboBox : public QComboBox {
    Q_OBJECT

public:
    explicit EventComboBox(QWidget *parent = nullptr);

    // Replaces the labels (only when they changed) and selects `current`, without signals.
    void setEvents(const QStringList &labels, int current);

private:
    QStringListModel *m_labels;
};
