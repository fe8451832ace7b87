// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <cstdlib>

/// An invariant of a fuzz target: when it breaks, say which and abort, so libFuzzer (or the corpus
/// replay in ctest) reports the input as a finding.
inline void fuzzRequire(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}
