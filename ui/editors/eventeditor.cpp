// SPDX-License-Identifier: MIT
#include "editors/eventeditor.h"

#include "appearance.h"
#include "document.h"
#include "editors/eventroweditor.h"
#include "editors/eventtablemodel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLabel *headerLabel(const QString &text, const QColor &color, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: bold; color: %1;").arg(color.name()));
    return label;
}

}  // namespace

QSize EventEditor::sizeHint() const {
    const QSize rows = m_scroll->widget()->sizeHint();
    return {rows.width() + m_scroll->verticalScrollBar()->sizeHint().width(),
            QWidget::sizeHint().height()};
}

EventEditor::EventEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_table(new QTableView(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_scroll->setWidget(buildRows());
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_table->setModel(new EventTableModel(document, m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_table);
    rebuildRows();
    connect(document, &Document::changed, this, [this](bool structure) {
        if (structure && m_rows.size() != m_document->state().size()) {
            rebuildRows();
        } else if (!showsTable()) {
            showState();
        }
    });
}

bool EventEditor::showsTable() const {
    return m_stack->currentWidget() == m_table;
}

QWidget *EventEditor::buildRows() {
    auto *content = new QWidget(this);
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(6, 4, 6, 4);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Event"), content));
    header->addStretch(1);
    header->addWidget(headerLabel(tr("P, the truth"), Appearance::colorP(), content), 2);
    header->addWidget(headerLabel(tr("Q, the model"), Appearance::colorQ(), content), 2);
    outer->addLayout(header);
    m_rowLayout = new QVBoxLayout;
    m_rowLayout->setSpacing(0);
    outer->addLayout(m_rowLayout);
    outer->addStretch(1);
    return content;
}

void EventEditor::rebuildRows() {
    const int n = m_document->state().size();
    const bool table = n > kMaxEditableEvents;
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_scroll);
    const int wanted = table ? 0 : n;  // no slider rows behind the table
    while (m_rows.size() > wanted) {
        delete m_rows.takeLast();
    }
    while (m_rows.size() < wanted) {
        auto *row = new EventRowEditor(m_document, int(m_rows.size()), m_scroll->widget());
        m_rowLayout->addWidget(row);
        m_rows.append(row);
    }
    showState();
}

void EventEditor::showState() {
    for (EventRowEditor *row : std::as_const(m_rows)) {
        row->showState(m_document->state());
    }
}
