#include "report/tablepainter.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <memory>
#include <numeric>

namespace ts::report {
namespace {

constexpr double kPadX = 5;
constexpr double kPadY = 4.5;
constexpr double kDetailGap = 1.5;

// One line of a cell: the wrapped text it belongs to and its index there.
struct Piece
{
    std::shared_ptr<const TextLines> text;
    int line = 0;
    double height = 0;
    QColor chip;
};

struct CellLayout
{
    std::vector<Piece> pieces;
    double x = 0, width = 0;
    Qt::Alignment align = Qt::AlignLeft;
};

struct RowLayout
{
    std::vector<CellLayout> cells;
};

double piecesHeight(const std::vector<Piece> &pieces, std::size_t from, std::size_t to)
{
    double h = 0;
    for (std::size_t i = from; i < to; ++i)
        h += pieces[i].height;
    return h;
}

void paintPieces(QPainter &p, const CellLayout &cell, std::size_t from, std::size_t to, double top)
{
    double y = top;
    for (std::size_t i = from; i < to; ++i) {
        const Piece &piece = cell.pieces[i];
        const double inset = i > from && piece.line == 0 ? kDetailGap : 0;
        if (piece.chip.isValid()) {
            const double w
                = std::min(cell.width, textWidth(piece.text->lines[0], piece.text->font) + 9);
            const double x = cell.align & Qt::AlignRight ? cell.x + cell.width - w : cell.x;
            paintChip(p, QRectF(x, y + 1, w, piece.height - 2), piece.text->lines[0], piece.chip,
                      piece.text->font);
        } else {
            drawLines(p, *piece.text, QPointF(cell.x, y + inset), cell.width, cell.align,
                      piece.line, 1);
        }
        y += piece.height;
    }
}

} // namespace

void paintChip(QPainter &p, const QRectF &rect, const QString &text, const QColor &color,
               const QFont &font)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(rect, 2.5, 2.5);
    p.setPen(Qt::white);
    p.setFont(font);
    p.drawText(rect, Qt::AlignCenter, text);
    p.restore();
}

ReportTable::ReportTable(std::vector<TableColumn> columns, int fontSize)
    : m_columns(std::move(columns))
    , m_fontSize(fontSize)
{ }

void ReportTable::addRow(std::vector<TableCell> cells)
{
    cells.resize(m_columns.size());
    m_rows.push_back(std::move(cells));
}

struct ReportTable::Layout
{
    std::shared_ptr<RowLayout> header;
    double headerHeight = 0;
    std::vector<std::pair<std::shared_ptr<RowLayout>, double>> rows;
    double height = 0; // all of it on one page
};

ReportTable::Layout ReportTable::layOut(const ReportBuilder &b) const
{
    const ReportStyle &style = b.style();
    const QRectF body = b.body();
    const double total
        = std::accumulate(m_columns.begin(), m_columns.end(), 0.0,
                          [](double s, const TableColumn &c) { return s + c.weight; });
    std::vector<double> xs, widths;
    double x = body.left();
    for (const auto &c : m_columns) {
        const double w = body.width() * c.weight / total;
        xs.push_back(x + kPadX);
        widths.push_back(w - 2 * kPadX);
        x += w;
    }
    const QFont headFont = style.font(m_fontSize - 1, QFont::Bold);
    const QFont chipFont = style.font(m_fontSize - 2, QFont::Bold);
    const QFont detailFont = style.font(m_fontSize - 1);

    // The header row, painted again on every page the table reaches.
    Layout out;
    out.header = std::make_shared<RowLayout>();
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        auto text = std::make_shared<const TextLines>(
            wrapText(m_columns[c].title, headFont, widths[c], style.muted, 1.15));
        CellLayout cell {{}, xs[c], widths[c], m_columns[c].align};
        for (int i = 0; i < text->count(); ++i)
            cell.pieces.push_back({text, i, text->lineHeight, {}});
        out.headerHeight = std::max(out.headerHeight, text->height());
        out.header->cells.push_back(std::move(cell));
    }
    out.headerHeight += 2 * kPadY;
    out.height = out.headerHeight;
    auto layOutRow = [&](const std::vector<TableCell> &cells) {
        auto row = std::make_shared<RowLayout>();
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            const TableCell &cell = cells[c];
            CellLayout out {{}, xs[c], widths[c], m_columns[c].align};
            if (!cell.text.isEmpty()) {
                const bool chip
                    = cell.chip.isValid() && textWidth(cell.text, chipFont) + 9 <= widths[c];
                const QFont font = chip
                    ? chipFont
                    : style.font(m_fontSize, cell.bold ? QFont::Bold : QFont::Normal, cell.italic);
                const QColor color = cell.color.isValid() ? cell.color : style.ink;
                // Each line of the text is an item (a list): a little room between items.
                for (const auto &item : cell.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                    auto text = std::make_shared<const TextLines>(
                        wrapText(item, font, widths[c], chip ? Qt::white : color, 1.2));
                    for (int i = 0; i < text->count(); ++i)
                        out.pieces.push_back(
                            {text, i,
                             (chip ? text->lineHeight + 2 : text->lineHeight)
                                 + (i == 0 && !out.pieces.empty() ? kDetailGap : 0),
                             chip ? cell.chip : QColor()});
                }
            }
            if (!cell.detail.isEmpty()) {
                auto detail = std::make_shared<const TextLines>(
                    wrapText(cell.detail, detailFont, widths[c], style.muted, 1.2));
                for (int i = 0; i < detail->count(); ++i)
                    out.pieces.push_back(
                        {detail,
                         i,
                         detail->lineHeight + (i == 0 && !out.pieces.empty() ? kDetailGap : 0),
                         {}});
            }
            row->cells.push_back(std::move(out));
        }
        return row;
    };

    for (const auto &cells : m_rows) {
        auto row = layOutRow(cells);
        double rowHeight = 0;
        for (const auto &cell : row->cells)
            rowHeight = std::max(rowHeight, piecesHeight(cell.pieces, 0, cell.pieces.size()));
        rowHeight += 2 * kPadY;
        out.height += rowHeight;
        out.rows.emplace_back(std::move(row), rowHeight);
    }
    return out;
}

