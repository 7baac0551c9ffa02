// SPDX-License-Identifier: MIT
#include "sessioncontroller.h"

#include "appsettings.h"
#include "dataimport.h"
#include "dialogs/textimportdialog.h"
#include "document.h"
#include "lesson.h"
#include "session.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QUndoStack>
#include <QWidget>

SessionController::SessionController(Document *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window) {}

QString SessionController::displayName() const {
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void SessionController::setPath(const QString &path) {
    m_path = path;
    if (!path.isEmpty()) {
        AppSettings().addRecentFile(QFileInfo(path).absoluteFilePath());
        emit recentFilesChanged();
    }
    emit pathChanged();
}

std::optional<QString> SessionController::load(const QString &path) {
    const auto state = session::load(path);
    if (!state) {
        return QString::fromStdString(state.error().message());
    }
    m_document->reset(state.value());
    setPath(path);
    emit statusMessage(tr("Opened %1").arg(displayName()));
    return std::nullopt;
}

std::optional<QString> SessionController::saveTo(const QString &path) {
    if (auto error = session::save(path, m_document->sessionState())) {
        return error;  // the document stays modified
    }
    m_document->sessionUndoStack()->setClean();
    setPath(path);
    emit statusMessage(tr("Saved %1").arg(displayName()));
    return std::nullopt;
}

void SessionController::showError(const QString &title, const QString &message) {
    emit statusMessage(message);
    QMessageBox::warning(m_window, title, message);
}

QString SessionController::askPath(const QString &purpose, const QString &caption,
                                   const QString &filter, bool forSaving) {
    AppSettings settings;
    const QString folder = settings.lastFolder(purpose);
    const QString suggested = forSaving && !m_path.isEmpty()
                                  ? m_path
                                  : QDir(folder).filePath(forSaving ? displayName() : QString());
    const QString path = forSaving
                             ? QFileDialog::getSaveFileName(m_window, caption, suggested, filter)
                             : QFileDialog::getOpenFileName(m_window, caption, folder, filter);
    if (!path.isEmpty()) {
        settings.setLastFolder(purpose, QFileInfo(path).absolutePath());
    }
    return path;
}

bool SessionController::open(const QString &path) {
    if (lesson::isLessonFile(path)) {
        emit lessonChosen(path);
        return true;
    }
    if (!maybeSave()) {
        return false;
    }
    if (const auto error = load(path)) {
        if (!QFileInfo::exists(path)) {
            AppSettings().removeRecentFile(QFileInfo(path).absoluteFilePath());
            emit recentFilesChanged();
        }
        showError(tr("Cannot open session"), *error);
        return false;
    }
    return true;
}

bool SessionController::openWithDialog() {
    const QString path =
        askPath(QStringLiteral("session"), tr("Open Session or Lesson"),
                tr("Entropy Explorer sessions and lessons (*.json);;All files (*)"), false);
    if (path.isEmpty()) {
        return false;
    }
    if (lesson::isLessonFile(path)) {
        emit lessonChosen(path);
        return true;
    }
    if (!maybeSave()) {
        return false;
    }
    if (const auto error = load(path)) {
        showError(tr("Cannot open session"), *error);
        return false;
    }
    return true;
}

bool SessionController::save() {
    if (m_path.isEmpty()) {
        return saveAs();
    }
    if (const auto error = saveTo(m_path)) {
        showError(tr("Cannot save session"), *error);
        return false;
    }
    return true;
}

bool SessionController::saveAs() {
    QString path = askPath(QStringLiteral("session"), tr("Save Session"),
                           tr("Entropy Explorer sessions (*.json)"), true);
    if (path.isEmpty()) {
        return false;
    }
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        path += QLatin1String(".json");
    }
    if (const auto error = saveTo(path)) {
        showError(tr("Cannot save session"), *error);
        return false;
    }
    return true;
}

bool SessionController::newSession() {
    if (!maybeSave()) {
        return false;
    }
    DocumentState fresh = DocumentState::initial();
    fresh.base = m_document->state().base;
    fresh.mode = m_document->state().mode;
    m_document->reset(edits::setMode(fresh, fresh.mode));
    setPath(QString());
    return true;
}

bool SessionController::maybeSave() {
    if (m_leaveGuard && !m_leaveGuard()) {
        return false;
    }
    if (m_document->sessionUndoStack()->isClean()) {
        return true;
    }
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

void SessionController::importCsvWithDialog() {
    const QString path = askPath(QStringLiteral("import"), tr("Import Events from CSV"),
                                 tr("CSV tables (*.csv *.txt);;All files (*)"), false);
    if (path.isEmpty()) {
        return;
    }
    const auto table = dataimport::readCsv(path);
    const auto state = table ? dataimport::toDocument(table.value(), m_document->state().mode)
                             : entropy::Result<DocumentState>(table.error());
    if (!state) {
        showError(tr("Cannot import"), QString::fromStdString(state.error().message()));
        return;
    }
    DocumentState next = dataimport::fitWeightSliders(state.value());
    next.base = m_document->state().base;
    m_document->replace(next, tr("Import %1").arg(QFileInfo(path).fileName()));
}

void SessionController::importTextsWithDialog() {
    TextImportDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    DocumentState next = dialog.chosenState();
    next.base = m_document->state().base;
    next = dataimport::fitWeightSliders(edits::setMode(next, m_document->state().mode));
    m_document->replace(next, tr("Compare two texts"));
}
