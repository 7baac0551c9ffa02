// SPDX-License-Identifier: MIT
#include "editors/logittablemodel.h"

#include "document.h"
#include "quantityformat.h"

LogitTableModel::LogitTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_rows(documentRows()) {
    connect(document, &Document::changed, this, [this](bool structure) {
        if (structure || m_rows != documentRows()) {
            beginResetModel();
            m_rows = documentRows();
            endResetModel();
        } else if (m_rows > 0) {
            emit dataChanged(index(0, Label), index(m_rows - 1, Q),
                             {Qt::DisplayRole, Qt::EditRole});
        }
    });
}

int LogitTableModel::documentRows() const {
    const DocumentState &state = m_document->state();
    return state.classifier.enabled ? int(state.classifier.logits.size()) : 0;
}

int LogitTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int LogitTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogitTableModel::data(const QModelIndex &index, int role) const {
    const DocumentState &state = m_document->state();
    if (!index.isValid() || index.row() >= documentRows()) {
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != Label) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit) {
        return {};
    }
    switch (index.column()) {
        case Label:
            return state.events[index.row()].label;
        case Logit: {
            const double logit = state.classifier.logits[index.row()];
            return edit ? QVariant(logit) : QVariant(QString::number(logit, 'f', 2));
        }
        case Q: {
            const double q = state.events[index.row()].q;
            return edit ? QVariant(q) : QVariant(QuantityFormat::value(q));
        }
        default:
            return {};
    }
}

QVariant LogitTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    switch (section) {
        case Label:
            return tr("Event");
        case Logit:
            return tr("Logit z");
        case Q:
            return tr("q = softmax(z/T)");
        default:
            return {};
    }
}

Qt::ItemFlags LogitTableModel::flags(const QModelIndex &index) const {
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() && index.column() == Logit ? base | Qt::ItemIsEditable : base;
}

bool LogitTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    bool ok = false;
    const double logit = value.toDouble(&ok);
    return role == Qt::EditRole && index.column() == Logit && ok &&
           m_document->setLogit(index.row(), logit);
}
