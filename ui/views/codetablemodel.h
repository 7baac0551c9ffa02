// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

class Analysis;

// One row per event: label, p, q, -log2 p, -log2 q, the Huffman codewords built from P and
// from Q, and their lengths. Read-only, from the latest analysis; a model/view table, so any
// number of events costs no widget each.
class CodeTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Label, P, Q, BitsP, BitsQ, CodewordP, CodewordQ, LengthP, LengthQ, ColumnCount };

    explicit CodeTableModel(Analysis *analysis, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refresh();

    Analysis *m_analysis;
    int m_rows = 0;
};
