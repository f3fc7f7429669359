// Net Promoter Score with its promoter / passive / detractor counts and 95 % interval.
#pragma once

#include "metrics/scoretally.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace ts::metrics {

struct NpsSummary
{
    double value = 0; // %promoters - %detractors, -100..100
    std::size_t n = 0;
    double low = 0; // 95 % interval, clamped to -100..100
    double high = 0;
    std::size_t promoters = 0; // 9-10
    std::size_t passives = 0; // 7-8
    std::size_t detractors = 0; // 0-6
};

// NPS is the difference of two proportions of one multinomial sample, so its variance is
// (p+ + p- - (p+ - p-)^2) / n. The interval is the adjusted-Wald one (Rocks 2016): p+, p- and n
// taken as (promoters + 3/4) / (n + 3), (detractors + 3/4) / (n + 3) and n + 3, then
// NPS' +- 1.96 * sqrt(var'), clamped to -100..100. nullopt when there is no score.
std::optional<NpsSummary> summarizeNps(std::size_t promoters, std::size_t passives,
                                       std::size_t detractors);
std::optional<NpsSummary> summarizeNps(const ScoreTally &tally);
// Scores 0..10; -1 (missing) is skipped.
std::optional<NpsSummary> summarizeNps(std::span<const std::int8_t> scores);

} // namespace ts::metrics
