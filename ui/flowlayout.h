// SPDX-License-Identifier: MIT
#pragma once

#include <QLayout>
#include <QList>

// Lays its items out left to right, each at its size hint, and starts a new line where the next
// would not fit: a row of controls that wraps in a narrow window instead of widening it (as in
// Qt's Flow Layout example). Give a label and its field one item, a widget holding both, so that
// they wrap together.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    [[nodiscard]] int count() const override;
    [[nodiscard]] QLayoutItem *itemAt(int index) const override;
    [[nodiscard]] QLayoutItem *takeAt(int index) override;

    [[nodiscard]] Qt::Orientations expandingDirections() const override;
    [[nodiscard]] bool hasHeightForWidth() const override;
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;     // all on one line
    [[nodiscard]] QSize minimumSize() const override;  // the widest item's size hint
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (or only measures, when `place` is false); returns the height.
    int arrange(const QRect &rect, bool place) const;
    [[nodiscard]] int spacingBetween(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};
