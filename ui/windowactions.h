// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/log_base.h>

#include <QObject>

class Document;
class QAction;
class QActionGroup;
class QWidget;

// The window's commands as QActions, each wired to the document: one place for their texts,
// shortcuts and enabled states, shared by the menus and the toolbar.
class WindowActions : public QObject {
    Q_OBJECT

public:
    WindowActions(Document *document, QWidget *window);

    QAction *newSession, *open, *save, *saveAs, *quit;
    QAction *exportChart, *exportNumbers, *importCsv, *importTexts, *copyImage;
    QAction *undo, *redo;
    QAction *addEvent, *copyPToQ, *copyQToP, *swap, *smoothP, *smoothQ, *enterClassifier;
    QAction *proportionalMode, *weightsMode;
    QAction *bits, *nats, *hartleys;
    QAction *fullScreen, *zoomIn, *zoomOut, *zoomReset;
    QAction *conventions, *about;

    [[nodiscard]] QAction *unitAction(entropy::LogBase base) const;

private:
    void showDocumentState();

    Document *m_document;
};
