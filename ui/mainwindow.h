// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"
#include "theme.h"

#include <QMainWindow>

#include <optional>

class Analysis;
class Autosave;
class ChartBase;
class ClassifierPanel;
class Document;
class EventEditor;
class FocusCycle;
class FormulasPanel;
class LessonController;
class NumbersPanel;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class SessionController;
class WindowActions;
enum class ChartKind;

// The window: the event editor and the numbers on the left; on the right, four live charts and
// the worked formulas, the path from P to Q and the two-event view. It only builds and
// arranges; the document, the analysis and the views do the work.
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
    [[nodiscard]] ClassifierPanel *classifierPanel() const { return m_classifier; }
    [[nodiscard]] FormulasPanel *formulasPanel() const { return m_formulas; }
    [[nodiscard]] QTabWidget *viewTabs() const { return m_rightTabs; }
    // The charts in reading order: distributions, surprisal, divergence terms, summary.
    [[nodiscard]] const QList<ChartBase *> &charts() const { return m_charts; }
    [[nodiscard]] double fontScale() const { return m_fontScale; }
    [[nodiscard]] QString presetExplanation() const;

    [[nodiscard]] Autosave *autosave() const { return m_autosave; }
    // If a run that did not end cleanly left an unsaved session, asks whether to recover it.
    void offerRecovery();
    // Opens a session file (from the command line), saying so if it cannot.
    void openSession(const QString &path);
    // Starts a built-in lesson by name, or a lesson file, saying so if it cannot.
    void openLesson(const QString &nameOrPath);
    // Loads the named preset as one undoable step and shows its explanation.
    bool applyPreset(const QString &name);
    // Text, charts and lines at `scale` times their normal size (0.5 to 3).
    void setFontScale(double scale);
    void setTheme(Theme theme);
    // Asks for epsilon (default 0.01), then adds it to every weight of `side` as one step.
    void askToSmooth(Side side);
    // Keyboard focus on the first P slider (or the table past 64 events): where editing starts.
    void focusEditor();
    [[nodiscard]] FocusCycle *focusCycle() const { return m_focusCycle; }
    [[nodiscard]] LessonController *lessons() const { return m_lessons; }

    // Presenter mode (F5; Esc leaves): full screen, the lesson's text large across the top, the
    // editor folded away (F4 brings it back), the views filling the rest, the projector theme.
    void setPresenting(bool presenting);
    [[nodiscard]] bool isPresenting() const { return m_presenting; }
    // Shows or folds away the editor and numbers (F4).
    void setEditorShown(bool shown);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildLeft();
    QWidget *buildRight();
    QWidget *buildCharts();
    void buildMenus();
    void buildFileMenu();
    void buildViewMenu(QMenu *view);
    void buildPresetsMenu();
    void buildLessonMenus(QMenu *help);
    // The editor a lesson step needs: the classifier's controls for a classifier step.
    void showLessonEditor();
    // In presenter mode, the lesson at the top as tall as the current step needs.
    void fitLessonDock();
    // When the lesson dock comes or goes, the views give way and the editor keeps its width.
    void keepEditorWidth();
    [[nodiscard]] int editorWidthWanted() const;
    // The theme for now, not remembered (presenter mode's projector theme).
    void showTheme(Theme theme);
    void buildToolBar();
    void restoreSettings();
    void updateRecentFiles();
    void showChartMenu(ChartKind kind, const QPoint &position);
    void followPresetBanner();
    void showExportDialog(ChartKind kind);
    void exportNumbers();
    void copyImage(ChartKind kind);
    void showUndoStep(int index);
    void showConventions();
    void showAbout();
    void updateTitle();

    Document *m_document;
    Analysis *m_analysis;
    WindowActions *m_actions;
    SessionController *m_session;
    Autosave *m_autosave;
    EventEditor *m_editor;
    NumbersPanel *m_numbers;
    ClassifierPanel *m_classifier = nullptr;
    FormulasPanel *m_formulas = nullptr;
    QTabWidget *m_rightTabs = nullptr;
    QTabWidget *m_leftTabs = nullptr;
    QWidget *m_numbersBox = nullptr;
    FocusCycle *m_focusCycle = nullptr;
    QLabel *m_banner = nullptr;
    // The events as the last preset set them, while its banner holds.
    struct PresetEvents {
        QStringList labels;
        QList<EventValues> values;
    };
    std::optional<PresetEvents> m_presetEvents;
    QList<ChartBase *> m_charts;
    QMenu *m_recentMenu = nullptr;
    QSplitter *m_mainSplitter;
    QSplitter *m_leftSplitter;
    QFont m_baseFont;
    double m_fontScale = 1.0;
    LessonController *m_lessons = nullptr;
    // Presenter mode, and what it changed, to put back when it ends.
    bool m_presenting = false;
    QAction *m_presenterAction = nullptr;
    QAction *m_editorAction = nullptr;
    struct BeforePresenting {
        Theme theme;
        Qt::WindowStates states;
        Qt::DockWidgetArea lessonArea;
    } m_beforePresenting{};
};
