// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/input_error.h>

#include <QByteArray>
#include <QString>

#include <optional>

// The one way files are read and written: reads are bounded in size and their errors name the
// file; writes go through QSaveFile, so the old file stays whole if anything fails.
namespace fileio {

// Larger files are refused before they are read.
inline constexpr qint64 kMaxFileBytes = 64 << 20;

// The file's name (without folders) as errors show it.
[[nodiscard]] QString displayName(const QString &path);
// An error about the file at `path`, at event `event` (0: the file as a whole).
[[nodiscard]] entropy::InputError fileError(const QString &path, const QString &reason,
                                            std::size_t event = 0);

// The whole file, or why not: missing, a folder, larger than `maxBytes`, unreadable.
[[nodiscard]] entropy::Result<QByteArray> readBounded(const QString &path,
                                                      qint64 maxBytes = kMaxFileBytes);

// The file at `path`, read as readBounded does, handed to `parse(bytes, displayName(path))`; or
// why it could not be read.
template <class Parse>
[[nodiscard]] auto parseFile(const QString &path, Parse parse)
    -> decltype(parse(QByteArray(), QString())) {
    auto bytes = readBounded(path);
    if (!bytes) {
        return bytes.error();
    }
    return parse(bytes.value(), displayName(path));
}

// Writes `bytes` to `path` atomically. Returns the error ("Cannot write PATH: reason").
[[nodiscard]] std::optional<QString> writeAtomically(const QString &path, const QByteArray &bytes);

}  // namespace fileio
