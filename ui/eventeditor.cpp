#include "eventeditor.h"

#include "appearance.h"
#include "document.h"
#include "eventroweditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QLabel *headerLabel(const QString &text, const QColor &color, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: bold; color: %1;").arg(color.name()));
    return label;
}

}  // namespace

EventEditor::EventEditor(Document *document, QWidget *parent)
    : QScrollArea(parent), m_document(document) {
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
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    rebuildRows();
    connect(document, &Document::changed, this, [this](bool structure) {
        if (structure && m_rows.size() != m_document->state().size()) {
            rebuildRows();
        } else {
            showState();
        }
    });
}

void EventEditor::rebuildRows() {
    const int wanted = m_document->state().size();
    while (m_rows.size() > wanted) {
        delete m_rows.takeLast();
    }
    while (m_rows.size() < wanted) {
        auto *row = new EventRowEditor(m_document, int(m_rows.size()), widget());
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
