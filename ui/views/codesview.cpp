// SPDX-License-Identifier: MIT
#include "views/codesview.h"

#include "analysis.h"
#include "charts/codeareadiagram.h"
#include "layoutbarrier.h"
#include "quantityformat.h"
#include "views/codetablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

CodesView::CodesView(Analysis *analysis, QWidget *parent)
    : AnalysisView(analysis, parent)
    , m_bounds(new QLabel(this))
    , m_diagram(new CodeAreaDiagram(analysis, this))
    , m_table(new QTableView(this)) {
    m_bounds->setWordWrap(true);
    m_bounds->setTextFormat(Qt::RichText);
    m_bounds->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(new CodeTableModel(analysis, this));
    // Stretch, not ResizeToContents: that would measure all 65,536 rows.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setAccessibleName(tr("Codewords of every event"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_diagram);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({600, 200});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new LayoutBarrier(m_bounds, this));
    layout->addWidget(split, 1);
}

QString CodesView::boundsText() const {
    return m_bounds->text();
}

void CodesView::refresh() {
    if (!analysis()->isValid()) {
        m_bounds->setText(analysis()->error().toHtmlEscaped());
        return;
    }
    const entropy::CodeComparison &c = analysis()->codes();
    const auto bits = &QuantityFormat::bits;
    QString text =
        tr("<b>Codes built for P:</b> H(P) = %1 \u2264 L(P; Huffman code of P) = %2 \u2264 "
           "L(P; Shannon code of P) = %3 &lt; H(P) + 1<br>"
           "<b>Codes built for Q, used on P:</b> H(P,Q) = %4 \u2264 L(P; Shannon code of Q) = %5 "
           "&lt; H(P,Q) + 1; Huffman code of Q: L = %6<br>"
           "The wrong code costs %7 more per symbol than P's own; D(P\u2016Q) = %8.")
            .arg(bits(c.entropyPBits), bits(c.expectedLengthPCode),
                 bits(c.expectedShannonLengthPUnderP), bits(c.crossEntropyPQBits),
                 bits(c.expectedShannonLengthQUnderP), bits(c.expectedLengthQCodeUnderP),
                 bits(c.extraLengthQCode), bits(c.klPQBits));
    const auto base = analysis()->comparison().base;
    if (base != entropy::LogBase::Bits) {
        text += QStringLiteral("<br><i>") +
                tr("Codes are binary, so lengths are in bits: H(P) = %1 is %2.")
                    .arg(bits(c.entropyPBits),
                         QuantityFormat::valueWithUnit(analysis()->comparison().entropyP, base)) +
                QStringLiteral("</i>");
    }
    if (std::isinf(c.expectedLengthQCodeUnderP)) {
        text += QStringLiteral("<br>") +
                tr("Q gives %1 no codeword: a message P sends cannot be encoded, so the cost is "
                   "\u221E.")
                    .arg(QuantityFormat::eventList(analysis()->labels(),
                                                   analysis()->zeroEvents(Side::Q))
                             .toHtmlEscaped());
    }
    m_bounds->setText(text);
}
