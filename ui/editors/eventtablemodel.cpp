// SPDX-License-Identifier: MIT
#include "editors/eventtablemodel.h"

#include "appearance.h"
#include "document.h"
#include "quantityformat.h"

#include <QBrush>

EventTableModel::EventTableModel(Document *document, QObject *parent)
    : DocumentTableModel(document, parent) {
    followDocument();
}

int EventTableModel::documentRows() const {
    return document()->state().size();
}

QStringList EventTableModel::columnTitles() const {
    return {tr("Event"), tr("P, the truth"), tr("Q, the model")};
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= document()->state().size()) {
        return {};
    }
    const EventValues &row = document()->state().events[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
            case Label:
                return document()->state().labels[index.row()];
            case P:
                return role == Qt::EditRole ? QVariant(row.p)
                                            : QVariant(QuantityFormat::value(row.p));
            case Q:
                return role == Qt::EditRole ? QVariant(row.q)
                                            : QVariant(QuantityFormat::value(row.q));
            default:
                break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() != Label) {
        return QBrush(index.column() == P ? Appearance::colorP() : Appearance::colorQ());
    }
    if (role == Qt::TextAlignmentRole && index.column() != Label) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

Qt::ItemFlags EventTableModel::flags(const QModelIndex &index) const {
    if (!index.isValid()) {
        return QAbstractTableModel::flags(index);  // the root item is not editable
    }
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool EventTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || role != Qt::EditRole) {
        return false;
    }
    if (index.column() == Label) {
        return document()->setLabel(index.row(), value.toString());
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok && document()->setValue(index.column() == P ? Side::P : Side::Q, index.row(), number);
}
