// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class Document;
class QWidget;

// The session as a file: its path, opening and saving (asking before losing changes), the
// recent files, and importing data. Dialogs open from here, never from constructors.
class SessionController : public QObject {
    Q_OBJECT

public:
    SessionController(Document *document, QWidget *window);

    [[nodiscard]] const QString &path() const { return m_path; }
    // The file's name, or "Untitled".
    [[nodiscard]] QString displayName() const;

    // Without dialogs: the error, or nothing. A failed open leaves the document untouched.
    std::optional<QString> load(const QString &path);
    std::optional<QString> saveTo(const QString &path);

    // With dialogs: each returns whether it went ahead.
    bool open(const QString &path);
    bool openWithDialog();
    bool save();
    bool saveAs();
    bool newSession();
    // If there are unsaved changes, asks whether to save them. False means: cancel.
    bool maybeSave();
    // Asked first whenever the session is about to be replaced (open, new, close): a lesson in
    // progress ends there, asking before it loses edits. False means: cancel.
    void setLeaveGuard(std::function<bool()> guard) { m_leaveGuard = std::move(guard); }

    void importCsvWithDialog();
    void importTextsWithDialog();

signals:
    void pathChanged();
    // File > Open chose a lesson, not a session: the session stays as it is.
    void lessonChosen(const QString &path);
    void recentFilesChanged();
    void statusMessage(const QString &message);

private:
    void setPath(const QString &path);
    void showError(const QString &title, const QString &message);
    QString askPath(const QString &purpose, const QString &caption, const QString &filter,
                    bool forSaving);

    Document *m_document;
    QWidget *m_window;
    QString m_path;
    std::function<bool()> m_leaveGuard;
};
