#include "app/metrics/importhistory.h"

#include "app/commands/surveycommands.h"
#include "app/metrics/metricsformat.h"
#include "app/workspacedocument.h"
#include "core/surveyscope.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace ts::app {
namespace {

QString localTime(const std::string &iso)
{
    const QDateTime time = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString::fromStdString(iso);
}

QTableWidgetItem *numberItem(int n)
{
    auto *item = new QTableWidgetItem(metricstext::count(std::size_t(std::max(n, 0))));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString mapsText(const Workspace &w, const SurveyImport &record)
{
    if (record.mapIds.empty())
        return QObject::tr("none");
    if (record.mapIds.size() > 1 && record.mapIds == allMapIds(w))
        return QObject::tr("all %1 maps").arg(record.mapIds.size());
    QStringList names;
    for (const Id id : record.mapIds)
        if (const auto *map = findById(w.maps, id))
            names << QString::fromStdString(map->name);
    return names.join(QStringLiteral(", "));
}

} // namespace

ImportHistory::ImportHistory(WorkspaceDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(new QTableWidget(0, 5, this))
    , m_undo(new QPushButton(tr("Undo this import"), this))
    , m_journey(new QComboBox(this))
{
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Imported"), tr("Rows"), tr("Rejected"), tr("Journey maps")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_undo->setToolTip(
        tr("Removes the responses of the selected import (Edit > Undo brings them back)"));

    auto *hint = new QLabel(
        tr("Each import is one edit: undoing it removes exactly its responses."), this);
    hint->setWordWrap(true);
    m_journey->setToolTip(tr("The journey map the selected survey describes: its figures appear "
                             "there only. Choosing another links its stage and touchpoint "
                             "names anew, by name (Edit > Undo takes it back)."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(new QLabel(tr("Describes:"), this));
    buttons->addWidget(m_journey);
    buttons->addWidget(m_undo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistory::updateButtons);
    connect(m_undo, &QPushButton::clicked, this, [this] { undoImport(selectedImport()); });
    connect(m_journey, &QComboBox::activated, this, &ImportHistory::journeyChosen);
    connect(&m_document, &WorkspaceDocument::workspaceReloaded, this, &ImportHistory::refresh);
    refresh();
}

void ImportHistory::refresh()
{
    const Id selected = selectedImport();
    auto imports = m_document.workspace().surveyImports;
    std::stable_sort(imports.begin(), imports.end(), [](const auto &a, const auto &b) {
        return a.importedAt > b.importedAt || (a.importedAt == b.importedAt && a.id > b.id);
    });
    m_table->setRowCount(int(imports.size()));
    for (int row = 0; row < int(imports.size()); ++row) {
        const auto &record = imports[std::size_t(row)];
        auto *file = new QTableWidgetItem(QString::fromStdString(record.fileName));
        file->setData(Qt::UserRole, qlonglong(record.id));
        m_table->setItem(row, 0, file);
        m_table->setItem(row, 1, new QTableWidgetItem(localTime(record.importedAt)));
        m_table->setItem(row, 2, numberItem(record.rows));
        m_table->setItem(row, 3, numberItem(record.rejected));
        m_table->setItem(row, 4, new QTableWidgetItem(mapsText(m_document.workspace(), record)));
    }
    m_table->resizeColumnToContents(1);
    selectImport(selected);
    updateButtons();
}

Id ImportHistory::selectedImport() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_table->item(rows.front().row(), 0)->data(Qt::UserRole).toLongLong();
}

void ImportHistory::selectImport(Id importId)
{
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == importId)
            m_table->selectRow(row);
}

bool ImportHistory::undoImport(Id importId)
{
    const auto *record = findById(m_document.workspace().surveyImports, importId);
    if (!record)
        return false;
    return m_document.execute(new RemoveSurveyImportCommand(m_document, *record));
}

void ImportHistory::updateButtons()
{
    m_undo->setEnabled(selectedImport() != 0 && !m_document.isReadOnly());
    fillJourneys();
}

// The maps to choose from, showing the selected import's.
void ImportHistory::fillJourneys()
{
    const auto &w = m_document.workspace();
    const auto *record = findById(w.surveyImports, selectedImport());
    m_journey->clear();
    m_journey->setEnabled(record && !m_document.isReadOnly());
    if (!record)
        return;
    for (const auto &map : w.maps)
        m_journey->addItem(QString::fromStdString(map.name), qlonglong(map.id));
    if (w.maps.size() > 1)
        m_journey->addItem(tr("All journey maps"), kAllMaps);
    m_journey->addItem(tr("No map (overall figures only)"), kNoMap);
    qlonglong current = kNoMap;
    if (record->mapIds.size() == 1)
        current = record->mapIds.front();
    else if (record->mapIds.size() > 1 && record->mapIds == allMapIds(w))
        current = kAllMaps;
    else if (record->mapIds.size() > 1) {
        m_journey->addItem(mapsText(w, *record), kSomeMaps);
        current = kSomeMaps;
    }
    m_journey->setCurrentIndex(m_journey->findData(current));
}

void ImportHistory::journeyChosen()
{
    const auto &w = m_document.workspace();
    const auto *record = findById(w.surveyImports, selectedImport());
    const qlonglong chosen = m_journey->currentData().toLongLong();
    if (!record || chosen == kSomeMaps)
        return;
    const std::vector<Id> maps = chosen == kAllMaps ? allMapIds(w)
        : chosen == kNoMap                          ? std::vector<Id> {}
                                                    : std::vector<Id> {Id(chosen)};
    if (maps == record->mapIds)
        return;
    const Id id = record->id;
    m_document.execute(new ScopeSurveyImportCommand(m_document, *record, maps));
    selectImport(id);
}

} // namespace ts::app
