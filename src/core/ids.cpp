#include "core/ids.h"

#include <QRandomGenerator>
#include <QUuid>
#include <array>
#include <random>

namespace ts {

// A per-thread generator seeded once from the system's entropy: creating a million survey
// responses must not cost a million system calls (QUuid::createUuid reads the system source
// every time).
std::string newUid()
{
    thread_local std::mt19937_64 random = [] {
        std::array<std::uint32_t, 8> seed {};
        QRandomGenerator::system()->fillRange(seed.data(), seed.size());
        std::seed_seq sequence(seed.begin(), seed.end());
        return std::mt19937_64(sequence);
    }();
    std::uint64_t high = random(), low = random();
    high = (high & ~0xF000ull) | 0x4000ull; // version 4
    low = (low & ~(0xC000ull << 48)) | (0x8000ull << 48); // RFC 4122 variant
    static const char *hex = "0123456789abcdef";
    std::string out(36, '-');
    int pos = 0;
    auto put = [&](std::uint64_t value, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i) {
            if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
                ++pos;
            out[std::size_t(pos++)] = hex[(value >> (4 * i)) & 0xF];
        }
    };
    put(high, 16);
    put(low, 16);
    return out;
}

bool isUid(const std::string &text)
{
    if (text.size() != 36)
        return false;
    return !QUuid::fromString(QString::fromStdString(text)).isNull();
}

} // namespace ts
