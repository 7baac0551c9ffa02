// SPDX-License-Identifier: MIT
#include "filedialogs.h"

#include "appsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

QString askSavePath(QWidget *parent, const QString &purpose, const QString &caption,
                    const QString &suggestedName, const QString &filter) {
    AppSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        parent, caption, QDir(settings.lastFolder(purpose)).filePath(suggestedName), filter);
    if (!path.isEmpty()) {
        settings.setLastFolder(purpose, QFileInfo(path).absolutePath());
    }
    return path;
}
