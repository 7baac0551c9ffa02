// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

class Document;

// The document's events as a table (label, P, Q), for sessions too large for a row of sliders
// per event. Edits go through the document, so they are undoable like any other.
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Label, P, Q, ColumnCount };

    explicit EventTableModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    Document *m_document;
    int m_rows;
};
