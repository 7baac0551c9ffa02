// SPDX-License-Identifier: MIT
// The Chinese translation: complete, consistent with its English sources, and loadable.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>
#include <set>

namespace {

struct Message {
    QString context, source, translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append({context, {}, {}, false});
        } else if (xml.name() == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value("type").toString();
            messages.last().unfinished =
                type == "unfinished" || type == "vanished" || type == "obsolete";
            messages.last().translation =
                xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

std::multiset<QString> placeholders(const QString &text) {
    std::multiset<QString> found;
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured(0));
    }
    return found;
}

const QString kTsFile = QStringLiteral(ENTROPY_TRANSLATIONS_DIR "/entropy-explorer_zh_CN.ts");

}  // namespace

TEST(Translations, ChineseIsComplete) {
    const QList<Message> messages = readTs(kTsFile);
    ASSERT_GT(messages.size(), 250);
    for (const Message &m : messages) {
        EXPECT_FALSE(m.unfinished) << m.context.toStdString() << ": " << m.source.toStdString();
        EXPECT_FALSE(m.translation.trimmed().isEmpty()) << m.source.toStdString();
    }
}

TEST(Translations, ChineseKeepsEveryPlaceholderAndShortcut) {
    for (const Message &m : readTs(kTsFile)) {
        if (m.source.contains("%n")) {
            continue;  // numerus forms: checked by hand
        }
        EXPECT_EQ(placeholders(m.source), placeholders(m.translation)) << m.source.toStdString();
        if (m.source.startsWith("Ctrl+")) {
            EXPECT_EQ(m.source, m.translation);  // shortcuts are not translated
        }
        EXPECT_EQ(m.source.contains('&') && !m.source.contains("&gt;"),
                  m.translation.contains('&') && !m.translation.contains("&gt;"))
            << "menu accelerator: " << m.source.toStdString();
    }
}

TEST(Translations, ChineseLoadsFromTheResourcesAndUsesTheGlossaryTerms) {
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/entropy-explorer_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    EXPECT_EQ(QCoreApplication::translate("QuantityLines", "Entropy H(P)"),
              QString::fromUtf8("熵 H(P)"));
    EXPECT_EQ(QCoreApplication::translate("QuantityLines", "Cross-entropy H(P,Q)"),
              QString::fromUtf8("交叉熵 H(P,Q)"));
    EXPECT_EQ(QCoreApplication::translate("QuantityLines", "KL divergence D(P\u2016Q)"),
              QString::fromUtf8("KL散度 D(P\u2016Q)"));
    EXPECT_EQ(QCoreApplication::translate("QuantityFormat", "bits"), QString::fromUtf8("比特"));
    QCoreApplication::removeTranslator(&translator);
}
