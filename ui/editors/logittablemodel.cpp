// SPDX-License-Identifier: MIT
#include "editors/logittablemodel.h"

#include "document.h"
#include "quantityformat.h"

LogitTableModel::LogitTableModel(Document *document, QObject *parent)
    : DocumentTableModel(document, parent) {
    followDocument();
}

int LogitTableModel::documentRows() const {
    const DocumentState &state = document()->state();
    return state.classifier.enabled ? int(state.classifier.logits.size()) : 0;
}

QStringList LogitTableModel::columnTitles() const {
    return {tr("Event"), tr("Logit z"), tr("q = softmax(z/T)")};
}

QVariant LogitTableModel::data(const QModelIndex &index, int role) const {
    const DocumentState &state = document()->state();
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
            return state.labels[index.row()];
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

Qt::ItemFlags LogitTableModel::flags(const QModelIndex &index) const {
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() && index.column() == Logit ? base | Qt::ItemIsEditable : base;
}

bool LogitTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    bool ok = false;
    const double logit = value.toDouble(&ok);
    return role == Qt::EditRole && index.column() == Logit && ok &&
           document()->setLogit(index.row(), logit);
}
