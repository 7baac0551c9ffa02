// SPDX-License-Identifier: MIT
// MainWindow's File menu, exports and the chart context menu.
#include "analysis.h"
#include "appsettings.h"
#include "charts/chartbase.h"
#include "document.h"
#include "export/exportdialog.h"
#include "export/exportrenderer.h"
#include "filedialogs.h"
#include "fileio.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

void MainWindow::buildFileMenu() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_actions->newSession, m_actions->open});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addActions({m_actions->save, m_actions->saveAs});
    file->addSeparator();
    file->addActions({m_actions->importCsv, m_actions->importTexts});
    file->addSeparator();
    file->addActions({m_actions->exportChart, m_actions->exportNumbers});
    file->addSeparator();
    file->addAction(m_actions->quit);

    connect(m_actions->newSession, &QAction::triggered, m_session, &SessionController::newSession);
    connect(m_actions->open, &QAction::triggered, m_session, &SessionController::openWithDialog);
    connect(m_actions->save, &QAction::triggered, m_session, &SessionController::save);
    connect(m_actions->saveAs, &QAction::triggered, m_session, &SessionController::saveAs);
    connect(m_actions->importCsv, &QAction::triggered, m_session,
            &SessionController::importCsvWithDialog);
    connect(m_actions->importTexts, &QAction::triggered, m_session,
            &SessionController::importTextsWithDialog);
    connect(m_actions->exportChart, &QAction::triggered, this,
            [this] { showExportDialog(ChartKind::All); });
    connect(m_actions->exportNumbers, &QAction::triggered, this, &MainWindow::exportNumbers);
    connect(m_actions->copyImage, &QAction::triggered, this, [this] { copyImage(ChartKind::All); });
    connect(m_session, &SessionController::recentFilesChanged, this,
            &MainWindow::updateRecentFiles);
    updateRecentFiles();
}

void MainWindow::updateRecentFiles() {
    m_recentMenu->clear();
    const QStringList files = AppSettings().recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { m_session->open(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::openSession(const QString &path) {
    m_session->open(path);
}

void MainWindow::showExportDialog(ChartKind kind) {
    ExportDialog dialog(m_document, kind, this);
    connect(&dialog, &ExportDialog::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    });
    dialog.exec();
}

void MainWindow::exportNumbers() {
    const QString path = askSavePath(this, QStringLiteral("export"), tr("Export Numbers"),
                                     QStringLiteral("numbers.csv"), QStringLiteral("*.csv"));
    if (path.isEmpty()) {
        return;
    }
    if (const auto error =
            fileio::writeAtomically(path, ExportRenderer(m_document->state()).summaryCsv())) {
        QMessageBox::warning(this, tr("Cannot export"), *error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::copyImage(ChartKind kind) {
    ExportOptions options;
    options.chart = kind;
    const ChartBase *shown = int(kind) < kDashboardCharts ? m_charts[int(kind)] : nullptr;
    options.size = shown ? shown->size() : m_charts.first()->parentWidget()->size();
    options.scale = devicePixelRatioF();
    QApplication::clipboard()->setImage(ExportRenderer(m_document->state()).image(options));
    statusBar()->showMessage(tr("Copied the chart to the clipboard as an image"));
}

void MainWindow::showChartMenu(ChartKind kind, const QPoint &position) {
    QMenu menu(this);
    menu.addAction(tr("Copy Image"), this, [this, kind] { copyImage(kind); });
    menu.addAction(tr("Export This Chart…"), this, [this, kind] { showExportDialog(kind); });
    menu.addSeparator();
    menu.addAction(m_actions->copyImage);
    menu.addAction(m_actions->exportChart);
    menu.exec(m_charts[int(kind)]->mapToGlobal(position));
}
