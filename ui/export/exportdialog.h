// SPDX-License-Identifier: MIT
#pragma once

#include "export/exportoptions.h"

#include <QDialog>

class Document;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

// Choose a chart (or the dashboard), a format and a size, then a file: the plot for a slide
// or a paper. Remembers the last folder and size.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const Document *document, ChartKind chart, QWidget *parent = nullptr);

    [[nodiscard]] ExportOptions options() const;
    [[nodiscard]] ExportFormat format() const;

signals:
    void exported(const QString &path);

private:
    void exportToFile();
    void updateEnabled();

    const Document *m_document;
    QComboBox *m_chart;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QCheckBox *m_numbers;
    QLineEdit *m_title;
};
