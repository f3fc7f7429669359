// How a journey map looks: sizes, fonts and colours shared by the editor and every export.
#pragma once

#include "core/enums.h"

#include <QColor>
#include <QFont>
#include <QStringList>
#include <array>

namespace ts::report {

// Geometry is in scene units: logical pixels at 96 dpi (1 unit = 1 px on screen at 100 %).
// Fonts use pixel sizes so that a scaled painter (zoom, PNG at any dpi, PDF) scales text and
// boxes together: the same layout fits on every device.
struct MapStyle
{
    enum class FontRole { CardTitle, Badge, LaneHeader, StageHeader, MapTitle, Caption };

    struct KindColors
    {
        QColor fill; // the sticky note
        QColor accent; // its strip, lane marker and links
    };

    double fontPointSize = 9.0;
    bool workshop = false; // large type for projectors
    double cardWidth = 180;
    double gap = 8; // between cards, and inside a cell around them
    double laneHeaderWidth = 156;
    double stageHeaderHeight = 42;
    double emotionRowHeight = 150;
    double minRowHeight = 60; // an empty lane still offers room for a card
    double minCardHeight = 40;
    double cardPadding = 8;
    double cardRadius = 3;
    double lineSpacing = 1.12; // of the font height, in card titles
    double margin = 24; // around the map in exports
    // Off in PDF: a viewer cannot map a ligature glyph (fi, ti) back to its letters, so text
    // would not be found or copied as typed.
    bool ligatures = true;

    QStringList fontFamilies;
    QColor background;
    QColor gridLine;
    QColor laneHeaderFill;
    QColor laneHeaderText;
    QColor text;
    QColor mutedText;
    QColor selection;
    QColor asIsCurve;
    QColor toBeCurve;
    QColor linkLine;
    QColor positiveBand;
    QColor negativeBand;
    std::array<KindColors, 9> kinds; // indexed by CardKind
    // Survey figure badges by target status: none, off, near, on (see FigureStatus).
    std::array<KindColors, 4> figureStatus;

    const KindColors &colors(CardKind kind) const { return kinds[static_cast<int>(kind)]; }
    // The font for one role, sized from fontPointSize (pixel size, resolved family).
    QFont font(FontRole role) const;
    // fontPointSize in pixels at 96 dpi, the unit of the layout.
    double basePixelSize() const { return fontPointSize * 96.0 / 72.0; }
    // The room the layout keeps for survey figures: at the foot of the metrics lane for a
    // stage's, under a touchpoint card for the card's (both only where there are figures).
    double stageFiguresHeight() const;
    double cardFiguresHeight() const;

    static MapStyle screen();
    static MapStyle workshopMode();
};

// The card kind whose colours a lane shows (the emotion lane borrows the note colours).
CardKind cardKindShownIn(LaneKind lane);

} // namespace ts::report
