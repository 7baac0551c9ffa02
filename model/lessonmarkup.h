// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QTextDocument;

// A lesson step's text as the lesson file keeps it: the rich-text subset lessons allow (p, b, i,
// ul, ol, li, sub, sup, br), written from a document edited in place, so that what a teacher
// types always loads again (lesson::unsafeMarkup accepts it).
namespace lessonmarkup {

[[nodiscard]] QString fromDocument(const QTextDocument &document);

}  // namespace lessonmarkup
