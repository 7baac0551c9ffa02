// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/instruction_set.h>

#include <gtest/gtest.h>
#include <string>
#include <string_view>

// A test body run once per instruction set the core's long loops use (scalar, AVX2, AVX-512),
// each capped for the test's length; skipped where this processor lacks the set.
namespace testing_support {

class OnEachInstructionSet : public testing::TestWithParam<entropy::InstructionSet> {
protected:
    void SetUp() override {
        m_previous = entropy::setInstructionSetCap(GetParam());
        if (entropy::instructionSet() != GetParam()) {
            GTEST_SKIP() << entropy::name(GetParam()) << " is not available on this processor";
        }
    }
    void TearDown() override { entropy::setInstructionSetCap(m_previous); }

private:
    entropy::InstructionSet m_previous = entropy::InstructionSet::Avx512;
};

inline const auto kEachInstructionSet =
    testing::Values(entropy::InstructionSet::Scalar, entropy::InstructionSet::Avx2,
                    entropy::InstructionSet::Avx512);

// "scalar", "AVX2", "AVX512": the set's name as a test name may spell it.
inline std::string instructionSetName(const testing::TestParamInfo<entropy::InstructionSet> &info) {
    std::string name(entropy::name(info.param));
    std::erase(name, '-');
    return name;
}

// Runs `body` under each set this processor has, in one test: for bodies whose expensive set-up
// should be done once.
template <class Body>
void forEachInstructionSet(Body body) {
    for (const auto set : {entropy::InstructionSet::Scalar, entropy::InstructionSet::Avx2,
                           entropy::InstructionSet::Avx512}) {
        const auto previous = entropy::setInstructionSetCap(set);
        if (entropy::instructionSet() == set) {
            SCOPED_TRACE(entropy::name(set));
            body();
        }
        entropy::setInstructionSetCap(previous);
    }
}

}  // namespace testing_support
