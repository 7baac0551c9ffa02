// SPDX-License-Identifier: MIT
#include "analysis.h"

#include "document.h"

#include <QTimer>

Analysis::Analysis(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Analysis::flush);
    connect(document, &Document::changed, this, &Analysis::schedule);
    m_pendingStructure = true;
    recompute();
}

void Analysis::schedule(bool structure) {
    m_pending = true;
    m_pendingStructure = m_pendingStructure || structure;
    if (m_timer->isActive()) {
        return;
    }
    // Right away (after the events already queued) if the last update is a frame old,
    // otherwise at the start of the next frame.
    const qint64 elapsed = m_sinceLastUpdate.isValid() ? m_sinceLastUpdate.elapsed() : kFrameMs;
    m_timer->start(int(std::max<qint64>(0, kFrameMs - elapsed)));
}

void Analysis::flush() {
    m_timer->stop();
    if (m_pending) {
        recompute();
    }
}

void Analysis::recompute() {
    m_pending = false;
    m_structureChanged = m_pendingStructure;
    m_pendingStructure = false;
    m_sinceLastUpdate.start();

    const DocumentState &state = m_document->state();
    if (m_structureChanged) {
        m_labels.clear();
        for (const EventRow &row : state.events) {
            m_labels.append(row.label);
        }
    }
    const auto p = m_document->distribution(Side::P);
    const auto q = m_document->distribution(Side::Q);
    if (!p || !q) {
        m_error = QString::fromStdString((p ? q : p).error().message());
    } else {
        auto result = entropy::compare(p.value(), q.value(), {.base = state.base});
        m_error = result ? QString() : QString::fromStdString(result.error().message());
        if (result) {
            m_comparison = std::move(result).value();
            m_p = p.value();
            m_q = q.value();
        }
    }
    emit updated();
}
