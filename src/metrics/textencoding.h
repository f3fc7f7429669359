// Turns the bytes of a CSV export into UTF-8: keeps UTF-8, converts UTF-16 and Windows-1252.
#pragma once

#include <string>
#include <string_view>

namespace ts::metrics {

enum class TextEncoding { Utf8, Utf16Le, Utf16Be, Windows1252 };

struct DecodedText
{
    std::string text; // UTF-8; a UTF-8 byte order mark is left in place for the reader to skip
    TextEncoding encoding = TextEncoding::Utf8;
};

// Excel's "Unicode text" is UTF-16 with a byte order mark, and its plain "CSV" on Windows is
// Windows-1252; both would otherwise reach the workspace (and its JSON) as invalid UTF-8.
DecodedText decodeText(std::string bytes);

bool isValidUtf8(std::string_view text);
std::string_view encodingName(TextEncoding encoding);

} // namespace ts::metrics
