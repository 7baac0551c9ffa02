#include "appsettings.h"

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter/");
const QString kBase = QStringLiteral("view/base");
const QString kEditMode = QStringLiteral("edit/mode");
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
