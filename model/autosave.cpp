// SPDX-License-Identifier: MIT
#include "autosave.h"

#include "document.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <cerrno>
#include <csignal>

namespace {

const QString kPrefix = QStringLiteral("autosave-");

bool processIsRunning(qint64 pid) {
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

}  // namespace

Autosave::Autosave(Document *document, QObject *parent, QString folder)
    : QObject(parent)
    , m_document(document)
    , m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                : std::move(folder))
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &Autosave::flush);
    connect(document, &Document::changed, this, &Autosave::schedule);
    connect(document->sessionUndoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) {
            discard();  // saved (or undone back to the saved state): nothing to lose
        } else {
            schedule();
        }
    });
}

Autosave::~Autosave() = default;

QString Autosave::path() const {
    return QDir(m_folder).filePath(kPrefix + QString::number(QCoreApplication::applicationPid()) +
                                   QStringLiteral(".json"));
}

void Autosave::schedule() {
    if (!m_document->sessionUndoStack()->isClean()) {
        m_timer->start();
    }
}

void Autosave::flush() {
    m_timer->stop();
    if (m_document->sessionUndoStack()->isClean()) {
        return;
    }
    QDir().mkpath(m_folder);
    // Best effort: a failed autosave must not disturb the lesson; the next change tries again.
    (void)session::save(path(), m_document->sessionState());
}

void Autosave::discard() {
    m_timer->stop();
    QFile::remove(path());
}

std::optional<QString> Autosave::leftover() const {
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({kPrefix + QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        const QString pidText = file.completeBaseName().mid(kPrefix.size());
        bool ok = false;
        const qint64 pid = pidText.toLongLong(&ok);
        if (ok && pid != QCoreApplication::applicationPid() && !processIsRunning(pid)) {
            return file.absoluteFilePath();
        }
    }
    return std::nullopt;
}

entropy::Result<DocumentState> Autosave::read(const QString &path) {
    return session::load(path);
}

void Autosave::discardLeftover(const QString &path) {
    QFile::remove(path);
}
