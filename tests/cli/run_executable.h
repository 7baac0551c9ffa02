// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the built entropy-explorer as a user would, with no display, and returns what it did.
// A run that has not finished within a minute is killed and reported as such, never read as
// an exit code of 0.
struct RunResult {
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QString out, err;
};

inline RunResult runExplorer(const QStringList &arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        environment.remove(QString::fromLatin1(name));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ENTROPY_EXPLORER_EXE), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {-1, false, true, QString::fromUtf8(process.readAllStandardOutput()),
                QStringLiteral("(did not finish within 60 s) ") +
                    QString::fromUtf8(process.readAllStandardError())};
    }
    return {process.exitCode(), process.exitStatus() == QProcess::CrashExit, false,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
