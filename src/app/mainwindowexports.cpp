// MainWindow: File > Export — the current map as PNG or SVG, and CSV tables.
#include "app/exportfile.h"
#include "app/mainwindow.h"
#include "app/mapeditor/mapeditor.h"
#include "app/mapeditor/mapscene.h"
#include "app/reportexportdialog.h"
#include "app/workspacedocument.h"
#include "report/csvexport.h"
#include "report/maprender.h"

#include <QBuffer>
#include <QImage>
#include <QInputDialog>
#include <QMenu>
#include <QStatusBar>

namespace ts::app {

bool MainWindow::exportCurrentMap(const QString &path, double dpi)
{
    auto *editor = currentMapEditor();
    if (!m_document || !editor)
        return false;
    const auto &w = m_document->workspace();
    // With the survey figures the editor shows, so the file looks like the screen.
    const auto &figures = editor->scene()->figures();
    const auto style = report::MapStyle::screen();
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        bytes = report::renderMapSvgData(w, editor->mapId(), style, figures);
    } else {
        const QImage image = report::renderMapImage(w, editor->mapId(), dpi, style, figures);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !image.save(&buffer, "PNG")) {
            showError(tr("%1: the map is too large for a PNG at %2 dpi; choose fewer dpi or SVG")
                          .arg(path)
                          .arg(dpi));
            return false;
        }
    }
    const QString error = writeExportFile(path, bytes);
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
    return true;
}

bool MainWindow::exportCsv(const QString &path, CsvTable table)
{
    if (!m_document)
        return false;
    const auto &w = m_document->workspace();
    const std::string text = table == CsvTable::Touchpoints ? report::touchpointsCsv(w)
        : table == CsvTable::PainPoints                     ? report::painPointsCsv(w)
                                                            : report::initiativesCsv(w);
    const QString error = writeExportFile(path, QByteArray::fromStdString(text));
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
    return true;
}

void MainWindow::createExportActions(QMenu *exportMenu)
{
    auto *pdf = makeAction(QStringLiteral("fileExportReport"), tr("Strategy &report (PDF)…"));
    connect(pdf, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        ReportExportDialog dialog(*m_document, this);
        dialog.exec();
    });
    exportMenu->addAction(pdf);
    exportMenu->addSeparator();
    auto mapExport = [this](bool svg) {
        auto *editor = currentMapEditor();
        if (!editor)
            return;
        const QString path
            = chooseExportFile(this, svg ? tr("Export map as SVG") : tr("Export map as PNG"),
                               tr("journey-map"), svg ? tr("SVG (*.svg)") : tr("PNG (*.png)"),
                               svg ? QStringLiteral("svg") : QStringLiteral("png"));
        if (path.isEmpty())
            return;
        bool ok = true;
        const int dpi = svg ? 96
                            : QInputDialog::getInt(this, tr("Export map as PNG"),
                                                   tr("Resolution (dpi):"), 144, 48, 600, 24, &ok);
        if (ok)
            exportCurrentMap(path, dpi);
    };
    auto *png = makeAction(QStringLiteral("fileExportMapPng"), tr("Current map as &PNG…"));
    connect(png, &QAction::triggered, this, [mapExport] { mapExport(false); });
    auto *svg = makeAction(QStringLiteral("fileExportMapSvg"), tr("Current map as &SVG…"));
    connect(svg, &QAction::triggered, this, [mapExport] { mapExport(true); });
    exportMenu->addActions({png, svg});
    exportMenu->addSeparator();
    const std::pair<CsvTable, QString> tables[]
        = {{CsvTable::Touchpoints, tr("Touchpoints as CSV…")},
           {CsvTable::PainPoints, tr("Pain points as CSV…")},
           {CsvTable::Initiatives, tr("Initiatives as CSV…")}};
    const char *names[]
        = {"fileExportTouchpoints", "fileExportPainPoints", "fileExportInitiatives"};
    const QString files[] = {tr("touchpoints"), tr("pain-points"), tr("initiatives")};
    for (int i = 0; i < 3; ++i) {
        auto *a = makeAction(QLatin1String(names[i]), tables[i].second);
        connect(a, &QAction::triggered, this, [this, table = tables[i].first, file = files[i]] {
            const QString path = chooseExportFile(this, tr("Export CSV"), file, tr("CSV (*.csv)"),
                                                  QStringLiteral("csv"));
            if (!path.isEmpty())
                exportCsv(path, table);
        });
        exportMenu->addAction(a);
    }
}

} // namespace ts::app
