// SPDX-License-Identifier: MIT
// Fuzz target: the session loader (JSON), and writing back what it accepted.
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <session.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto state = session::parse(json, QStringLiteral("fuzz.json"));
    if (state) {
        // Whatever loads must save and load again to the same state.
        const auto again =
            session::parse(session::serialize(state.value()), QStringLiteral("again"));
        if (!again || !(again.value() == state.value())) {
            __builtin_trap();
        }
    }
    return 0;
}
