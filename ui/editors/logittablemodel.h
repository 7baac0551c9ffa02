// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

class Document;

// The classifier's logits as a table (event, logit z, q = softmax(z / T)), for more events than
// a row of sliders each can hold. Edits go through the document, so they are undoable.
class LogitTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Label, Logit, Q, ColumnCount };

    explicit LogitTableModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    [[nodiscard]] int documentRows() const;

    Document *m_document;
    int m_rows;
};
