#include "storage/surveycolumns.h"

#include <bit>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>

namespace ts::storage {
namespace {

constexpr std::uint32_t kFormatVersion = 1;
constexpr std::size_t kHeaderSize = 16;
enum Kind : std::uint32_t { Int8 = 1, Int32 = 2, Text = 3, Codes = 4 };

// The days of 0000-01-01 and 9999-12-31: survey_responses holds dates as "YYYY-MM-DD", so a
// date outside these years reads back from the rows as no date, and the columns must agree.
const std::int32_t kFirstDay = metrics::CivilDate {0, 1, 1}.toDays();
const std::int32_t kLastDay = metrics::CivilDate {9999, 12, 31}.toDays();

template<typename T> void putLittle(std::vector<unsigned char> &out, T value)
{
    using U = std::make_unsigned_t<T>;
    auto bits = static_cast<U>(value);
    for (std::size_t i = 0; i < sizeof(T); ++i, bits = U(bits >> 8))
        out.push_back(static_cast<unsigned char>(bits & 0xff));
}

template<typename T> T getLittle(const unsigned char *at)
{
    using U = std::make_unsigned_t<T>;
    U bits = 0;
    for (std::size_t i = sizeof(T); i-- > 0;)
        bits = U((bits << 8) | at[i]);
    return static_cast<T>(bits);
}

// Whole arrays with one memcpy on a little-endian machine (every machine we ship to); byte by
// byte elsewhere, so the file format does not depend on the machine that wrote it.
template<typename T> void putArray(std::vector<unsigned char> &out, const std::vector<T> &values)
{
    if constexpr (std::endian::native == std::endian::little) {
        const std::size_t at = out.size();
        out.resize(at + values.size() * sizeof(T));
        if (!values.empty())
            std::memcpy(out.data() + at, values.data(), values.size() * sizeof(T));
    } else {
        for (const T v : values)
            putLittle(out, v);
    }
}

template<typename T> std::vector<T> getArray(const unsigned char *at, std::size_t count)
{
    std::vector<T> values(count);
    if constexpr (std::endian::native == std::endian::little) {
        if (count)
            std::memcpy(values.data(), at, count * sizeof(T));
    } else {
        for (std::size_t i = 0; i < count; ++i)
            values[i] = getLittle<T>(at + i * sizeof(T));
    }
    return values;
}

std::vector<unsigned char> header(Kind kind, std::size_t rows, std::size_t payload)
{
    std::vector<unsigned char> out;
    out.reserve(kHeaderSize + payload);
    putLittle(out, kFormatVersion);
    putLittle(out, std::uint32_t(kind));
    putLittle(out, std::uint64_t(rows));
    return out;
}

std::vector<unsigned char> encodeInt8(const std::vector<std::int8_t> &values)
{
    auto out = header(Int8, values.size(), values.size());
    putArray(out, values);
    return out;
}

// A text per row: end offsets, then the characters. `text(i)` gives row i.
template<typename TextOf>
std::vector<unsigned char> encodeText(std::size_t rows, const TextOf &text)
{
    std::size_t chars = 0;
    for (std::size_t i = 0; i < rows; ++i)
        chars += text(i).size();
    if (chars > 0xffffffffu)
        throw std::runtime_error("a survey text column exceeds 4 GiB");
    auto out = header(Text, rows, rows * 4 + chars);
    std::vector<std::uint32_t> ends(rows);
    std::size_t end = 0;
    for (std::size_t i = 0; i < rows; ++i)
        ends[i] = std::uint32_t(end += text(i).size());
    putArray(out, ends);
    for (std::size_t i = 0; i < rows; ++i) {
        const auto t = text(i);
        out.insert(out.end(), t.begin(), t.end());
    }
    return out;
}

// Reads the blobs of one import, checking each against the column it should be.
class Decoder
{
public:
    explicit Decoder(const std::function<Blob(std::string_view)> &read)
        : m_read(read)
    { }

