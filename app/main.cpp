// entropy-explorer: with a command (compute, ...) it runs headless; without one it opens the
// window. Dispatch only: the work is in ui/ and core/.
#include "cli_support.h"
#include "compute_command.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstring>
#include <mainwindow.h>

namespace {

const char *const kHeadlessHelp =
    "Headless commands (no display needed):\n"
    "  entropy-explorer compute --p 0.5,0.5 --q 0.9,0.1 [--base 2|e|10] [--format table|json]\n"
    "Run 'entropy-explorer compute --help' for details.\n";

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("EntropyExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("entropy-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENTROPY_EXPLORER_VERSION));
}

void addWindowOptions(QCommandLineParser &parser) {
    parser.setApplicationDescription(
        QStringLiteral("Entropy Explorer: see entropy, cross-entropy and KL divergence between "
                       "two distributions P (the truth) and Q (the model).\n\n") +
        kHeadlessHelp);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("compute, or nothing to open the window."));
}

bool asksForHelpOrVersion(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0) {
                return true;
            }
        }
    }
    return false;
}

bool hasDisplay() {
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

int runWindow(int argc, char **argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    addWindowOptions(parser);
    if (!parser.parse(app.arguments())) {
        return cli::fail(QStringLiteral("window"), parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli::fail(QStringLiteral("window"),
                         QStringLiteral("unknown command '%1' (commands: compute)")
                             .arg(parser.positionalArguments().first()));
    }
    MainWindow window;
    window.show();
    return app.exec();
}

}  // namespace

int main(int argc, char **argv) {
    describeApplication();
    const char *command = argc > 1 ? argv[1] : "";
    if (std::strcmp(command, "compute") == 0) {
        QCoreApplication app(argc, argv);
        return runComputeCommand(app.arguments());
    }
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        addWindowOptions(parser);
        parser.process(app);  // prints help or version and exits
        return 0;
    }
    if (!hasDisplay()) {
        std::fputs(
            "entropy-explorer: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so "
            "the window cannot open.\n",
            stderr);
        std::fputs(kHeadlessHelp, stderr);
        return cli::kBadInput;
    }
    return runWindow(argc, argv);
}
