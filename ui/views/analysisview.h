// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class Analysis;

// The base of the tabs that show text and plots from the analysis (codes, fit, simplex, Rényi):
// they refresh on each update while visible, and when shown, so that what only they need is
// computed only while they are looked at.
class AnalysisView : public QWidget {
    Q_OBJECT

public:
    explicit AnalysisView(Analysis *analysis, QWidget *parent = nullptr);

protected:
    virtual void refresh() = 0;
    void showEvent(QShowEvent *event) override;
    [[nodiscard]] Analysis *analysis() const { return m_analysis; }

private:
    Analysis *m_analysis;
};
