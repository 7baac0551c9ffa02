// SPDX-License-Identifier: MIT
#include "editors/logiteditor.h"

#include "analysis.h"
#include "document.h"
#include "editors/logittablemodel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr double kLimit = ClassifierState::kLogitLimit;
constexpr int kSteps = 200;  // slider steps from 0 to the limit: 0.05 each
}  // namespace

LogitEditor::LogitEditor(Document *document, Analysis *analysis, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_stack(new QStackedWidget(this))
    , m_rows(new QWidget(this))
    , m_table(new QTableView(this))
    , m_model(new LogitTableModel(document, this)) {
    // The rows pack at the top: the space below them stays empty, not spread between them.
    auto *rowsLayout = new QVBoxLayout(m_rows);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    rowsLayout->addLayout(m_grid);
    rowsLayout->addStretch(1);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setAccessibleName(tr("Logits of every event"));
    m_stack->addWidget(m_rows);
    m_stack->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(analysis, &Analysis::updated, this, &LogitEditor::refresh);
    refresh();
}

bool LogitEditor::showsTable() const {
    return m_stack->currentWidget() == m_table;
}

void LogitEditor::resizeRows(int count) {
    while (m_sliders.size() > count) {
        delete m_sliders.takeLast();
        delete m_names.takeLast();
        delete m_values.takeLast();
    }
    while (m_sliders.size() < count) {
        const int event = int(m_sliders.size());
        auto *name = new QLabel(m_rows);
        auto *slider = new QSlider(Qt::Horizontal, m_rows);
        slider->setRange(-kSteps, kSteps);
        auto *value = new QLabel(m_rows);
        value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-10.00")));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->addWidget(name, event, 0);
        m_grid->addWidget(slider, event, 1);
        m_grid->addWidget(value, event, 2);
        connect(slider, &QSlider::sliderPressed, this,
                [this] { m_dragSerial = Document::newDragId(); });
        connect(slider, &QSlider::valueChanged, this, [this, event, slider](int position) {
            m_document->setLogit(event, position * kLimit / kSteps,
                                 slider->isSliderDown() ? m_dragSerial : 0);
        });
        m_names.append(name);
        m_sliders.append(slider);
        m_values.append(value);
    }
}

void LogitEditor::refresh() {
    const DocumentState &state = m_analysis->state();
    const QList<double> &logits = state.classifier.logits;
    const bool table = state.classifier.enabled && logits.size() > kMaxEditableEvents;
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_rows);
    resizeRows(state.classifier.enabled && !table ? int(logits.size()) : 0);
    for (int i = 0; i < m_sliders.size(); ++i) {
        const QString &label = state.labels[i];
        m_names[i]->setText(label);
        m_sliders[i]->setAccessibleName(tr("Logit of event %1").arg(label));
        const QSignalBlocker block(m_sliders[i]);
        m_sliders[i]->setValue(int(std::lround(logits[i] / kLimit * kSteps)));
        m_values[i]->setText(QString::number(logits[i], 'f', 2));
    }
}
