#include "metrics/surveytable.h"

#include "metrics/surveyfield.h"

namespace ts::metrics {

namespace {

std::int8_t packScore(const std::optional<int> &score, Field field)
{
    const ScoreScale scale = scaleOf(field);
    if (!score || *score < scale.low || *score > scale.high)
        return SurveyTable::kMissing;
    return static_cast<std::int8_t>(*score);
}

std::int8_t packFlag(const std::optional<bool> &flag)
{
    return flag ? std::int8_t(*flag) : SurveyTable::kMissing;
}

std::optional<int> unpackScore(std::int8_t value)
{
    return value == SurveyTable::kMissing ? std::nullopt : std::optional<int>(value);
}

std::optional<bool> unpackFlag(std::int8_t value)
{
    return value == SurveyTable::kMissing ? std::nullopt : std::optional<bool>(value != 0);
}

template<typename T> void appendTo(std::vector<T> &to, const std::vector<T> &from)
{
    to.insert(to.end(), from.begin(), from.end());
}

// `codes` of dictionary `from` as codes of `to`, interning the texts `to` lacks.
void appendRecoded(std::vector<std::uint32_t> &out, const std::vector<std::uint32_t> &codes,
                   const StringDictionary &from, StringDictionary &to)
{
    std::vector<std::uint32_t> map {StringDictionary::kNone};
    for (const auto &text : from.values())
        map.push_back(to.intern(text));
    out.reserve(out.size() + codes.size());
    for (const auto code : codes)
        out.push_back(map[code]);
}

} // namespace

void SurveyTable::appendTable(SurveyTable &&part)
{
    if (size() == 0) {
        *this = std::move(part);
        return;
    }
    appendTo(line, part.line);
    customerId.append(part.customerId);
    appendTo(date, part.date);
    appendTo(nps, part.nps);
    appendTo(csat, part.csat);
    appendTo(ces, part.ces);
    appendRecoded(stage, part.stage, part.stages, stages);
    appendRecoded(touchpoint, part.touchpoint, part.touchpoints, touchpoints);
    appendRecoded(segment, part.segment, part.segments, segments);
    appendTo(retained, part.retained);
    appendTo(expansion, part.expansion);
    appendTo(referral, part.referral);
    comment.append(part.comment);
}

void SurveyTable::reserve(std::size_t rows)
{
    line.reserve(rows);
    customerId.reserve(rows, rows * 8);
    date.reserve(rows);
    nps.reserve(rows);
    csat.reserve(rows);
    ces.reserve(rows);
    stage.reserve(rows);
    touchpoint.reserve(rows);
    segment.reserve(rows);
    retained.reserve(rows);
    expansion.reserve(rows);
    referral.reserve(rows);
    comment.reserve(rows, rows * 8);
}

void SurveyTable::append(const SurveyRecord &record)
{
    line.push_back(record.line);
    customerId.append(record.customerId);
    date.push_back(record.date.value_or(kNoDate));
    nps.push_back(packScore(record.nps, Field::Nps));
    csat.push_back(packScore(record.csat, Field::Csat));
    ces.push_back(packScore(record.ces, Field::Ces));
    stage.push_back(stages.intern(record.stage));
    touchpoint.push_back(touchpoints.intern(record.touchpoint));
    segment.push_back(segments.intern(record.segment));
    retained.push_back(packFlag(record.retained));
    expansion.push_back(packFlag(record.expansion));
    referral.push_back(packFlag(record.referral));
    comment.append(record.comment);
}

SurveyRecord SurveyTable::record(std::size_t row) const
{
    SurveyRecord record;
    record.line = line[row];
    record.customerId = customerId.at(row);
    if (date[row] != kNoDate)
        record.date = date[row];
    record.nps = unpackScore(nps[row]);
    record.csat = unpackScore(csat[row]);
    record.ces = unpackScore(ces[row]);
    record.stage = stages.text(stage[row]);
    record.touchpoint = touchpoints.text(touchpoint[row]);
    record.segment = segments.text(segment[row]);
    record.retained = unpackFlag(retained[row]);
    record.expansion = unpackFlag(expansion[row]);
    record.referral = unpackFlag(referral[row]);
    record.comment = comment.at(row);
    return record;
}

} // namespace ts::metrics
