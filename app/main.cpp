// SPDX-License-Identifier: MIT
// entropy-explorer: with a command (compute, ...) it runs headless; without one it opens the
// window. Dispatch only: the work is in ui/ and core/.
#include "appsettings.h"
#include "cli_support.h"
#include "code_command.h"
#include "compute_command.h"
#include "export_command.h"
#include "fit_command.h"
#include "lesson.h"
#include "lesson_command.h"
#include "mainwindow.h"
#include "translations.h"

#include <entropy/memory_policy.h>
#include <entropy/presets.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

const char *const kHeadlessHelp =
    "Headless commands (no display needed):\n"
    "  entropy-explorer compute --p 0.5,0.5 --q 0.9,0.1 [--base 2|e|10] [--format table|json]\n"
    "  entropy-explorer export --p 0.5,0.5 --q 0.9,0.1 [--chart all] --out chart.svg\n"
    "  entropy-explorer code --p 0.5,0.25,0.25 --q 0.25,0.25,0.5 [--format table|json]\n"
    "  entropy-explorer sample --preset fair-die --n 100000 --seed 1 [--from p|q]\n"
    "  entropy-explorer fit --preset two-humps-far-apart [--direction forward|reverse|both]\n"
    "  entropy-explorer presets        (lists the examples --preset NAME takes)\n"
    "  entropy-explorer lessons        (lists the built-in lessons)\n"
    "  entropy-explorer lesson NAME|FILE --check | --out handout.pdf [--lang en|zh_CN]\n"
    "Run 'entropy-explorer COMMAND --help' for details.\n";

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
    parser.addOption({"lang", "Interface language: en or zh_CN (default: the system's).", "LANG"});
    parser.addOption({"lesson", "Start a lesson: a built-in one's name (see 'lessons') or a file.",
                      "NAME|FILE"});
    parser.addOption({"present", "Start in presenter mode (with --lesson, for the projector)."});
    parser.addPositionalArgument(
        QStringLiteral("command|session"),
        QStringLiteral(
            "compute, code, sample, fit, export, presets, lessons or lesson (headless), a session "
            "or lesson file to open, or nothing."));
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

// Headless commands print only their own output and errors: Qt's notes about the platform
// (a missing XDG_RUNTIME_DIR, say) would break the one-line error contract.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message) {
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("ENTROPY_EXPLORER_DEBUG")) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
    }
}

int unknownCommand(const QString &word) {
    return cli::fail(
        QStringLiteral("window"),
        QStringLiteral(
            "unknown command '%1' (commands: compute, code, sample, fit, export, presets, "
            "lessons, lesson; or a session or lesson file ending in .json)")
            .arg(word));
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
    const QString language = parser.isSet("lang") ? parser.value("lang") : AppSettings().language();
    if (!translations::install(language)) {
        return cli::fail(QStringLiteral("window"),
                         QStringLiteral("unknown language '%1' (use en or zh_CN)").arg(language));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && !positional[0].endsWith(".json"))) {
        return unknownCommand(positional.last());
    }
    MainWindow window;
    window.show();
    if (!positional.isEmpty()) {
        window.openSession(positional.first());
    }
    if (parser.isSet("lesson")) {
        window.openLesson(parser.value("lesson"));
    }
    if (parser.isSet("present")) {
        window.setPresenting(true);
    }
    // After the first paint, so the question appears over a visible window.
    QTimer::singleShot(0, &window, &MainWindow::offerRecovery);
    return app.exec();
}

// The arguments as given. QGuiApplication takes some for itself (-session, --session), which
// would hide the export command's own --session option.
QStringList originalArguments(int argc, char **argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

}  // namespace

int main(int argc, char **argv) {
    entropy::keepFreedMemoryForReuse();
    describeApplication();
    const char *command = argc > 1 ? argv[1] : "";
    for (const auto &[name, run] :
         {std::pair{"compute", &runComputeCommand}, std::pair{"code", &runCodeCommand},
          std::pair{"sample", &runSampleCommand}, std::pair{"fit", &runFitCommand}}) {
        if (std::strcmp(command, name) == 0) {
            qInstallMessageHandler(quietQtMessages);
            QCoreApplication app(argc, argv);
            return run(app.arguments());
        }
    }
    if (std::strcmp(command, "presets") == 0) {
        for (const std::string &name : entropy::presetNames()) {
            std::printf("%s\n", name.c_str());
        }
        return argc == 2
                   ? 0
                   : cli::fail(QStringLiteral("presets"), QStringLiteral("takes no arguments"));
    }
    if (std::strcmp(command, "lessons") == 0) {
        QCoreApplication app(argc, argv);
        for (const QString &name : lesson::builtInNames()) {
            std::printf("%s\n", qPrintable(name));
        }
        return argc == 2
                   ? 0
                   : cli::fail(QStringLiteral("lessons"), QStringLiteral("takes no arguments"));
    }
    if (std::strcmp(command, "export") == 0 || std::strcmp(command, "lesson") == 0) {
        // Drawing needs a QApplication; without a display it renders offscreen by itself.
        if (!hasDisplay()) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        qInstallMessageHandler(quietQtMessages);
        const QStringList arguments = originalArguments(argc, argv);
        QApplication app(argc, argv);
        return command[1] == 'x' ? runExportCommand(arguments) : runLessonCommand(arguments);
    }
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        addWindowOptions(parser);
        parser.process(app);  // prints help or version and exits
        return 0;
    }
    const QString first = QString::fromLocal8Bit(command);
    if (!first.isEmpty() && !first.startsWith('-') && !first.endsWith(QLatin1String(".json"))) {
        return unknownCommand(first);
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
