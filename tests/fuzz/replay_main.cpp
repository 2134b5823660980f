// Runs a fuzz target's LLVMFuzzerTestOneInput once on every file of the folders (or the
// files) given, so the normal and the sanitizer builds replay the seed corpus and every
// input that once crashed (regressions/<target>/) as an ordinary test. A folder that does not
// exist is skipped; no input at all is an error, so a moved folder cannot pass unnoticed.

#include "tests/fuzz/FuzzSupport.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputsOf(const fs::path &path)
{
    std::vector<fs::path> files;
    std::error_code error;
    if (fs::is_directory(path, error)) {
        for (const fs::directory_entry &entry : fs::recursive_directory_iterator(path, error)) {
            if (entry.is_regular_file())
                files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
    } else if (fs::is_regular_file(path, error)) {
        files.push_back(path);
    } else {
        std::fprintf(stderr, "replay: %s does not exist, skipped\n", path.c_str());
    }
    return files;
}

bool readFile(const fs::path &path, std::vector<std::uint8_t> &content)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

} // namespace

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int count = 0;
    std::vector<std::uint8_t> content;
    for (int i = 1; i < argc; ++i) {
        for (const fs::path &file : inputsOf(argv[i])) {
            if (!readFile(file, content)) {
                std::fprintf(stderr, "replay: cannot read %s\n", file.c_str());
                return 1;
            }
            // A crash ends the process here, its sanitizer report naming the input last seen.
            std::fprintf(stderr, "replay: %s\n", file.c_str());
            LLVMFuzzerTestOneInput(content.data(), content.size());
            ++count;
        }
    }
    std::printf("replay: %d inputs ran without a finding\n", count);
    return count > 0 ? 0 : 1;
}
