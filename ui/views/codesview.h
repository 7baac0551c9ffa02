// SPDX-License-Identifier: MIT
#pragma once

#include "views/analysisview.h"

class CodeAreaDiagram;
class QLabel;
class QTableView;

// What the bits mean: a code built for Q and used on P. The expected lengths with their bounds,
// H(P) <= L(P; code of P) < H(P) + 1 and H(P,Q) <= L(P; Shannon code of Q) < H(P,Q) + 1, the
// area diagram and the table of codewords. Codes are binary, so lengths are in bits whatever
// the unit chosen; the view says so.
class CodesView : public AnalysisView {
    Q_OBJECT

public:
    explicit CodesView(Analysis *analysis, QWidget *parent = nullptr);

    [[nodiscard]] QString boundsText() const;
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] CodeAreaDiagram *diagram() const { return m_diagram; }

private:
    void refresh() override;

    QLabel *m_bounds;
    CodeAreaDiagram *m_diagram;
    QTableView *m_table;
};
