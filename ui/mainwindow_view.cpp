// SPDX-License-Identifier: MIT
// MainWindow's View and Presets menus: presentation size, themes, language and the examples.
#include "appsettings.h"
#include "charts/chartbase.h"
#include "dataimport.h"
#include "dialogs/familydialog.h"
#include "document.h"
#include "mainwindow.h"
#include "presettexts.h"
#include "theme.h"
#include "windowactions.h"

#include <entropy/presets.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include <cmath>

namespace {
constexpr double kScaleStep = 1.15;
}

void MainWindow::buildViewMenu(QMenu *view) {
    view->addActions({m_actions->zoomIn, m_actions->zoomOut, m_actions->zoomReset});
    connect(m_actions->zoomIn, &QAction::triggered, this,
            [this] { setFontScale(m_fontScale * kScaleStep); });
    connect(m_actions->zoomOut, &QAction::triggered, this,
            [this] { setFontScale(m_fontScale / kScaleStep); });
    connect(m_actions->zoomReset, &QAction::triggered, this, [this] { setFontScale(1.0); });

    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    const Theme saved = Themes::fromKey(AppSettings().theme());
    for (const Theme theme :
         {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast, Theme::Projector}) {
        QAction *action = themes->addAction(Themes::name(theme));
        action->setCheckable(true);
        action->setChecked(theme == saved);
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme] { setTheme(theme); });
    }

    QMenu *languages = view->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(this);
    const QString current = AppSettings().language();
    const QList<std::pair<QString, QString>> choices = {
        {QString(), tr("Follow the System")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("\u7B80\u4F53\u4E2D\u6587")}};
    for (const auto &[code, name] : choices) {
        QAction *action = languages->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            AppSettings().setLanguage(code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language is used from the next start."));
        });
    }
    view->addSeparator();
    view->addAction(m_actions->fullScreen);
}

void MainWindow::buildPresetsMenu() {
    QMenu *presets = menuBar()->addMenu(tr("&Presets"));
    presets->addAction(tr("Distribution &Families…"), this, [this] {
        FamilyDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) {
            DocumentState next = edits::setMode(dialog.chosenState(), m_document->state().mode);
            next.base = m_document->state().base;
            m_document->replace(next, tr("Distribution families"));
            m_presetEvents.reset();
            m_banner->hide();
        }
    });
    presets->addSeparator();
    for (const std::string &name : entropy::presetNames()) {
        const auto preset = entropy::findPreset(name);
        QAction *action = presets->addAction(PresetTexts::title(*preset));
        action->setStatusTip(PresetTexts::explanation(*preset));
        const QString key = QString::fromStdString(name);
        connect(action, &QAction::triggered, this, [this, key] { applyPreset(key); });
    }
}

bool MainWindow::applyPreset(const QString &name) {
    const auto preset = entropy::findPreset(name.toStdString());
    if (!preset) {
        return false;
    }
    auto state =
        dataimport::toDocument(PresetTexts::translatedEvents(*preset), m_document->state().mode);
    if (!state) {
        return false;
    }
    DocumentState next = dataimport::fitWeightSliders(state.value());
    next.base = m_document->state().base;
    m_document->replace(next, tr("Preset: %1").arg(PresetTexts::title(*preset)));
    m_presetEvents = PresetEvents{next.labels, next.events};
    m_banner->setText(QStringLiteral("<b>%1</b><br>%2")
                          .arg(PresetTexts::title(*preset).toHtmlEscaped(),
                               PresetTexts::explanation(*preset).toHtmlEscaped()));
    m_banner->show();
    return true;
}

QString MainWindow::presetExplanation() const {
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void MainWindow::setFontScale(double scale) {
    m_fontScale = std::clamp(scale, 0.5, 3.0);
    QFont font = m_baseFont;
    font.setPointSizeF(m_baseFont.pointSizeF() * m_fontScale);
    QApplication::setFont(font);
    for (ChartBase *chart : std::as_const(m_charts)) {
        chart->setScale(m_fontScale);  // chart text and line widths
    }
    AppSettings().setFontScale(m_fontScale);
    statusBar()->showMessage(tr("Text and lines at %1%").arg(std::lround(m_fontScale * 100)));
}

void MainWindow::setTheme(Theme theme) {
    showTheme(theme);
    AppSettings().setTheme(Themes::key(theme));
}

void MainWindow::showTheme(Theme theme) {
    Themes::apply(theme);
    for (ChartBase *chart : std::as_const(m_charts)) {
        chart->applyTheme();
    }
}

void MainWindow::askToSmooth(Side side) {
    bool ok = false;
    const double epsilon = QInputDialog::getDouble(
        this, tr("Smooth %1").arg(sideName(side)),
        tr("Add \u03B5 to every weight of %1, then renormalise. A zero becomes a small "
           "probability, so no divergence is infinite because of it.\n\n\u03B5:")
            .arg(sideName(side)),
        0.01, 1e-6, 1.0, 4, &ok, Qt::WindowFlags(), 0.001);
    if (ok) {
        m_document->smooth(side, epsilon);
    }
}

void MainWindow::followPresetBanner() {
    // The explanation quotes the preset's numbers: it is shown only while P and Q are the
    // preset's (after an edit it would state numbers the charts no longer show; undo brings
    // it back).
    const DocumentState &state = m_document->state();
    m_banner->setVisible(m_presetEvents && state.labels == m_presetEvents->labels &&
                         state.events == m_presetEvents->values);
}
