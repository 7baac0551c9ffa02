// SPDX-License-Identifier: MIT
#pragma once

#include "dataimport.h"
#include "documentstate.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// Two texts to compare: their letter or word frequencies become P and Q. A preview says how
// many events there are and which appear in one text only (an infinite KL direction), and
// smoothing can fix that before anything changes.
class TextImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit TextImportDialog(QWidget *parent = nullptr);

    // The files and options, settable for tests and for the caller.
    void setFiles(const QString &pathP, const QString &pathQ);
    void setOptions(const dataimport::TextOptions &options);
    // The events the current files and options give (valid when the preview shows no error).
    [[nodiscard]] const DocumentState &chosenState() const { return m_result; }
    [[nodiscard]] QString previewText() const;

private:
    QLineEdit *fileField(const QString &caption);
    void updatePreview();

    QLineEdit *m_pathP;
    QLineEdit *m_pathQ;
    QRadioButton *m_letters;
    QRadioButton *m_words;
    QDoubleSpinBox *m_smoothing;
    QSpinBox *m_keep;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    DocumentState m_result;
};
