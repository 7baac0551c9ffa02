// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

class Analysis;
class Document;
class LogitTableModel;
class QGridLayout;
class QLabel;
class QSlider;
class QStackedWidget;
class QTableView;

// The classifier's logits: a slider row per event up to kMaxEditableEvents, a table beyond, so
// that no number of events builds a widget per event. Every change is an undoable edit.
class LogitEditor : public QWidget {
    Q_OBJECT

public:
    LogitEditor(Document *document, Analysis *analysis, QWidget *parent = nullptr);

    [[nodiscard]] const QList<QSlider *> &sliders() const { return m_sliders; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] bool showsTable() const;

private:
    void refresh();
    void resizeRows(int count);

    Document *m_document;
    Analysis *m_analysis;
    QStackedWidget *m_stack;
    QWidget *m_rows;
    QGridLayout *m_grid;
    QTableView *m_table;
    LogitTableModel *m_model;
    QList<QSlider *> m_sliders;
    QList<QLabel *> m_names, m_values;
    int m_dragSerial = 0;
};
