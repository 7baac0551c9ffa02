// SPDX-License-Identifier: MIT
#pragma once

#include <documentstate.h>

// Weights 1 to 7 for P and 1 to 5 for Q, repeating: n events, none alike with its neighbours.
inline DocumentState manyEvents(int n) {
    DocumentState state;
    for (int i = 0; i < n; ++i) {
        state.appendEvent({defaultLabel(i), 1.0 + i % 7, 1.0 + i % 5});
    }
    return state;
}
