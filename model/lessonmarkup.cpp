// SPDX-License-Identifier: MIT
#include "lessonmarkup.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace lessonmarkup {
namespace {

// One run of text with its bold, italic, sub and sup as tags.
QString fragmentMarkup(const QTextFragment &fragment) {
    const QTextCharFormat format = fragment.charFormat();
    QString text = fragment.text().toHtmlEscaped();
    text.replace(QChar::LineSeparator, QStringLiteral("<br>"));
    QStringList tags;
    if (format.fontWeight() >= QFont::Bold) {
        tags.append(QStringLiteral("b"));
    }
    if (format.fontItalic()) {
        tags.append(QStringLiteral("i"));
    }
    if (format.verticalAlignment() == QTextCharFormat::AlignSubScript) {
        tags.append(QStringLiteral("sub"));
    } else if (format.verticalAlignment() == QTextCharFormat::AlignSuperScript) {
        tags.append(QStringLiteral("sup"));
    }
    for (auto tag = tags.rbegin(); tag != tags.rend(); ++tag) {
        text = QStringLiteral("<%1>%2</%1>").arg(*tag, text);
    }
    return text;
}

QString blockMarkup(const QTextBlock &block) {
    QString text;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().isValid()) {
            text += fragmentMarkup(it.fragment());
        }
    }
    return text;
}

QString listTag(const QTextList *list) {
    const auto style = list->format().style();
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha ||
                   style == QTextListFormat::ListUpperAlpha
               ? QStringLiteral("ol")
               : QStringLiteral("ul");
}

}  // namespace

QString fromDocument(const QTextDocument &document) {
    QString html;
    const QTextList *openList = nullptr;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextList *list = block.textList();
        if (openList && list != openList) {
            html += QStringLiteral("</%1>").arg(listTag(openList));
            openList = nullptr;
        }
        const QString content = blockMarkup(block);
        if (list) {
            if (!openList) {
                html += QStringLiteral("<%1>").arg(listTag(list));
                openList = list;
            }
            html += QStringLiteral("<li>%1</li>").arg(content);
        } else if (!content.trimmed().isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(content);
        }
    }
    if (openList) {
        html += QStringLiteral("</%1>").arg(listTag(openList));
    }
    return html;
}

}  // namespace lessonmarkup
