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

} // namespace

std::uint64_t hashBytes(std::string_view bytes)
{
    std::uint64_t hash = 0x27D4EB2F165667C5ull ^ (std::uint64_t(bytes.size()) * kPrime1);
    const char *data = bytes.data();
    std::size_t left = bytes.size();
    for (; left >= 8; data += 8, left -= 8) {
        std::uint64_t word;
        std::memcpy(&word, data, 8); // the machine's byte order: the hash is compared on one
        hash = round(hash, word);
    }
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
