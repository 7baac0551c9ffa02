// SPDX-License-Identifier: MIT
#pragma once

#include <QBasicTimer>
#include <QSize>
#include <QSizePolicy>
#include <QWidget>

// Holds one widget whose contents change on every move of a slider (a readout, a caption, the
// numbers), so that the change does not lay the whole window out again. A label's new text asks
// its parent for a new layout, and QLayout passes every such request on to the top: the window
// then measures every wrapped label again, of every tab, since a tab widget's height for a
// width is its tallest page's. This box lays its content out itself and passes a request on
// only when the content's size hints change.
//
// Only the preferred size is compared at once: the minimum size of a wrapped text costs several
// more layouts of it, so it is compared once the content has held still for kSettleMs (a drag
// of a slider changes a readout many times a second), and passed on then if it changed.
//
// Its minimum height is its content's height at its width, so that no layout squeezes a wrapped
// text until it overlaps what is below.
//
// A layout keeps the heights it was told for a few widths; one told before a new text is kept
// until the box passes a request on. So a box given less height than its content needs, after a
// resize, passes one on then.
class LayoutBarrier : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSettleMs = 200;

    // Takes `content` as its only child, laid out over the whole box.
    explicit LayoutBarrier(QWidget *content, QWidget *parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override;
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // What a parent's layout asks of the box: its height at its width where the content has
    // a height for a width (a wrapped label: its preferred width only guesses), else its
    // preferred size; and its minimum size and policy.
    struct Hints {
        QSize preferred, minimum;
        QSizePolicy policy;
        bool operator==(const Hints &) const = default;
    };
    [[nodiscard]] Hints hints() const;
    [[nodiscard]] QSize preferredSize() const;
    void passOn(const Hints &hints);

    QWidget *m_content;
    Hints m_passedOn;
    QBasicTimer m_settle;  // runs from the last request whose minimum size is not yet compared
};
