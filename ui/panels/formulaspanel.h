// SPDX-License-Identifier: MIT
#pragma once

#include "formulas.h"

#include <QWidget>

class Analysis;
class QTextBrowser;

// The worked formulas with today's numbers, live, and buttons to copy them as LaTeX or text.
class FormulasPanel : public QWidget {
    Q_OBJECT

public:
    explicit FormulasPanel(Analysis *analysis, QWidget *parent = nullptr);

    [[nodiscard]] QString plainText() const;
    [[nodiscard]] QString latex() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    [[nodiscard]] WorkedFormulas formulas(WorkedFormulas::Style style) const;

    Analysis *m_analysis;
    QTextBrowser *m_text;
    bool m_stale = true;
};
