// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace translations {

QStringList available() {
    return {QStringLiteral("zh_CN")};
}

namespace {
QString installed = QStringLiteral("en");
}

QString current() {
    return installed;
}

bool install(const QString &language) {
    if (!language.isEmpty() && language != QLatin1String("en") && !available().contains(language)) {
        return false;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (language == QLatin1String("en") || locale.language() == QLocale::English) {
        return true;
    }
    // Chinese text measured with a Latin font's metrics gets cut short in chart titles: use a
    // CJK font (it has Latin letters too) as the interface font.
    if (locale.language() == QLocale::Chinese &&
        qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        const QStringList families = QFontDatabase::families();
        for (const char *family : {"Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei"}) {
            if (families.contains(QLatin1String(family))) {
                QFont font = QGuiApplication::font();
                font.setFamily(QLatin1String(family));
                QGuiApplication::setFont(font);
                break;
            }
        }
    }
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("entropy-explorer"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        QLocale::setDefault(locale);
        installed = locale.name();
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    return true;
}

}  // namespace translations
