// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QPainter>
#include <QWidget>

// What `widget` shows, painted on white: for tests that look at pixels.
inline QImage rendered(QWidget &widget) {
    QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    widget.render(&painter);
    return image;
}
