// SPDX-License-Identifier: MIT
#pragma once

#include "editors/documenttablemodel.h"

// The document's events as a table (label, P, Q), for sessions too large for a row of sliders
// per event. Edits go through the document, so they are undoable like any other.
class EventTableModel : public DocumentTableModel {
    Q_OBJECT

public:
    enum Column { Label, P, Q };

    explicit EventTableModel(Document *document, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

protected:
    int documentRows() const override;
    QStringList columnTitles() const override;
};
