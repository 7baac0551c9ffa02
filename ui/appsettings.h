#pragma once

#include "documentstate.h"

#include <QByteArray>
#include <QSettings>

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

private:
    mutable QSettings m_settings;
};
