// Cards on the clipboard: our own JSON for a lossless copy, plain text for other programs.
#pragma once

#include "core/card.h"

#include <vector>

class QMimeData;

namespace ts::app {

namespace CardClipboard {

constexpr const char *kMimeType = "application/x-touchstone-cards";

QMimeData *toMimeData(const std::vector<Card> &cards);
// Cards from our JSON, or one card of `kindForText` per non-empty line of plain text (paste a
// list from a workshop chat). Positions and cells are left for the caller to set.
std::vector<Card> fromMimeData(const QMimeData *mime, CardKind kindForText);

} // namespace CardClipboard

} // namespace ts::app
