// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"

#include <entropy/input_error.h>

#include <QObject>
#include <QString>

#include <optional>

class Document;
class QTimer;

// Keeps a copy of an unsaved session in the application data folder, a few seconds after each
// change, so that a crash or a kill loses at most those seconds. Each running instance writes
// its own file (autosave-PID.json); a file whose process is gone was left by a run that did not
// end cleanly, and the next start offers to recover it.
class Autosave : public QObject {
    Q_OBJECT

public:
    static constexpr int kDelayMs = 3000;

    // `folder`: where the files go; by default the application data folder.
    explicit Autosave(Document *document, QObject *parent = nullptr, QString folder = {});
    ~Autosave() override;

    [[nodiscard]] QString path() const;
    // The newest file left by a run that is no longer running, if any.
    [[nodiscard]] std::optional<QString> leftover() const;
    // Reads a leftover file; the file stays until discardLeftover().
    [[nodiscard]] static entropy::Result<DocumentState> read(const QString &path);
    static void discardLeftover(const QString &path);
    // Writes now if a change is waiting (also used by the timer).
    void flush();
    // Removes this run's file: on a clean exit, and when the session is saved.
    void discard();

private:
    void schedule();

    Document *m_document;
    QString m_folder;
    QTimer *m_timer;
};
