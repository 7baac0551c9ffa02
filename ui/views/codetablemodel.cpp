// SPDX-License-Identifier: MIT
#include "views/codetablemodel.h"

#include "analysis.h"
#include "appearance.h"
#include "quantityformat.h"

#include <QBrush>
#include <QFont>

#include <cmath>

CodeTableModel::CodeTableModel(Analysis *analysis, QObject *parent)
    : QAbstractTableModel(parent), m_analysis(analysis) {
    connect(analysis, &Analysis::updated, this, &CodeTableModel::refresh);
    refresh();
}

void CodeTableModel::refresh() {
    const int rows = m_analysis->isValid() ? int(m_analysis->p().size()) : 0;
    if (rows != m_rows || m_analysis->structureChanged()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int CodeTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int CodeTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodeTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows || !m_analysis->isValid()) {
        return {};
    }
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        return int((column == Label ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && column != Label) {
        const bool ofP = column == P || column == BitsP || column == CodewordP || column == LengthP;
        return QBrush(ofP ? Appearance::colorP() : Appearance::colorQ());
    }
    if (role == Qt::FontRole && (column == CodewordP || column == CodewordQ)) {
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        return mono;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const auto i = std::size_t(index.row());
    const entropy::CodeComparison &codes = m_analysis->codes();
    const double p = m_analysis->p()[i], q = m_analysis->q()[i];
    const auto length = [](double l) {
        return std::isinf(l) ? QString(QuantityFormat::kInfinity) : QString::number(l);
    };
    const auto codeword = [](const std::string &word) {
        return word.empty() ? tr("none") : QString::fromStdString(word);
    };
    switch (column) {
        case Label:
            return m_analysis->labels().value(index.row());
        case P:
            return QuantityFormat::value(p);
        case Q:
            return QuantityFormat::value(q);
        case BitsP:
            return QuantityFormat::value(codes.surprisalBitsP[i]);
        case BitsQ:
            return QuantityFormat::value(codes.surprisalBitsQ[i]);
        case CodewordP:
            return codeword(codes.codeP.codewords[i]);
        case CodewordQ:
            return codeword(codes.codeQ.codewords[i]);
        case LengthP:
            return length(codes.codeP.lengths[i]);
        case LengthQ:
            return length(codes.codeQ.lengths[i]);
        default:
            return {};
    }
}

QVariant CodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    const QStringList titles = {tr("Event"),
                                tr("p"),
                                tr("q"),
                                tr("\u2212log\u2082 p"),
                                tr("\u2212log\u2082 q"),
                                tr("Code of P"),
                                tr("Code of Q"),
                                tr("Length (P)"),
                                tr("Length (Q)")};
    return titles.value(section);
}
