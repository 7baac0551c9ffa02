// SPDX-License-Identifier: MIT
// Model tests need no display: a QCoreApplication (event loop, timers, translators), with
// settings of their own in a temporary folder per process, as CTest runs them in parallel.
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv) {
    QStandardPaths::setTestModeEnabled(true);
    const QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EntropyExplorerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("entropy-explorer-model-tests"));
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
