// SPDX-License-Identifier: MIT
// A small stand-in for libFuzzer, so that every build (g++ included) runs each fuzz target
// for a moment in the test suite: the corpus files first, then seeded random mutations of
// them. `fuzz_driver CORPUS_DIR [ITERATIONS] [SEED]`. The `fuzz` preset builds the same
// targets with clang's real libFuzzer for longer runs by hand.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

std::vector<std::string> readCorpus(const std::filesystem::path &folder) {
    std::vector<std::string> corpus;
    for (const auto &entry : std::filesystem::directory_iterator(folder)) {
        std::ifstream in(entry.path(), std::ios::binary);
        corpus.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return corpus;
}

// One random edit: flip a byte, insert an interesting token, delete a run, or splice.
void mutate(std::string &input, const std::vector<std::string> &corpus, std::mt19937_64 &rng) {
    static const char *const kTokens[] = {
        ",",     ";",   "\"", "\n", "\r\n", "-", "e308",         "1e-320", "nan",    "inf",
        "0",     "{",   "}",  "[",  "]",    ":", "\xEF\xBB\xBF", "\xff",   "\"p\":", "\"events\":[",
        "1e999", "    "};
    std::uniform_int_distribution<int> kind(0, 3);
    const auto at = [&](std::size_t limit) {
        return std::uniform_int_distribution<std::size_t>(0, limit)(rng);
    };
    switch (kind(rng)) {
        case 0:
            if (!input.empty()) {
                input[at(input.size() - 1)] = char(rng() & 0xff);
            }
            break;
        case 1:
            input.insert(at(input.size()), kTokens[at(std::size(kTokens) - 1)]);
            break;
        case 2:
            if (!input.empty()) {
                const std::size_t start = at(input.size() - 1);
                input.erase(start, at(input.size() - start));
            }
            break;
        default: {
            const std::string &other = corpus[at(corpus.size() - 1)];
            input = input.substr(0, at(input.size())) + other.substr(at(other.size()));
        }
    }
    if (input.size() > 4096) {
        input.resize(4096);
    }
}

}  // namespace

int main(int argc, char **argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [ITERATIONS] [SEED]\n", argv[0]);
        return 2;
    }
    const long iterations = argc > 2 ? std::atol(argv[2]) : 20000;
    std::mt19937_64 rng(argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1);
    const std::vector<std::string> corpus = readCorpus(argv[1]);
    for (const std::string &input : corpus) {
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.data()), input.size());
    }
    for (long i = 0; i < iterations; ++i) {
        std::string input = corpus[std::size_t(rng() % corpus.size())];
        for (int edits = 1 + int(rng() % 4); edits > 0; --edits) {
            mutate(input, corpus, rng);
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.data()), input.size());
    }
    std::printf("%zu corpus inputs and %ld mutations: no crash\n", corpus.size(), iterations);
    return 0;
}
