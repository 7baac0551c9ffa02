// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/simplex.h>

#include <QImage>

// A simplex field as an image of the triangle, `scale` pixels to the unit triangle's side:
// coloured on the viridis scale between `low` and `high` (logarithmic near 0), hatched where
// the field is infinite, transparent outside the triangle. Pixels interpolate between the
// field's nodes; rows are coloured on the pool's threads, in bands.
[[nodiscard]] QImage simplexFieldImage(const entropy::SimplexField &field, double scale, double low,
                                       double high);
