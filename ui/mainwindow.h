#pragma once

#include <QMainWindow>

class Analysis;
class ChartBase;
class Document;
class EventEditor;
class NumbersPanel;
class QMenu;
class QSplitter;
class SessionController;
class WindowActions;
enum class ChartKind;

// The window: the event editor and the numbers on the left, four live charts on the right.
// It only builds and arranges; the document, the analysis and the views do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] Document *document() const { return m_document; }
    [[nodiscard]] Analysis *analysis() const { return m_analysis; }
    [[nodiscard]] EventEditor *eventEditor() const { return m_editor; }
    [[nodiscard]] NumbersPanel *numbersPanel() const { return m_numbers; }
    [[nodiscard]] WindowActions *windowActions() const { return m_actions; }
    [[nodiscard]] SessionController *sessionController() const { return m_session; }

    // Opens a session file (from the command line), saying so if it cannot.
    void openSession(const QString &path);
    // The charts in reading order: distributions, surprisal, divergence terms, summary.
    [[nodiscard]] const QList<ChartBase *> &charts() const { return m_charts; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildCharts();
    void buildMenus();
    void buildFileMenu();
    void updateRecentFiles();
    void showChartMenu(ChartKind kind, const QPoint &position);
    void showExportDialog(ChartKind kind);
    void exportNumbers();
    void copyImage(ChartKind kind);
    void buildToolBar();
    void restoreSettings();
    void showUndoStep(int index);
    void showConventions();
    void showAbout();
    void updateTitle();

    Document *m_document;
    Analysis *m_analysis;
    WindowActions *m_actions;
    SessionController *m_session;
    QMenu *m_recentMenu = nullptr;
    EventEditor *m_editor;
    NumbersPanel *m_numbers;
    QList<ChartBase *> m_charts;
    QSplitter *m_mainSplitter;
    QSplitter *m_leftSplitter;
};
