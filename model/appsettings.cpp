// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <algorithm>

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter/");
const QString kBase = QStringLiteral("view/base");
const QString kEditMode = QStringLiteral("edit/mode");
const QString kTheme = QStringLiteral("view/theme");
const QString kFontScale = QStringLiteral("view/fontScale");
const QString kLanguage = QStringLiteral("view/language");
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kLastFolder = QStringLiteral("files/lastFolder/");
const QString kExportSize = QStringLiteral("export/size");
}  // namespace

QByteArray AppSettings::windowGeometry() const {
    return m_settings.value(kGeometry).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray &geometry) {
    m_settings.setValue(kGeometry, geometry);
}
QByteArray AppSettings::windowState() const {
    return m_settings.value(kState).toByteArray();
}
void AppSettings::setWindowState(const QByteArray &state) {
    m_settings.setValue(kState, state);
}

QByteArray AppSettings::splitterState(const QString &name) const {
    return m_settings.value(kSplitter + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state) {
    m_settings.setValue(kSplitter + name, state);
}

entropy::LogBase AppSettings::base() const {
    const QString text = m_settings.value(kBase, QStringLiteral("2")).toString();
    return entropy::parseLogBase(text.toStdString()).value_or(entropy::LogBase::Bits);
}

void AppSettings::setBase(entropy::LogBase base) {
    m_settings.setValue(kBase, QString::fromUtf8(entropy::baseLabel(base).data()));
}

EditMode AppSettings::editMode() const {
    return m_settings.value(kEditMode).toString() == QLatin1String("weights")
               ? EditMode::Weights
               : EditMode::Proportional;
}

void AppSettings::setEditMode(EditMode mode) {
    m_settings.setValue(kEditMode, mode == EditMode::Weights ? QStringLiteral("weights")
                                                             : QStringLiteral("proportional"));
}

QStringList AppSettings::recentFiles() const {
    return m_settings.value(kRecentFiles).toStringList().mid(0, kMaxRecentFiles);
}

void AppSettings::addRecentFile(const QString &path) {
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    m_settings.setValue(kRecentFiles, files.mid(0, kMaxRecentFiles));
}

void AppSettings::removeRecentFile(const QString &path) {
    QStringList files = recentFiles();
    files.removeAll(path);
    m_settings.setValue(kRecentFiles, files);
}

QString AppSettings::lastFolder(const QString &purpose) const {
    return m_settings.value(kLastFolder + purpose).toString();
}

void AppSettings::setLastFolder(const QString &purpose, const QString &folder) {
    m_settings.setValue(kLastFolder + purpose, folder);
}

QSize AppSettings::exportSize() const {
    const QSize size = m_settings.value(kExportSize, QSize(1600, 1000)).toSize();
    return size.isValid() ? size : QSize(1600, 1000);
}

void AppSettings::setExportSize(const QSize &size) {
    m_settings.setValue(kExportSize, size);
}

QString AppSettings::theme() const {
    return m_settings.value(kTheme).toString();
}
void AppSettings::setTheme(const QString &key) {
    m_settings.setValue(kTheme, key);
}

double AppSettings::fontScale() const {
    return std::clamp(m_settings.value(kFontScale, 1.0).toDouble(), 0.5, 3.0);
}
void AppSettings::setFontScale(double scale) {
    m_settings.setValue(kFontScale, scale);
}

QString AppSettings::language() const {
    return m_settings.value(kLanguage).toString();
}
void AppSettings::setLanguage(const QString &language) {
    m_settings.setValue(kLanguage, language);
}
