// SPDX-License-Identifier: MIT
#include <entropy/simplex.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace entropy {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// D(A||B) in nats with KL's conventions.
double klNats(const Point3 &a, const Point3 &b) {
    double sum = 0.0;
    for (std::size_t i = 0; i < 3; ++i) {
        if (a[i] > 0.0) {
            if (b[i] <= 0.0) {
                return kInf;
            }
            sum += a[i] * std::log(a[i] / b[i]);
        }
    }
    return std::max(sum, 0.0);
}

double jensenShannonNats(const Point3 &a, const Point3 &b) {
    const Point3 m{(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2};
    return std::max(0.5 * klNats(a, m) + 0.5 * klNats(b, m), 0.0);
}

double crossEntropyNats(const Point3 &r, const Point3 &x) {
    double sum = 0.0;
    for (std::size_t i = 0; i < 3; ++i) {
        if (r[i] > 0.0) {
            if (x[i] <= 0.0) {
                return kInf;
            }
            sum -= r[i] * std::log(x[i]);
        }
    }
    return sum;
}

Point3 normalised(Point3 p) {
    const double total = p[0] + p[1] + p[2];
    for (double &x : p) {
        x = total > 0 ? x / total : 1.0 / 3.0;
    }
    return p;
}

}  // namespace

double pointMeasure(PointMeasure measure, const Point3 &reference, const Point3 &x,
                    LogBase base) noexcept {
    double nats = 0.0;
    switch (measure) {
        case PointMeasure::KLFromReference:
            nats = klNats(reference, x);
            break;
        case PointMeasure::KLToReference:
            nats = klNats(x, reference);
            break;
        case PointMeasure::JensenShannon:
            nats = jensenShannonNats(reference, x);
            break;
        case PointMeasure::CrossEntropy:
            nats = crossEntropyNats(reference, x);
            break;
    }
    return nats / lnOfBase(base);
}

Point3 mergeToThree(std::span<const double> probabilities) noexcept {
    Point3 merged{0, 0, 0};
    for (std::size_t i = 0; i < probabilities.size(); ++i) {
        merged[std::min<std::size_t>(i, 2)] += probabilities[i];
    }
    return normalised(merged);
}

PlanePoint simplexPosition(const Point3 &p) noexcept {
    return {0.5 * p[0] + p[2], (1.0 - p[0]) * kSimplexHeight};
}

Point3 simplexPoint(PlanePoint position) noexcept {
    const double top = 1.0 - position.y / kSimplexHeight;
    const double right = position.x - 0.5 * top;
    return {top, 1.0 - top - right, right};
}

PlanePoint SimplexField::position(std::size_t column, std::size_t row) const noexcept {
    const double step = columns > 1 ? 1.0 / double(columns - 1) : 1.0;
    return {double(column) * step, double(row) * step};
}

SimplexField simplexField(PointMeasure measure, const Point3 &reference, std::size_t columns,
                          LogBase base) {
    SimplexField field;
    field.columns = std::max<std::size_t>(columns, 2);
    field.rows = std::size_t(std::floor(kSimplexHeight * double(field.columns - 1))) + 1;
    field.values.resize(field.columns * field.rows);
    constexpr double kEdge = 1e-12;  // a point on an edge is in, up to rounding
    for (std::size_t row = 0; row < field.rows; ++row) {
        for (std::size_t column = 0; column < field.columns; ++column) {
            Point3 x = simplexPoint(field.position(column, row));
            const bool inside = std::ranges::all_of(x, [](double v) { return v >= -kEdge; });
            for (double &v : x) {
                v = std::max(v, 0.0);
            }
            field.values[row * field.columns + column] =
                inside ? pointMeasure(measure, reference, normalised(x), base)
                       : std::numeric_limits<double>::quiet_NaN();
        }
    }
    return field;
}

std::vector<Point3> mixturePath(const Point3 &p, const Point3 &q, std::size_t samples) {
    std::vector<Point3> path;
    samples = std::max<std::size_t>(samples, 2);
    for (std::size_t k = 0; k < samples; ++k) {
        const double t = double(k) / double(samples - 1);
        path.push_back(
            {(1 - t) * p[0] + t * q[0], (1 - t) * p[1] + t * q[1], (1 - t) * p[2] + t * q[2]});
    }
    return path;
}

std::vector<Point3> geometricPath(const Point3 &p, const Point3 &q, std::size_t samples) {
    std::vector<Point3> path;
    samples = std::max<std::size_t>(samples, 2);
    for (std::size_t k = 0; k < samples; ++k) {
        const double t = double(k) / double(samples - 1);
        if (k == 0 || k + 1 == samples) {
            path.push_back(k == 0 ? p : q);
            continue;
        }
        Point3 point{};
        for (std::size_t i = 0; i < 3; ++i) {
            point[i] = p[i] > 0 && q[i] > 0
                           ? std::exp((1 - t) * std::log(p[i]) + t * std::log(q[i]))
                           : 0.0;
        }
        if (point[0] + point[1] + point[2] > 0) {
            path.push_back(normalised(point));
        }
    }
    return path;
}

}  // namespace entropy
