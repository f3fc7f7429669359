#include "report/maprender.h"

#include "core/error.h"
#include "core/workspace.h"
#include "report/maplayout.h"
#include "report/mappainter.h"

#include <QBuffer>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>

namespace ts::report {
namespace {

QSizeF sceneSize(const MapLayout &layout, const MapStyle &style)
{
    return layout.bounds().size() + QSizeF(2 * style.margin, 2 * style.margin);
}

QSize pixelSize(const MapLayout &layout, const MapStyle &style, double dpi)
{
    const QSizeF size = sceneSize(layout, style) * (dpi / 96.0);
    return QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
}

void paintOnWhite(QPainter &p, const Workspace &w, Id mapId, const MapLayout &layout,
                  const MapStyle &style, const MapFigures &figures, double scale)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.scale(scale, scale);
    p.fillRect(QRectF(QPointF(0, 0), sceneSize(layout, style)), style.background);
    p.translate(style.margin, style.margin);
    MapPainter::paint(p, w, mapId, layout, style, figures);
}

QString mapName(const Workspace &w, Id mapId)
{
    const auto *map = findById(w.maps, mapId);
    return map ? QString::fromStdString(map->name) : QString();
}

} // namespace

QSize mapImageSize(const Workspace &w, Id mapId, double dpi, const MapStyle &style,
                   const MapFigures &figures)
{
    return pixelSize(MapLayout::compute(w, mapId, style, figures), style, dpi);
}

QImage renderMapImage(const Workspace &w, Id mapId, double dpi, const MapStyle &style,
                      const MapFigures &figures)
{
    const auto layout = MapLayout::compute(w, mapId, style, figures);
    const QSize size = pixelSize(layout, style, dpi);
    if (size.isEmpty() || double(size.width()) * size.height() > 400e6)
        return {};
    QImage image(size, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(style.background);
    QPainter p(&image);
    paintOnWhite(p, w, mapId, layout, style, figures, dpi / 96.0);
    p.end();
    return image;
}

QByteArray renderMapSvgData(const Workspace &w, Id mapId, const MapStyle &style,
                            const MapFigures &figures)
{
    const auto layout = MapLayout::compute(w, mapId, style, figures);
    const QSizeF size = sceneSize(layout, style);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(96);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    // QSvgGenerator writes the title into <title> as it is (Qt 6.4): a map named
    // "</title><script>..." would make a live element. Escaped, it stays the map's name.
    generator.setTitle(mapName(w, mapId).toHtmlEscaped());
    generator.setDescription(QStringLiteral("Journey map drawn by Touchstone"));
    QPainter p(&generator);
    paintOnWhite(p, w, mapId, layout, style, figures, 1.0);
    p.end();
    return bytes;
}

void renderMapSvg(const Workspace &w, Id mapId, const QString &path, const MapStyle &style,
                  const MapFigures &figures)
{
    const QByteArray bytes = renderMapSvgData(w, mapId, style, figures);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorKind::Write,
                    path.toStdString() + ": cannot write: " + file.errorString().toStdString());
}

} // namespace ts::report