    // The payload of blob `name` after checking its header; `rows` is taken from the first blob.
    Blob payload(std::string_view name, Kind kind)
    {
        m_name = name;
        const Blob blob = m_read(name);
        if (blob.empty())
            problem("missing");
        if (blob.size() < kHeaderSize)
            problem("shorter than its header (" + std::to_string(blob.size()) + " bytes)");
        const auto version = getLittle<std::uint32_t>(blob.data());
        if (version != kFormatVersion)
            problem("format version " + std::to_string(version) + ", expected "
                    + std::to_string(kFormatVersion));
        if (getLittle<std::uint32_t>(blob.data() + 4) != kind)
            problem("not the kind of column expected");
        const auto rows = getLittle<std::uint64_t>(blob.data() + 8);
        if (!m_rows)
            m_rows = rows;
        else if (rows != *m_rows && kind != Text) // a dictionary has its own count
            problem(std::to_string(rows) + " rows where the other columns have "
                    + std::to_string(*m_rows));
        m_count = std::size_t(rows);
        const Blob body = blob.subspan(kHeaderSize);
        // Sizes are checked before anything is multiplied out of a count read from the file.
        if (rows > body.size() && kind != Int8)
            problem("shorter than its " + std::to_string(rows) + " rows");
        return body;
    }

    std::vector<std::int8_t> int8(std::string_view name, int low, int high)
    {
        const Blob body = payload(name, Int8);
        if (body.size() != m_count)
            problem(std::to_string(body.size()) + " bytes for " + std::to_string(m_count)
                    + " rows");
        auto values = getArray<std::int8_t>(body.data(), m_count);
        for (const auto v : values)
            if (v != metrics::SurveyTable::kMissing && (v < low || v > high))
                problem("value " + std::to_string(v) + " outside " + std::to_string(low) + "-"
                        + std::to_string(high));
        return values;
    }

    std::vector<std::int32_t> dates(std::string_view name)
    {
        const Blob body = payload(name, Int32);
        if (body.size() != m_count * 4)
            problem(std::to_string(body.size()) + " bytes for " + std::to_string(m_count)
                    + " dates");
        auto values = getArray<std::int32_t>(body.data(), m_count);
        for (const auto v : values)
            if (v != metrics::kNoDate && (v < kFirstDay || v > kLastDay))
                problem("day " + std::to_string(v) + " outside the years 0-9999");
        return values;
    }

    // Calls `take(text)` for each row's text, after checking every offset.
    template<typename Take> std::size_t texts(std::string_view name, const Take &take)
    {
        const Blob body = payload(name, Text);
        const std::size_t count = m_count;
        if (body.size() < count * 4)
            problem("shorter than its " + std::to_string(count) + " offsets");
        const auto ends = getArray<std::uint32_t>(body.data(), count);
        const Blob chars = body.subspan(count * 4);
        std::uint32_t begin = 0;
        for (const auto end : ends) {
            if (end < begin || end > chars.size())
                problem("a text offset outside the column");
            begin = end;
        }
        if (begin != chars.size())
            problem(std::to_string(chars.size() - begin) + " bytes after the last text");
        begin = 0;
        for (const auto end : ends) {
            take(std::string_view(reinterpret_cast<const char *>(chars.data()) + begin,
                                  end - begin));
            begin = end;
        }
        return count;
    }

    // Codes of a category column; its texts are interned into `dictionary`, and each stored
    // code is mapped to the dictionary's own (equal unless the stored texts repeat).
    std::vector<std::uint32_t> codes(std::string_view name, metrics::StringDictionary &dictionary)
    {
        std::vector<std::uint32_t> map {metrics::StringDictionary::kNone};
        texts(std::string(name) + "_values",
              [&](std::string_view text) { map.push_back(dictionary.intern(text)); });
        const Blob body = payload(name, Codes);
        if (body.size() != m_count * 4)
            problem(std::to_string(body.size()) + " bytes for " + std::to_string(m_count)
                    + " codes");
        auto values = getArray<std::uint32_t>(body.data(), m_count);
        for (auto &v : values) {
            if (v >= map.size())
                problem("code " + std::to_string(v) + " with " + std::to_string(map.size() - 1)
                        + " values");
            v = map[v];
        }
        return values;
    }

