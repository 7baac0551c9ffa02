// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

class Document;

// What the editor's tables share: one row per event of the document, numbered from 1, reset
// when events are added or removed and refreshed in one dataChanged on any other edit.
class DocumentTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    explicit DocumentTableModel(Document *document, QObject *parent = nullptr);
    // Subclasses call this at the end of their constructor, once the virtuals below work.
    void followDocument();

    // How many rows the document has for this table now, and the column titles.
    [[nodiscard]] virtual int documentRows() const = 0;
    [[nodiscard]] virtual QStringList columnTitles() const = 0;
    [[nodiscard]] Document *document() const { return m_document; }

private:
    Document *m_document;
    int m_rows = 0;
    int m_columns = 0;
};
