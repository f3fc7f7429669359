// The words of the benchmark workspace: a broadband and mobile provider's journeys, in text banks.
#pragma once

#include "core/enums.h"

#include <string>
#include <vector>

namespace ts::bench::text {

using Bank = std::vector<std::string>;

const Bank &journeyNames();
const Bank &stageNames(); // the five default stages
const Bank &stageColors();
const Bank &stageFeelings();
const Bank &cardTitles(CardKind kind);
const Bank &cardNotes(CardKind kind);
const Bank &evidenceQuotes();
const Bank &channelsOnline(); // channels that count as online
const Bank &channelsOffline(); // the rest
const Bank &departmentNames();
const Bank &departmentRoles();
const Bank &peopleNames();
const Bank &orgGoalTitles();
const Bank &departmentGoalTitles();
const Bank &personaNames();
const Bank &personaSegments();
const Bank &initiativeVerbs();
const Bank &initiativeObjects();
const Bank &initiativeDescriptions();

} // namespace ts::bench::text
