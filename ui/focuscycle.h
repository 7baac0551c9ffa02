// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

// F6 and Shift+F6 move the keyboard focus between the main areas of a window (the editor, the
// numbers, the views), as in most desktop applications: to the first control of the next area
// that can take focus.
class FocusCycle : public QObject {
    Q_OBJECT

public:
    FocusCycle(QWidget *window, QList<QWidget *> areas);

    void next() { move(+1); }
    void previous() { move(-1); }
    // The first control in `area` that Tab would reach, or the area itself.
    [[nodiscard]] static QWidget *firstFocusable(QWidget *area);

private:
    void move(int step);

    QList<QPointer<QWidget>> m_areas;
};
