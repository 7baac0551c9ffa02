// SPDX-License-Identifier: MIT
#include "editors/eventtablemodel.h"

#include "appearance.h"
#include "document.h"
#include "quantityformat.h"

#include <QBrush>

EventTableModel::EventTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_rows(document->state().size()) {
    connect(document, &Document::changed, this, [this](bool structure) {
        if (structure || m_rows != m_document->state().size()) {
            beginResetModel();
            m_rows = m_document->state().size();
            endResetModel();
        } else if (m_rows > 0) {
            emit dataChanged(index(0, P), index(m_rows - 1, Q), {Qt::DisplayRole, Qt::EditRole});
        }
    });
}

int EventTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int EventTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_document->state().size()) {
        return {};
    }
    const EventRow &row = m_document->state().events[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
            case Label:
                return row.label;
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

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    switch (section) {
        case Label:
            return tr("Event");
        case P:
            return tr("P, the truth");
        case Q:
            return tr("Q, the model");
        default:
            return {};
    }
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
        return m_document->setLabel(index.row(), value.toString());
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok && m_document->setValue(index.column() == P ? Side::P : Side::Q, index.row(), number);
}
