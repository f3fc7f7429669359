#include "metrics/contenthash.h"

#include <cstring>

namespace ts::metrics {

namespace {

constexpr std::uint64_t kPrime1 = 0x9E3779B185EBCA87ull;
constexpr std::uint64_t kPrime2 = 0xC2B2AE3D27D4EB4Full;

inline std::uint64_t rotateLeft(std::uint64_t value, int bits)
{
    return (value << bits) | (value >> (64 - bits));
}

inline std::uint64_t round(std::uint64_t hash, std::uint64_t word)
{
    return rotateLeft(hash ^ (word * kPrime2), 31) * kPrime1;
}

inline std::uint64_t load(const char *data)
{
    std::uint64_t word;
    std::memcpy(&word, data, 8); // the machine's byte order: hashes are compared on one machine
    return word;
}

} // namespace

std::uint64_t hashBytes(std::string_view bytes)
{
    const char *data = bytes.data();
    std::size_t left = bytes.size();
    std::uint64_t hash = 0x27D4EB2F165667C5ull ^ (std::uint64_t(bytes.size()) * kPrime1);
    if (left >= 32) {
        // Four independent lanes, so the multiplies overlap instead of waiting on each other.
        std::uint64_t lanes[4] = {hash + kPrime1 + kPrime2, hash + kPrime2, hash, hash - kPrime1};
        for (; left >= 32; data += 32, left -= 32) {
            lanes[0] = round(lanes[0], load(data));
            lanes[1] = round(lanes[1], load(data + 8));
            lanes[2] = round(lanes[2], load(data + 16));
            lanes[3] = round(lanes[3], load(data + 24));
        }
        hash = rotateLeft(lanes[0], 1) + rotateLeft(lanes[1], 7) + rotateLeft(lanes[2], 12)
            + rotateLeft(lanes[3], 18);
        for (const std::uint64_t lane : lanes)
            hash = round(hash, lane);
    }
    for (; left >= 8; data += 8, left -= 8)
        hash = round(hash, load(data));
    if (left) {
        std::uint64_t word = 0;
        std::memcpy(&word, data, left);
        hash = round(hash, word ^ (std::uint64_t(left) << 56));
    }
    // MurmurHash3's finaliser: every input bit reaches every output bit.
    hash ^= hash >> 33;
    hash *= 0xFF51AFD7ED558CCDull;
    hash ^= hash >> 33;
    hash *= 0xC4CEB9FE1A85EC53ull;
    hash ^= hash >> 33;
    return hash;
}

std::string hexOf(std::uint64_t hash)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text(16, '0');
    for (int i = 15; i >= 0; --i, hash >>= 4)
        text[std::size_t(i)] = kDigits[hash & 0xF];
    return text;
}

} // namespace ts::metrics
