// A table for the PDF report: cells wrap (never cut), rows break across pages with the header
// row repeated on every page, and a row taller than a page is split between lines.
#pragma once

#include "report/reportpages.h"

#include <QColor>
#include <QString>
#include <vector>

namespace ts::report {

struct TableColumn
{
    QString title {};
    double weight = 1; // share of the table's width
    Qt::Alignment align = Qt::AlignLeft;
};

struct TableCell
{
    QString text {};
    QString detail {}; // a smaller, muted paragraph under the text
    bool bold = false;
    bool italic = false;
    QColor color {}; // of the text; invalid: ink
    QColor chip {}; // valid: the text is a short label on this colour (severity, status)
};

class ReportTable
{
public:
    explicit ReportTable(std::vector<TableColumn> columns, int fontSize = 8);

    void addRow(std::vector<TableCell> cells);
    bool empty() const { return m_rows.empty(); }
    std::size_t rowCount() const { return m_rows.size(); }

    // Flows the table into `b` from its cursor, over as many pages as it needs. A short table
    // (under half a page) that does not fit below the cursor moves to the next page whole.
    void flow(ReportBuilder &b) const;
    // Its height on one page of `b`'s current width (to keep a heading with it).
    double height(const ReportBuilder &b) const;

private:
    struct Layout;
    Layout layOut(const ReportBuilder &b) const;

    std::vector<TableColumn> m_columns;
    std::vector<std::vector<TableCell>> m_rows;
    int m_fontSize;
};

// A coloured label with white text (as the map's badges): the text is kept as text.
void paintChip(QPainter &p, const QRectF &rect, const QString &text, const QColor &color,
               const QFont &font);

} // namespace ts::report
