// The tunable parts of the gap rules.
#pragma once

namespace ts::alignment {

struct GapSettings
{
    // A touchpoint whose current scores (0-10) on two channels differ by more than this is
    // flagged as inconsistent.
    double touchpointScoreSpread = 2.0;
    // Survey responses are tied to stages by the stage name they carry; exports rarely agree
    // on capitals, so by default "purchase" matches the stage "Purchase".
    bool stageNamesCaseSensitive = false;
};

} // namespace ts::alignment
