#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// The entry points every fuzz target defines and both drivers call: libFuzzer's main() in the
// `fuzz` build, and replay_main.cpp (every file of a folder once) in the other builds.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace fuzz {

// The input without a copy; valid only during LLVMFuzzerTestOneInput.
inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as a person would have typed or pasted it: UTF-8, invalid sequences replaced.
inline QString utf8Text(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as raw UTF-16 code units, lone surrogates and all, which no UTF-8 decoding
// produces but a QString from elsewhere (the clipboard, a scanner's key events) may hold.
inline QString utf16Text(const std::uint8_t *data, std::size_t size)
{
    QString text(qsizetype(size / 2), Qt::Uninitialized);
    for (std::size_t i = 0; i + 1 < size; i += 2)
        text[qsizetype(i / 2)] = QChar(char16_t(data[i] | (data[i + 1] << 8)));
    return text;
}

} // namespace fuzz
