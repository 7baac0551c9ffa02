// SPDX-License-Identifier: MIT
#pragma once

#include "editors/documenttablemodel.h"

// The classifier's logits as a table (event, logit z, q = softmax(z / T)), for more events than
// a row of sliders each can hold. Edits go through the document, so they are undoable.
class LogitTableModel : public DocumentTableModel {
    Q_OBJECT

public:
    enum Column { Label, Logit, Q };

    explicit LogitTableModel(Document *document, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

protected:
    int documentRows() const override;  // one per logit, none outside classifier mode
    QStringList columnTitles() const override;
};
