// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"

#include <QByteArray>
#include <QSettings>
#include <QSize>
#include <QStringList>

// Everything remembered between runs, typed: one key, default, getter and setter each.
class AppSettings {
public:
    AppSettings() = default;

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    [[nodiscard]] QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    [[nodiscard]] entropy::LogBase base() const;
    void setBase(entropy::LogBase base);
    [[nodiscard]] EditMode editMode() const;
    void setEditMode(EditMode mode);

    [[nodiscard]] QString theme() const;
    void setTheme(const QString &key);
    [[nodiscard]] double fontScale() const;
    void setFontScale(double scale);
    // "" follows the system; otherwise "en" or "zh_CN".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);

    // Most recent first, at most kMaxRecentFiles.
    static constexpr int kMaxRecentFiles = 8;
    [[nodiscard]] QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    [[nodiscard]] QString lastFolder(const QString &purpose) const;
    void setLastFolder(const QString &purpose, const QString &folder);
    [[nodiscard]] QSize exportSize() const;
    void setExportSize(const QSize &size);

private:
    mutable QSettings m_settings;
};
