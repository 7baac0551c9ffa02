#pragma once

#include "documentstate.h"

#include <QScrollArea>

class Document;
class EventRowEditor;
class QVBoxLayout;

// The events of the document, one row each, in a scroll area: labels, P and Q sliders with
// exact values and locks. Rows are rebuilt only when events are added or removed.
class EventEditor : public QScrollArea {
    Q_OBJECT

public:
    explicit EventEditor(Document *document, QWidget *parent = nullptr);

    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }
    [[nodiscard]] EventRowEditor *row(int event) const { return m_rows.value(event); }

private:
    void rebuildRows();
    void showState();

    Document *m_document;
    QVBoxLayout *m_rowLayout;
    QList<EventRowEditor *> m_rows;
};
