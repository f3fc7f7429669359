#include "report/mapstyle.h"

#include <QFontDatabase>
#include <cmath>
#include <mutex>

namespace ts::report {
namespace {

// The first installed family of the list, so exports (SVG, PDF) name a font that was
// actually used for measuring.
QString installedFamily(const QStringList &families)
{
    static std::mutex mutex; // exports may paint in worker threads
    static QStringList cachedFor;
    static QString cached;
    const std::lock_guard lock(mutex);
    if (families == cachedFor && !cached.isEmpty())
        return cached;
    cachedFor = families;
    cached.clear();
    for (const auto &family : families)
        if (QFontDatabase::hasFamily(family)) {
            cached = family;
            break;
        }
    if (cached.isEmpty())
        cached = QFont().family();
    return cached;
}

QColor rgb(const char *name)
{
    return QColor(QLatin1String(name));
}

} // namespace

QFont MapStyle::font(FontRole role) const
{
    double scale = 1.0;
    QFont::Weight weight = QFont::Normal;
    switch (role) {
    case FontRole::CardTitle:
        break;
    case FontRole::Badge:
        scale = 0.76, weight = QFont::DemiBold;
        break;
    case FontRole::LaneHeader:
        scale = 1.0, weight = QFont::Bold;
        break;
    case FontRole::StageHeader:
        scale = 1.22, weight = QFont::Bold;
        break;
    case FontRole::MapTitle:
        scale = 1.12, weight = QFont::Bold;
        break;
    case FontRole::Caption:
        scale = 0.84;
        break;
    }
    QFont f(installedFamily(fontFamilies));
    f.setPixelSize(std::max(5, int(std::lround(basePixelSize() * scale))));
    f.setWeight(weight);
    // Vertical hinting only keeps advances linear, so text measured at 100 % wraps the same
    // way when painted scaled (zoom, high-dpi PNG, PDF).
    f.setHintingPreference(QFont::PreferVerticalHinting);
    if (role == FontRole::Badge)
        f.setLetterSpacing(QFont::PercentageSpacing, 104);
    else if (!ligatures) // any letter spacing turns them off; a 64th of a pixel is invisible
        f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    if (role == FontRole::Caption)
        f.setItalic(true);
    return f;
}

MapStyle MapStyle::screen()
{
    MapStyle s;
    s.fontFamilies = {QStringLiteral("Inter"),         QStringLiteral("Lato"),
                      QStringLiteral("Source Sans 3"), QStringLiteral("Noto Sans"),
                      QStringLiteral("Segoe UI"),      QStringLiteral("Helvetica Neue"),
                      QStringLiteral("Arial"),         QStringLiteral("DejaVu Sans")};
    s.background = rgb("#ffffff");
    s.gridLine = rgb("#e2e6eb");
    s.laneHeaderFill = rgb("#f4f6f8");
    s.laneHeaderText = rgb("#2d3a4a");
    s.text = rgb("#1f2933");
    s.mutedText = rgb("#66758a");
    s.selection = rgb("#1a73e8");
    s.asIsCurve = rgb("#33415c");
    s.toBeCurve = rgb("#2b9348");
    s.linkLine = rgb("#8a97a8");
    s.positiveBand = QColor(43, 147, 72, 14);
    s.negativeBand = QColor(214, 69, 69, 14);
    auto set = [&](CardKind kind, const char *fill, const char *accent) {
        s.kinds[static_cast<int>(kind)] = {rgb(fill), rgb(accent)};
    };
    set(CardKind::Action, "#e6ecf5", "#5b7db1");
    set(CardKind::Touchpoint, "#d9e9fb", "#2f6fb3");
    set(CardKind::Channel, "#d8f0ed", "#2a9d8f");
    set(CardKind::Thought, "#fff3bf", "#d4a106");
    set(CardKind::PainPoint, "#fcdcdc", "#d64545");
    set(CardKind::Opportunity, "#d6f2dd", "#2b9348");
    set(CardKind::Backstage, "#ebe4f5", "#7b5ea7");
    set(CardKind::Metric, "#fde6d2", "#e07b24");
    set(CardKind::Note, "#eef0f2", "#7c8794");
    s.figureStatus = {
        KindColors {rgb("#f4f6f8"), rgb("#8a97a8")}, KindColors {rgb("#fde2e2"), rgb("#c53030")},
        KindColors {rgb("#fdf0cc"), rgb("#b7791f")}, KindColors {rgb("#dcf2e3"), rgb("#2b8a3e")}};
    return s;
}

double MapStyle::stageFiguresHeight() const
{
    return std::round(basePixelSize() * 2.4);
}

double MapStyle::cardFiguresHeight() const
{
    return std::round(basePixelSize() * 1.9);
}

MapStyle MapStyle::workshopMode()
{
    MapStyle s = screen();
    s.workshop = true;
    s.fontPointSize = 14.0;
    s.cardWidth = 250;
    s.gap = 10;
    s.laneHeaderWidth = 210;
    s.stageHeaderHeight = 58;
    s.emotionRowHeight = 210;
    s.minRowHeight = 84;
    s.minCardHeight = 58;
    s.cardPadding = 11;
    s.cardRadius = 4;
    s.margin = 32;
    return s;
}

CardKind cardKindShownIn(LaneKind lane)
{
    return defaultCardKindFor(lane).value_or(CardKind::Note);
}

} // namespace ts::report
