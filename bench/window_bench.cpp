// SPDX-License-Identifier: MIT
// entropy-explorer-bench: drives the real main window offscreen and reports milliseconds per
// step of a scripted slider drag (a model change, then a full repaint of the window into an
// image), beside the floor (the same repaint with no change) and the naive baseline (a plain
// Qt Charts bar chart updated element by element with QBarSet::replace).
// Run: build/release/bench/entropy-explorer-bench [--json] [--steps N]
#include <entropy/memory_policy.h>
#include <entropy/sampling.h>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <analysis.h>
#include <cstdio>
#include <document.h>
#include <mainwindow.h>
#include <random>
#include <vector>

namespace {

constexpr QSize kWindowSize(1600, 1000);

struct Figures {
    int n;
    double stepMedian, stepP95, floorMedian, naiveMedian;
};

double percentile(std::vector<double> values, double fraction) {
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(fraction * double(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

DocumentState randomState(int n) {
    std::mt19937 rng{static_cast<std::uint32_t>(n)};
    std::uniform_real_distribution<double> uniform(0.05, 1.0);
    DocumentState state;
    for (int i = 0; i < n; ++i) {
        state.appendEvent({defaultLabel(i), uniform(rng), uniform(rng)});
    }
    return edits::setMode(state, EditMode::Proportional);
}

// Paints the whole widget into `image`, as the screen would get it.
void repaint(QWidget &widget, QImage &image) {
    image.fill(Qt::white);
    QPainter painter(&image);
    widget.render(&painter);
}

template <class Step>
std::vector<double> timeSteps(int steps, Step step) {
    std::vector<double> times;
    times.reserve(std::size_t(steps));
    for (int k = 0; k < steps; ++k) {
        QElapsedTimer timer;
        timer.start();
        step(k);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

// Times `steps` drag steps and as many floor steps, taken in turn: on a shared, noisy machine
// both then see the same moments, and their ratio holds better from run to run than when all
// the drag steps come first. A floor step right after a drag step is still a repaint with no
// change.
template <class Step, class Floor>
std::pair<std::vector<double>, std::vector<double>> timeInTurn(int steps, Step step, Floor floor) {
    std::vector<double> drags, floors;
    for (int k = 0; k < steps; ++k) {
        const auto once = [](auto &&run) {
            QElapsedTimer timer;
            timer.start();
            run();
            return double(timer.nsecsElapsed()) / 1e6;
        };
        drags.push_back(once([&] { step(k); }));
        floors.push_back(once(floor));
    }
    return {drags, floors};
}

// A slider position for step k of a drag sweeping up and down.
double dragValue(int k, int steps) {
    return 0.05 + 0.6 * std::abs(double(k) / steps * 2 - 1);
}

Figures measureWindow(int n, int steps) {
    MainWindow window;
    window.resize(kWindowSize);
    window.show();
    window.document()->replace(randomState(n), QStringLiteral("benchmark"));
    window.analysis()->flush();
    QImage image(window.size(), QImage::Format_ARGB32_Premultiplied);
    repaint(window, image);  // warm up

    const auto [step, floor] = timeInTurn(
        steps,
        [&](int k) {
            window.document()->setValue(Side::P, 0, dragValue(k, steps), /*dragId=*/1);
            window.analysis()->flush();
            repaint(window, image);
        },
        [&] { repaint(window, image); });
    return {n, percentile(step, 0.5), percentile(step, 0.95), percentile(floor, 0.5), 0.0};
}

double measureNaive(int n, int steps) {
    auto *setP = new QBarSet(QStringLiteral("P"));
    auto *setQ = new QBarSet(QStringLiteral("Q"));
    const DocumentState state = randomState(n);
    const QStringList &labels = state.labels;
    for (const EventValues &row : state.events) {
        setP->append(row.p);
        setQ->append(row.q);
    }
    auto *series = new QBarSeries;
    series->append(setP);
    series->append(setQ);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(labels);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, 1);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    QChartView view(chart);
    view.resize(kWindowSize);
    view.show();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    repaint(view, image);
    const auto times = timeSteps(steps, [&](int k) {
        const double scale = dragValue(k, steps);
        for (int i = 0; i < n; ++i) {
            setP->replace(i, state.events[i].p * scale);
        }
        QCoreApplication::processEvents();
        repaint(view, image);
    });
    return percentile(times, 0.5);
}

// A drag step and the floor with one view tab in front: the views that compute when shown.
struct ViewFigures {
    QString view;
    int n;
    double stepMedian, floorMedian;
};

// One drag step with a view in front, and its floor. Not inlined, so that a profiler can
// tell them apart: valgrind --tool=callgrind --toggle-collect='*viewDragStep*' ... --views --tab N
[[gnu::noinline]] void viewDragStep(MainWindow &window, QImage &image, int k, int steps) {
    window.document()->setValue(Side::P, 0, dragValue(k, steps), /*dragId=*/1);
    window.analysis()->flush();
    // The layouts the edit invalidated are redone, as the event loop does before it paints. The
    // other posted events are left: one is the window's own paint into its backing store, and
    // render() below is the paint measured (processing them all painted the window twice).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    repaint(window, image);
}

[[gnu::noinline]] void viewFloorStep(MainWindow &window, QImage &image) {
    repaint(window, image);
}

ViewFigures measureView(int n, int tab, int steps) {
    MainWindow window;
    window.resize(kWindowSize);
    window.show();
    window.document()->replace(randomState(n), QStringLiteral("benchmark"));
    window.viewTabs()->setCurrentIndex(tab);
    window.analysis()->flush();
    QCoreApplication::processEvents();
    QImage image(window.size(), QImage::Format_ARGB32_Premultiplied);
    repaint(window, image);
    const auto [step, floor] = timeInTurn(
        steps, [&](int k) { viewDragStep(window, image, k, steps); },
        [&] { viewFloorStep(window, image); });
    return {window.viewTabs()->tabText(tab), n, percentile(step, 0.5), percentile(floor, 0.5)};
}

// How long each view's own computation takes after an edit of P, apart from any repaint: the
// fits and both landscapes, the simplex field and paths, Rényi's curves, and 10^6 samples with
// their running statistics. Median of `runs`, each after a fresh edit.
struct GridFigures {
    int n;
    double fits, simplex, renyi, samples;
};

GridFigures measureGrids(int n, int runs) {
    Document document;
    document.reset(randomState(n));
    SampleSettings settings = document.state().samples;
    settings.n = int(entropy::kMaxDraws);
    document.setSampleSettings(settings);
    Analysis analysis(&document);
    const auto time = [&](auto compute) {
        return percentile(timeSteps(runs,
                                    [&](int k) {
                                        document.setValue(Side::P, 0, dragValue(k, runs));
                                        analysis.flush();
                                        compute();
                                    }),
                          0.5);
    };
    const auto edit = [&] { return time([] {}); };  // the edit and the recompute alone
    const double base = edit();
    // Past Analysis::kMinBackgroundEvents a result is computed on a pool thread: waited for.
    const auto fits = [&] { (void)analysis.fits(); };
    const auto renyi = [&] { (void)analysis.renyi(); };
    const auto samples = [&] { (void)analysis.samples(); };
    const auto waited = [&](auto ask) {
        return [&analysis, ask] {
            ask();
            analysis.finishBackground();
        };
    };
    // Past the edit's own time; a view with nothing to compute (the fits past their limit) is 0,
    // not the noise between two medians.
    const auto beyondEdit = [base](double ms) { return std::max(0.0, ms - base); };
    return {n, beyondEdit(time(waited(fits))), beyondEdit(time([&] { (void)analysis.simplex(); })),
            beyondEdit(time(waited(renyi))), beyondEdit(time(waited(samples)))};
}

int reportGrids(const QCommandLineParser &parser) {
    const bool json = parser.isSet("json");
    std::printf(json ? "[" : "");
    bool first = true;
    for (const QString &size : parser.value("sizes").split(',')) {
        const GridFigures f = measureGrids(size.toInt(), 9);
        if (json) {
            std::printf(
                "%s{\"n\":%d,\"fits_ms\":%.3f,\"simplex_ms\":%.3f,\"renyi_ms\":%.3f,"
                "\"samples_ms\":%.3f}",
                first ? "" : ",", f.n, f.fits, f.simplex, f.renyi, f.samples);
        } else {
            std::printf(
                "N=%5d  fits and landscapes %8.2f ms  simplex %7.2f ms  renyi %7.2f ms  "
                "10^6 samples %8.2f ms\n",
                f.n, f.fits, f.simplex, f.renyi, f.samples);
        }
        std::fflush(stdout);
        first = false;
    }
    std::printf(json ? "]\n" : "");
    return 0;
}

// Milliseconds from the start of main() to the first painted window holding `n` events.
double measureStartup(int n, const QElapsedTimer &sinceMain) {
    MainWindow window;
    window.resize(kWindowSize);
    if (n > 0) {
        window.document()->replace(randomState(n), QStringLiteral("benchmark"));
        window.analysis()->flush();
    }
    window.show();
    QImage image(window.size(), QImage::Format_ARGB32_Premultiplied);
    repaint(window, image);
    return double(sinceMain.nsecsElapsed()) / 1e6;
}

int reportViews(const QCommandLineParser &parser, int steps) {
    const bool json = parser.isSet("json");
    std::printf(json ? "[" : "");
    bool first = true;
    for (const QString &size : parser.value("sizes").split(',')) {
        const int n = size.toInt();
        const int tabs = MainWindow().viewTabs()->count();
        for (int tab = 0; tab < tabs; ++tab) {
            if (parser.isSet("tab") && parser.value("tab").toInt() != tab) {
                continue;
            }
            const ViewFigures f = measureView(n, tab, n > 4096 ? std::min(steps, 10) : steps);
            if (json) {
                std::printf(
                    "%s{\"view\":\"%s\",\"n\":%d,\"step_ms_median\":%.3f,"
                    "\"floor_ms_median\":%.3f}",
                    first ? "" : ",", qPrintable(f.view), f.n, f.stepMedian, f.floorMedian);
            } else {
                std::printf("N=%5d  %-22s step median %8.2f ms  floor %7.2f ms  step/floor %.2f\n",
                            n, qPrintable(f.view), f.stepMedian, f.floorMedian,
                            f.stepMedian / f.floorMedian);
                std::fflush(stdout);
            }
            first = false;
        }
    }
    std::printf(json ? "]\n" : "");
    return 0;
}

}  // namespace

int main(int argc, char **argv) {
    QElapsedTimer sinceMain;
    sinceMain.start();
    entropy::keepFreedMemoryForReuse();  // as the application does (app/main.cpp)
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication::setOrganizationName(QStringLiteral("EntropyExplorerBench"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {"json", "Print JSON instead of a table (with --views, --grids, --startup too)."});
    parser.addOption({"steps", "Steps per drag (default 200).", "N", "200"});
    parser.addOption({"sizes", "Event counts (default 8,64,256,1024).", "LIST", "8,64,256,1024"});
    parser.addOption({"views",
                      "Report a drag step with each view tab in front instead, at each of "
                      "--sizes."});
    parser.addOption({"tab", "With --views, only the tab at this index (for profiling).", "INDEX"});
    parser.addOption({"grids",
                      "Report each view's own computation after an edit (fits, simplex, "
                      "Rényi, 10^6 samples), at each of --sizes."});
    parser.addOption({"startup",
                      "Only report the time to the first painted window, at the "
                      "first of --sizes."});
    parser.process(app);
    if (parser.isSet("startup")) {
        const int n = parser.value("sizes").split(',').first().toInt();
        const double ms = measureStartup(n, sinceMain);
        std::printf(parser.isSet("json") ? "{\"n\":%d,\"startup_ms\":%.1f}\n"
                                         : "startup to first painted window at N=%d: %.1f ms\n",
                    n, ms);
        return 0;
    }
    const int steps = std::max(10, parser.value("steps").toInt());
    if (parser.isSet("views")) {
        return reportViews(parser, steps);
    }
    if (parser.isSet("grids")) {
        return reportGrids(parser);
    }

    std::vector<Figures> results;
    for (const QString &size : parser.value("sizes").split(',')) {
        const int n = size.toInt();
        Figures figures = measureWindow(n, steps);
        figures.naiveMedian = measureNaive(n, std::min(steps, n >= 1024 ? 20 : steps));
        results.push_back(figures);
        if (!parser.isSet("json")) {
            std::printf(
                "N=%5d  step median %7.2f ms  p95 %7.2f ms  floor %7.2f ms  naive %8.2f ms"
                "  step/floor %.2f  naive/step %.1f\n",
                n, figures.stepMedian, figures.stepP95, figures.floorMedian, figures.naiveMedian,
                figures.stepMedian / figures.floorMedian, figures.naiveMedian / figures.stepMedian);
            std::fflush(stdout);
        }
    }
    if (parser.isSet("json")) {
        std::printf("[");
        for (std::size_t i = 0; i < results.size(); ++i) {
            const Figures &f = results[i];
            std::printf(
                "%s{\"n\":%d,\"step_ms_median\":%.3f,\"step_ms_p95\":%.3f,"
                "\"floor_ms_median\":%.3f,\"naive_ms_median\":%.3f}",
                i ? "," : "", f.n, f.stepMedian, f.stepP95, f.floorMedian, f.naiveMedian);
        }
        std::printf("]\n");
    }
    return 0;
}
