// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/compare.h>

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <optional>

class Document;
class QTimer;

// The latest comparison of the document's P and Q, computed by the core library. Document
// changes are coalesced: at most one recompute per frame however fast a slider moves, and
// every view redraws from the one result announced by updated().
class Analysis : public QObject {
    Q_OBJECT

public:
    // The shortest time between two recomputes: one frame at 60 Hz.
    static constexpr int kFrameMs = 16;

    explicit Analysis(Document *document, QObject *parent = nullptr);

    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    // Why there is no comparison (a distribution with no mass), or empty.
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] const entropy::Comparison &comparison() const { return m_comparison; }
    // P and Q as compared (normalised); valid when isValid().
    [[nodiscard]] const entropy::Distribution &p() const { return *m_p; }
    [[nodiscard]] const entropy::Distribution &q() const { return *m_q; }
    [[nodiscard]] const QStringList &labels() const { return m_labels; }
    // True for the update right after events were added, removed or relabelled.
    [[nodiscard]] bool structureChanged() const { return m_structureChanged; }

    // Recomputes now if a change is waiting (tests, export, and before painting a snapshot).
    void flush();

signals:
    void updated();

private:
    void schedule(bool structure);
    void recompute();

    Document *m_document;
    QTimer *m_timer;
    QElapsedTimer m_sinceLastUpdate;
    entropy::Comparison m_comparison;
    std::optional<entropy::Distribution> m_p, m_q;
    QStringList m_labels;
    QString m_error;
    bool m_pending = false;
    bool m_pendingStructure = false;
    bool m_structureChanged = true;
};
