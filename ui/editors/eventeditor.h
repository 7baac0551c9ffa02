// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"

#include <QWidget>

class QScrollArea;

class Document;
class EventRowEditor;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

// The events of the document, one row each, in a scroll area: labels, P and Q sliders with
// exact values and locks. Rows are rebuilt only when events are added or removed. A session
// with more events than sliders make sense for is shown as an editable table instead.
class EventEditor : public QWidget {
    Q_OBJECT

public:
    // As wide as a row of sliders, so that the window (and a lesson's dock beside it) leaves
    // room for every control of a row.
    [[nodiscard]] QSize sizeHint() const override;
    explicit EventEditor(Document *document, QWidget *parent = nullptr);

    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }
    [[nodiscard]] bool showsTable() const;
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] EventRowEditor *row(int event) const { return m_rows.value(event); }

private:
    void rebuildRows();
    void showState();
    QWidget *buildRows();

    Document *m_document;
    QStackedWidget *m_stack;
    QScrollArea *m_scroll;
    QTableView *m_table;
    QVBoxLayout *m_rowLayout;
    QList<EventRowEditor *> m_rows;
};
