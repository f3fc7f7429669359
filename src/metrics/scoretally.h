// Counts of one score's values crossed with the outcome, from which every score figure follows.
#pragma once

#include "metrics/surveyfield.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace ts::metrics {

// Every score figure and its link to retention follows from these few numbers (value x no
// outcome / churned / retained), so a million rows cost one pass and the figures cost nothing.
class ScoreTally
{
public:
    // Outcome columns as stored in SurveyTable::retained: -1 none, 0 churned, 1 retained.
    enum Outcome { NoOutcome = 0, Churned = 1, Retained = 2 };

    explicit ScoreTally(ScoreScale scale);
    static ScoreTally forField(Field scoreField) { return ScoreTally(scaleOf(scoreField)); }

    // score -1 (missing) is ignored; retained is -1, 0 or 1.
    void add(std::int8_t score, std::int8_t retained)
    {
        if (score >= 0 && score <= 10)
            ++m_counts[std::size_t(score)][std::size_t(retained + 1)];
    }
    void addAll(std::span<const std::int8_t> scores, std::span<const std::int8_t> retained = {});
    void merge(const ScoreTally &other);

    ScoreScale scale() const { return m_scale; }
    std::size_t count(int score) const; // responses with this score
    std::size_t count(int score, Outcome outcome) const; // ... and this outcome
    std::size_t n() const; // responses with a score
    std::size_t withOutcome() const; // ... and an outcome
    // Responses with a score in [low, high] (and, optionally, an outcome).
    std::size_t countBetween(int low, int high) const;
    std::size_t countBetween(int low, int high, Outcome outcome) const;

private:
    ScoreScale m_scale;
    std::array<std::array<std::size_t, 3>, 11> m_counts {}; // [score 0..10][outcome]
};

} // namespace ts::metrics
