// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Writes `contents` to `name` in `dir` and returns the file's path.
inline QString writeFile(const QTemporaryDir &dir, const QString &name,
                         const QByteArray &contents) {
    QFile file(dir.filePath(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly)) << file.fileName().toStdString();
    file.write(contents);
    return file.fileName();
}
