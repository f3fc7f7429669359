#include "metrics/scoretally.h"

#include <algorithm>
#include <stdexcept>

namespace ts::metrics {

ScoreTally::ScoreTally(ScoreScale scale)
    : m_scale(scale)
{
    if (scale.low < 0 || scale.high > 10 || scale.low > scale.high)
        throw std::invalid_argument("a score tally holds scales within 0..10");
}

void ScoreTally::addAll(std::span<const std::int8_t> scores, std::span<const std::int8_t> retained)
{
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const std::int8_t score = scores[i];
        if (score >= m_scale.low && score <= m_scale.high)
            add(score, i < retained.size() ? retained[i] : std::int8_t(-1));
    }
}

void ScoreTally::merge(const ScoreTally &other)
{
    for (std::size_t s = 0; s < m_counts.size(); ++s) {
        for (std::size_t o = 0; o < 3; ++o)
            m_counts[s][o] += other.m_counts[s][o];
    }
}

std::size_t ScoreTally::count(int score) const
{
    return countBetween(score, score);
}

std::size_t ScoreTally::count(int score, Outcome outcome) const
{
    return countBetween(score, score, outcome);
}

std::size_t ScoreTally::n() const
{
    return countBetween(m_scale.low, m_scale.high);
}

std::size_t ScoreTally::withOutcome() const
{
    return countBetween(m_scale.low, m_scale.high, Churned)
        + countBetween(m_scale.low, m_scale.high, Retained);
}

std::size_t ScoreTally::countBetween(int low, int high) const
{
    return countBetween(low, high, NoOutcome) + countBetween(low, high, Churned)
        + countBetween(low, high, Retained);
}

std::size_t ScoreTally::countBetween(int low, int high, Outcome outcome) const
{
    std::size_t total = 0;
    for (int s = std::max(low, 0); s <= high && s <= 10; ++s)
        total += m_counts[std::size_t(s)][outcome];
    return total;
}

} // namespace ts::metrics
