// SPDX-License-Identifier: MIT
#pragma once

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>

// A result kept with the input it was computed from, for a computation too slow to repeat on
// every step of a drag. Asked for another input, it computes it there and then; or, in the
// background mode and with a result of the same shape to show (Input::sameShape: as many
// events, so that every index into it still holds), it keeps answering with that result while a
// pool thread computes the new one, and calls `arrived` on this thread when it is in. Inputs
// asked for meanwhile are not queued: only the last is computed next. The computation is given
// the input alone, by value, so nothing it reads can change under it.
template <class Input, class Result>
class KeptResult {
public:
    using Compute = Result (*)(const Input &);

    KeptResult(Compute compute, std::function<void()> arrived)
        : m_compute(compute), m_arrived(std::move(arrived)) {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, &m_watcher,
                         [this] { keepFinished(); });
    }
    KeptResult(const KeptResult &) = delete;
    KeptResult &operator=(const KeptResult &) = delete;
    ~KeptResult() { m_watcher.waitForFinished(); }

    const Result &get(const Input &input, bool background) {
        if (m_kept && m_kept->input == input) {
            return m_kept->result;
        }
        if (background && m_kept && m_kept->input.sameShape(input)) {
            m_wanted = input;
            if (!m_running) {
                start();
            }
            return m_kept->result;  // the last one, until the new one arrives
        }
        m_wanted.reset();  // answered here: a computation under way is older, and is dropped
        m_kept = Kept{input, m_compute(input), ++m_order};
        return m_kept->result;
    }

    // Whether the result kept is for an input older than the last asked for.
    [[nodiscard]] bool behind() const { return m_running.has_value(); }

    // Waits for the computations under way, so that get() answers for the last input asked for.
    void finish() {
        while (m_running) {
            m_watcher.waitForFinished();
            keepFinished();
        }
    }

private:
    struct Kept {
        Input input;
        Result result;
        std::uint64_t order;  // which request it answers: a newer one is never replaced
    };
    struct Running {
        Input input;
        std::uint64_t order;
    };

    void start() {
        m_running = Running{*m_wanted, ++m_order};
        m_wanted.reset();
        m_watcher.setFuture(QtConcurrent::run(
            [compute = m_compute, input = m_running->input] { return compute(input); }));
    }

    void keepFinished() {
        if (!m_running || !m_watcher.isFinished()) {
            return;  // already kept by finish(), or a stale signal
        }
        if (!m_kept || m_kept->order < m_running->order) {
            m_kept = Kept{std::move(m_running->input), m_watcher.result(), m_running->order};
        }
        m_running.reset();
        if (m_wanted && !(m_kept->input == *m_wanted)) {
            start();
        } else {
            m_wanted.reset();
        }
        m_arrived();
    }

    Compute m_compute;
    std::function<void()> m_arrived;
    std::optional<Kept> m_kept;
    std::optional<Running> m_running;
    std::optional<Input> m_wanted;
    std::uint64_t m_order = 0;
    QFutureWatcher<Result> m_watcher;
};
