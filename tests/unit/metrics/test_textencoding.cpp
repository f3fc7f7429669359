// Tests for decodeText: UTF-8 kept, UTF-16 and Windows-1252 converted, UTF-8 validation.
#include "metrics/textencoding.h"

#include <catch2/catch.hpp>

using namespace ts::metrics;

TEST_CASE("decodeText keeps valid UTF-8 as it is, BOM included", "[textencoding]")
{
    const DecodedText decoded = decodeText("\xEF\xBB\xBF"
                                           "caf\xC3\xA9,9\n");
    CHECK(decoded.encoding == TextEncoding::Utf8);
    CHECK(decoded.text
          == "\xEF\xBB\xBF"
             "caf\xC3\xA9,9\n");
}

TEST_CASE("decodeText converts UTF-16 with a byte order mark", "[textencoding]")
{
    const std::string littleEndian("\xFF\xFE"
                                   "a\0,\0\xE9\0\n\0",
                                   10);
    const DecodedText le = decodeText(littleEndian);
    CHECK(le.encoding == TextEncoding::Utf16Le);
    CHECK(le.text == "a,\xC3\xA9\n");

    // U+1F600 as the surrogate pair D83D DE00, big-endian.
    const std::string bigEndian("\xFE\xFF\0x\xD8\x3D\xDE\x00", 8);
    const DecodedText be = decodeText(bigEndian);
    CHECK(be.encoding == TextEncoding::Utf16Be);
    CHECK(be.text == "x\xF0\x9F\x98\x80");
}

TEST_CASE("decodeText reads invalid UTF-8 as Windows-1252", "[textencoding]")
{
    const DecodedText decoded = decodeText("caf\xE9 \x80 \x93ok\x94");
    CHECK(decoded.encoding == TextEncoding::Windows1252);
    CHECK(decoded.text == "caf\xC3\xA9 \xE2\x82\xAC \xE2\x80\x9Cok\xE2\x80\x9D");
    CHECK(encodingName(decoded.encoding) == "Windows-1252");
}

TEST_CASE("isValidUtf8 rejects overlong forms, surrogates and truncation", "[textencoding]")
{
    CHECK(isValidUtf8("plain ascii text that is longer than eight bytes"));
    CHECK(isValidUtf8("\xF0\x9F\x98\x80 and \xE2\x82\xAC"));
    CHECK_FALSE(isValidUtf8("\xC0\xAF")); // overlong '/'
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80")); // a UTF-16 surrogate
    CHECK_FALSE(isValidUtf8("abc\xE2\x82")); // cut short
    CHECK_FALSE(isValidUtf8("\xF5\x80\x80\x80"));
}
