// SPDX-License-Identifier: MIT
#include "lesson_command.h"

#include "cli_support.h"

#include <QCommandLineParser>

#include <export/handout.h>
#include <lesson.h>
#include <translations.h>

namespace {

// "1. Title  [predict] [task: kl_pq < inf, p unchanged]", one line per step.
QString stepLines(const Lesson &lesson) {
    QString text = QStringLiteral("%1 (%2, %3 steps)\n")
                       .arg(lesson.title, lesson.language)
                       .arg(lesson.steps.size());
    for (int i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep &step = lesson.steps[i];
        text += QStringLiteral("%1. %2").arg(i + 1).arg(step.title);
        if (!step.tab.isEmpty()) {
            text += QStringLiteral("  [%1]").arg(step.tab);
        }
        if (step.predict) {
            text += QStringLiteral("  [predict]");
        }
        if (step.task) {
            QStringList goal;
            for (const TaskCondition &condition : step.task->goal) {
                goal.append(lessontask::format(condition));
            }
            text += QStringLiteral("  [task: %1]").arg(goal.join(QStringLiteral(", ")));
        }
        text += QLatin1Char('\n');
    }
    return text;
}

}  // namespace

int runLessonCommand(const QStringList &arguments) {
    const QString command = QStringLiteral("lesson");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Checks a lesson (a built-in one by name, see 'entropy-explorer lessons', or a lesson "
        "file) and lists its steps, or writes its PDF handout.");
    parser.addHelpOption();
    parser.addOptions({
        {"check", "Check the lesson and print its steps."},
        {"out", "Write the handout to FILE (.pdf).", "FILE"},
        {"lang", "Language of a built-in lesson and the handout: en (default) or zh_CN.", "LANG",
         "en"},
    });
    parser.addPositionalArgument("lesson", "The command.");
    parser.addPositionalArgument("NAME|FILE", "A built-in lesson's name or a lesson file.");
    if (!parser.parse(arguments)) {  // not parseOrPrintHelp: this command takes a positional
        return cli::fail(command, parser.errorText());
    }
    if (parser.isSet("help")) {
        cli::writeOut(parser.helpText().toStdString());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return cli::fail(command, QStringLiteral("give one lesson: a name (see 'entropy-explorer "
                                                 "lessons') or a file"));
    }
    if (parser.isSet("check") == parser.isSet("out")) {
        return cli::fail(command, QStringLiteral("give --check or --out FILE.pdf"));
    }
    const QString out = parser.value("out");
    if (parser.isSet("out") && !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        return cli::fail(command, QStringLiteral("%1: a handout is a PDF (.pdf)").arg(out));
    }
    if (!translations::install(parser.value("lang"))) {
        return cli::fail(
            command,
            QStringLiteral("unknown language '%1' (use en or zh_CN)").arg(parser.value("lang")));
    }
    const auto lesson = lesson::find(positional[1], parser.value("lang"));
    if (!lesson) {
        return cli::fail(command, QString::fromStdString(lesson.error().message()));
    }
    if (parser.isSet("check")) {
        cli::writeOut(stepLines(lesson.value()).toStdString());
        return 0;
    }
    if (const auto error = handout::write(lesson.value(), out)) {
        return cli::fail(command, *error);
    }
    return 0;
}