double ReportTable::height(const ReportBuilder &b) const
{
    return layOut(b).height;
}

void ReportTable::flow(ReportBuilder &b) const
{
    const ReportStyle &style = b.style();
    const QRectF body = b.body();
    const Layout layout = layOut(b);
    const auto &header = layout.header;
    const double headerHeight = layout.headerHeight;
    const double left = body.left(), width = body.width();
    auto placeHeader = [&] {
        const double top = b.y();
        b.paint([header, top, left, width, headerHeight, style](QPainter &p) {
            p.fillRect(QRectF(left, top, width, headerHeight), style.headerFill);
            p.setPen(QPen(style.accent, 1.0));
            p.drawLine(QPointF(left, top), QPointF(left + width, top));
            for (const auto &cell : header->cells)
                paintPieces(p, cell, 0, cell.pieces.size(), top + kPadY);
        });
        b.advance(headerHeight);
    };

    const double capacity = body.height() - headerHeight - 2 * kPadY;
    // A short table is not split: it moves to the next page whole.
    if (layout.height > b.remaining() && layout.height <= body.height() * 0.45)
        b.ensure(layout.height);
    b.ensure(headerHeight + 3 * kPadY + 24);
    placeHeader();
    for (const auto &[row, rowHeight] : layout.rows) {
        if (rowHeight > b.remaining() && rowHeight - 2 * kPadY <= capacity) {
            b.continuePage();
            placeHeader();
        }
        // Usually one segment; a row taller than a page goes on between lines.
        std::vector<std::size_t> next(row->cells.size(), 0);
        bool first = true;
        while (first || std::any_of(row->cells.begin(), row->cells.end(), [&](const CellLayout &c) {
                   return next[std::size_t(&c - row->cells.data())] < c.pieces.size();
               })) {
            const double available = b.remaining() - 2 * kPadY;
            std::vector<std::size_t> from = next;
            double segment = 0;
            bool progress = false;
            for (std::size_t c = 0; c < row->cells.size(); ++c) {
                const auto &pieces = row->cells[c].pieces;
                double h = 0;
                while (next[c] < pieces.size() && h + pieces[next[c]].height <= available + 0.01)
                    h += pieces[next[c]++].height;
                progress = progress || next[c] > from[c];
                segment = std::max(segment, h);
            }
            const bool done
                = std::all_of(row->cells.begin(), row->cells.end(), [&](const CellLayout &c) {
                      return next[std::size_t(&c - row->cells.data())] >= c.pieces.size();
                  });
            if (!progress && !done) { // not even one line fits here
                next = from;
                b.continuePage();
                placeHeader();
                continue;
            }
            const double top = b.y();
            const double height = segment + 2 * kPadY;
            b.paint([row, from, to = next, top, left, width, height, style](QPainter &p) {
                for (std::size_t c = 0; c < row->cells.size(); ++c)
                    paintPieces(p, row->cells[c], from[c], to[c], top + kPadY);
                p.setPen(QPen(style.rule, 0.5));
                p.drawLine(QPointF(left, top + height), QPointF(left + width, top + height));
            });
            b.advance(height);
            first = false;
            if (!done) {
                b.continuePage();
                placeHeader();
            }
        }
    }
    const double bottom = b.y();
    b.paint([left, width, bottom, style](QPainter &p) {
        p.setPen(QPen(style.accent, 0.8));
        p.drawLine(QPointF(left, bottom), QPointF(left + width, bottom));
    });
    b.advance(14);
}

} // namespace ts::report
