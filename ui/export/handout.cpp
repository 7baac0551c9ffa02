// SPDX-License-Identifier: MIT
#include "export/handout.h"

#include "export/exportrenderer.h"
#include "fileio.h"
#include "quantityformat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace handout {
namespace {

// A4 at 96 dots per inch: the renderer's logical pixels.
constexpr int kDpi = 96;
constexpr double kMargin = 56;

QString tr(const char *text) {
    return QCoreApplication::translate("handout", text);
}

// Draws rich text `html` at `top` across `width`; returns its height.
double drawText(QPainter &painter, const QString &html, double top, double width,
                double pointSize) {
    QTextDocument document;
    QFont font = painter.font();
    font.setPointSizeF(pointSize);
    document.setDefaultFont(font);
    document.setTextWidth(width);
    document.setHtml(html);
    painter.save();
    painter.translate(kMargin, top);
    document.drawContents(&painter);
    painter.restore();
    return document.size().height();
}

// The question with boxes to tick or a line to write on; returns the height used.
double drawQuestion(QPainter &painter, const LessonStep &step, double top, double width) {
    const Prediction &p = *step.predict;
    QString html = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(tr("Predict:").toHtmlEscaped(), p.question.toHtmlEscaped());
    if (p.isChoice()) {
        for (const QString &choice : p.choices) {
            html += QStringLiteral("<p>\u2610 %1</p>").arg(choice.toHtmlEscaped());
        }
    } else {
        html += QStringLiteral("<p>%1 ____________________ %2</p>")
                    .arg(tr("Your answer:").toHtmlEscaped(),
                         QuantityFormat::unitName(step.state.base).toHtmlEscaped());
    }
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("The answer is on the last page.").toHtmlEscaped());
    return drawText(painter, html, top, width, 12);
}

void drawStep(QPainter &painter, const Lesson &lesson, int index, const QSizeF &page) {
    const LessonStep step = lesson::rendered(lesson, index);
    const double width = page.width() - 2 * kMargin;
    double top = kMargin;
    top += drawText(painter,
                    QStringLiteral("<p style=\"color:#555\">%1</p><h2>%2</h2>")
                        .arg(tr("%1 \u2014 step %2 of %3")
                                 .arg(lesson.title)
                                 .arg(index + 1)
                                 .arg(lesson.steps.size())
                                 .toHtmlEscaped(),
                             step.title.toHtmlEscaped()),
                    top, width, 11);
    top += drawText(painter, step.text, top, width, 12) + 12;
    if (step.task) {
        top += drawText(painter,
                        QStringLiteral("<p>\u2610 <b>%1</b> %2</p>")
                            .arg(tr("Task:").toHtmlEscaped(), step.task->open.toHtmlEscaped()),
                        top, width, 12) +
               8;
    }
    if (step.predict) {
        drawQuestion(painter, step, top, width);
        return;  // the charts would give the answer away
    }
    ExportOptions options;
    options.chart = chartForTab(step.tab);
    options.numbersTable = true;
    options.size = QSize(int(width), int(std::min(page.height() - kMargin - top, width * 1.2)));
    painter.save();
    painter.translate(kMargin, top);
    ExportRenderer(step.state).paint(painter, options);
    painter.restore();
}

void drawAnswers(QPainter &painter, const Lesson &lesson, const QSizeF &page) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Answers").toHtmlEscaped());
    for (int i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep step = lesson::rendered(lesson, i);
        if (step.predict) {
            html += QStringLiteral("<p><b>%1</b> %2<br>%3</p>")
                        .arg(tr("Step %1: %2").arg(i + 1).arg(step.title).toHtmlEscaped(),
                             step.predict->question.toHtmlEscaped(),
                             lesson::answerText(step).toHtmlEscaped());
        }
    }
    drawText(painter, html, kMargin, page.width() - 2 * kMargin, 12);
}

}  // namespace

ChartKind chartForTab(const QString &tab) {
    static const QHash<QString, ChartKind> charts{{QStringLiteral("codes"), ChartKind::Codes},
                                                  {QStringLiteral("samples"), ChartKind::Samples},
                                                  {QStringLiteral("fit"), ChartKind::Fit},
                                                  {QStringLiteral("simplex"), ChartKind::Simplex},
                                                  {QStringLiteral("renyi"), ChartKind::Renyi}};
    return charts.value(tab, ChartKind::All);
}

std::optional<QString> write(const Lesson &lesson, const QString &path) {
    if (lesson.steps.isEmpty()) {
        return tr("The lesson has no steps to put in a handout.");
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins({});
        writer.setResolution(kDpi);
        writer.setTitle(lesson.title);
        writer.setCreator(QStringLiteral("Entropy Explorer"));
        QPainter painter(&writer);
        const QSizeF page(writer.width(), writer.height());
        bool answers = false;
        for (int i = 0; i < lesson.steps.size(); ++i) {
            if (i > 0) {
                writer.newPage();
            }
            drawStep(painter, lesson, i, page);
            answers = answers || lesson.steps[i].predict.has_value();
        }
        if (answers) {
            writer.newPage();
            drawAnswers(painter, lesson, page);
        }
    }
    return fileio::writeAtomically(path, buffer.data());
}

}  // namespace handout
