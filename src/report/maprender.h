// A journey map as a PNG-ready image or an SVG document, painted like the editor shows it
// (with the survey figures the caller passes, see MapFigures).
#pragma once

#include "core/ids.h"
#include "report/mapfigures.h"
#include "report/mapstyle.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace ts {
struct Workspace;
}

namespace ts::report {

// The pixel size of renderMapImage's result, so a caller can refuse a huge one first.
QSize mapImageSize(const Workspace &w, Id mapId, double dpi,
                   const MapStyle &style = MapStyle::screen(), const MapFigures &figures = {});
// The map on white with style.margin around it; 96 dpi is 100 %. The image carries its dpi.
// A null image when it cannot be allocated (too large).
QImage renderMapImage(const Workspace &w, Id mapId, double dpi,
                      const MapStyle &style = MapStyle::screen(), const MapFigures &figures = {});

// The map as SVG (QSvgGenerator): text stays text, shapes stay vectors.
QByteArray renderMapSvgData(const Workspace &w, Id mapId,
                            const MapStyle &style = MapStyle::screen(),
                            const MapFigures &figures = {});
// Writes renderMapSvgData to `path` atomically; throws ts::Error (Write) naming the file.
void renderMapSvg(const Workspace &w, Id mapId, const QString &path,
                  const MapStyle &style = MapStyle::screen(), const MapFigures &figures = {});

} // namespace ts::report
