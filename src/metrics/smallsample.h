// When a figure rests on too few responses to be read as certain: every output marks it.
#pragma once

#include <cstddef>

namespace ts::metrics {

// Under 30 responses a share or an NPS moves by several points with each answer, and its interval
// spans tens of points; the usual rule of thumb of survey practice (MeasuringU, Qualtrics).
inline constexpr std::size_t kSmallSampleBelow = 30;

inline bool isSmallSample(std::size_t n)
{
    return n < kSmallSampleBelow;
}

} // namespace ts::metrics
