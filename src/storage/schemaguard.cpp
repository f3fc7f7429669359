#include "storage/schemaguard.h"

#include <set>
#include <vector>

namespace ts::storage {
namespace {

std::uint32_t be16(const unsigned char *p)
{
    return (std::uint32_t(p[0]) << 8) | p[1];
}

std::uint32_t be32(const unsigned char *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8)
        | p[3];
}

} // namespace

std::optional<std::size_t> countSchemaEntries(std::istream &file, std::uint32_t pageSize,
                                              std::uint64_t fileSize, std::size_t limit)
{
    constexpr unsigned char kInteriorTable = 0x05, kLeafTable = 0x0D;
    // The caller checks the header; this walk does not trust it either: a page must hold the
    // 100-byte file header and a b-tree page header.
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return std::nullopt;
    std::vector<unsigned char> page(pageSize);
    std::vector<std::uint32_t> pending {1};
    std::set<std::uint32_t> seen;
    std::size_t entries = 0;
    while (!pending.empty() && entries <= limit) {
        const std::uint32_t number = pending.back();
        pending.pop_back();
        const std::uint64_t offset = std::uint64_t(number - 1) * pageSize;
        if (number == 0 || offset + pageSize > fileSize || !seen.insert(number).second)
            return std::nullopt;
        file.clear();
        file.seekg(std::streamoff(offset));
        if (!file.read(reinterpret_cast<char *>(page.data()), pageSize))
            return std::nullopt;
        const std::size_t header = number == 1 ? 100 : 0; // page 1 starts with the file header
        const unsigned char type = page[header];
        const std::uint32_t cells = be16(&page[header + 3]);
        if (type == kLeafTable) {
            entries += cells;
            continue;
        }
        if (type != kInteriorTable || header + 12 + 2 * std::size_t(cells) > pageSize)
            return std::nullopt;
        for (std::uint32_t i = 0; i < cells; ++i) {
            const std::uint32_t cell = be16(&page[header + 12 + 2 * i]);
            if (cell + 4 > pageSize)
                return std::nullopt;
            pending.push_back(be32(&page[cell]));
        }
        pending.push_back(be32(&page[header + 8]));
    }
    return entries;
}

} // namespace ts::storage