    std::size_t rows() const { return std::size_t(m_rows.value_or(0)); }

private:
    [[noreturn]] void problem(const std::string &what) const
    {
        throw std::runtime_error("survey column \"" + m_name + "\": " + what);
    }

    const std::function<Blob(std::string_view)> &m_read;
    std::string m_name;
    std::optional<std::uint64_t> m_rows;
    std::size_t m_count = 0;
};

} // namespace

void encodeSurveyColumns(const metrics::SurveyTable &table,
                         const std::function<void(std::string_view, const Blob &)> &write)
{
    const std::size_t rows = table.size();
    const auto put = [&](std::string_view name, const std::vector<unsigned char> &bytes) {
        write(name, Blob(bytes));
    };
    put("customer_id", encodeText(rows, [&](std::size_t i) { return table.customerId.at(i); }));
    {
        auto out = header(Int32, rows, rows * 4);
        std::vector<std::int32_t> days(table.date);
        for (auto &d : days)
            if (d < kFirstDay || d > kLastDay)
                d = metrics::kNoDate;
        putArray(out, days);
        put("date", out);
    }
    put("nps", encodeInt8(table.nps));
    put("csat", encodeInt8(table.csat));
    put("ces", encodeInt8(table.ces));
    const auto category = [&](std::string_view name, const metrics::StringDictionary &dictionary,
                              const std::vector<std::uint32_t> &codes) {
        const auto &values = dictionary.values();
        put(std::string(name) + "_values",
            encodeText(values.size(), [&](std::size_t i) { return std::string_view(values[i]); }));
        auto out = header(Codes, rows, rows * 4);
        putArray(out, codes);
        put(name, out);
    };
    category("stage", table.stages, table.stage);
    category("touchpoint", table.touchpoints, table.touchpoint);
    category("segment", table.segments, table.segment);
    // A flag is 0 or 1 once read back from survey_responses, whatever positive value it held.
    const auto flags = [&](std::string_view name, const std::vector<std::int8_t> &values) {
        std::vector<std::int8_t> normal(values);
        for (auto &v : normal)
            v = v < 0 ? metrics::SurveyTable::kMissing : std::int8_t(v > 0);
        put(name, encodeInt8(normal));
    };
    flags("retained", table.retained);
    flags("expansion", table.expansion);
    flags("referral", table.referral);
    put("comment", encodeText(rows, [&](std::size_t i) { return table.comment.at(i); }));
}

metrics::SurveyTable decodeSurveyColumns(const std::function<Blob(std::string_view)> &read)
{
    Decoder in(read);
    metrics::SurveyTable t;
    in.texts("customer_id", [&](std::string_view text) { t.customerId.append(text); });
    const std::size_t rows = in.rows();
    t.line.assign(rows, 0);
    t.date = in.dates("date");
    t.nps = in.int8("nps", 0, 10);
    t.csat = in.int8("csat", 1, 5);
    t.ces = in.int8("ces", 1, 7);
    t.stage = in.codes("stage", t.stages);
    t.touchpoint = in.codes("touchpoint", t.touchpoints);
    t.segment = in.codes("segment", t.segments);
    t.retained = in.int8("retained", 0, 1);
    t.expansion = in.int8("expansion", 0, 1);
    t.referral = in.int8("referral", 0, 1);
    t.comment.reserve(rows, 0);
    // The comment blob has its own row count, checked against the others by payload().
    const std::size_t comments
        = in.texts("comment", [&](std::string_view text) { t.comment.append(text); });
    if (comments != rows)
        throw std::runtime_error("survey column \"comment\": " + std::to_string(comments)
                                 + " rows where the other columns have " + std::to_string(rows));
    return t;
}

} // namespace ts::storage
