// SPDX-License-Identifier: MIT
#include "editors/documenttablemodel.h"

#include "document.h"

DocumentTableModel::DocumentTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document) {}

void DocumentTableModel::followDocument() {
    m_rows = documentRows();
    m_columns = int(columnTitles().size());
    connect(m_document, &Document::changed, this, [this](bool structure) {
        if (structure || m_rows != documentRows()) {
            beginResetModel();
            m_rows = documentRows();
            endResetModel();
        } else if (m_rows > 0) {
            emit dataChanged(index(0, 0), index(m_rows - 1, m_columns - 1),
                             {Qt::DisplayRole, Qt::EditRole});
        }
    });
}

int DocumentTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int DocumentTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_columns;
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    return columnTitles().value(section);
}
