// SPDX-License-Identifier: MIT
#include "fileio.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace fileio {

QString displayName(const QString &path) {
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

entropy::InputError fileError(const QString &path, const QString &reason, std::size_t event) {
    return entropy::InputError{displayName(path).toStdString(), event, reason.toStdString()};
}

entropy::Result<QByteArray> readBounded(const QString &path, qint64 maxBytes) {
    const QFileInfo info(path);
    if (!info.exists()) {
        return fileError(path, QStringLiteral("no such file"));
    }
    if (info.isDir()) {
        return fileError(path, QStringLiteral("is a folder, not a file"));
    }
    if (info.size() > maxBytes) {
        return fileError(path, QStringLiteral("is %1 MB, larger than the %2 MB this reads")
                                   .arg(info.size() >> 20)
                                   .arg(maxBytes >> 20));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fileError(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {  // it grew after the size check
        return fileError(path, QStringLiteral("is larger than %1 MB").arg(maxBytes >> 20));
    }
    return bytes;
}

std::optional<QString> writeAtomically(const QString &path, const QByteArray &bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return QCoreApplication::translate("fileio", "Cannot write %1: %2")
            .arg(path, file.errorString());
    }
    return std::nullopt;
}

}  // namespace fileio
