// UI tests run on the offscreen platform unless told otherwise, with settings kept apart
// from the user's.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("EntropyExplorerTests"));
    QApplication::setApplicationName(QStringLiteral("entropy-explorer-tests"));
    QApplication app(argc, argv);
    QSettings().clear();  // every run starts from the defaults
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
