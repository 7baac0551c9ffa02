// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

// A file to write, asked for in the folder last used for `purpose` ("export", "lesson"), which
// is then remembered. Empty when the user cancels.
[[nodiscard]] QString askSavePath(QWidget *parent, const QString &purpose, const QString &caption,
                                  const QString &suggestedName, const QString &filter);
