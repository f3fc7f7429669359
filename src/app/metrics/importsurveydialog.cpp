#include "app/metrics/importsurveydialog.h"

#include "app/commands/surveycommands.h"
#include "app/metrics/surveypreview.h"
#include "app/workspacedocument.h"
#include "core/earlierimport.h"
#include "core/error.h"
#include "core/quarter.h"
#include "core/surveyscope.h"
#include "metrics/surveyfield.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace ts::app {
namespace {

constexpr int kPreviewRows = 5;

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString joined(const std::vector<std::string> &items)
{
    QStringList out;
    for (const auto &item : items)
        out << QStringLiteral("\"%1\"").arg(q(item));
    return out.join(QStringLiteral(", "));
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString fieldLabel(metrics::Field field)
{
    const QString name = q(std::string(metrics::fieldName(field)));
    switch (field) {
    case metrics::Field::Nps:
        return QObject::tr("%1 (0-10)").arg(name);
    case metrics::Field::Csat:
        return QObject::tr("%1 (1-5)").arg(name);
    case metrics::Field::Ces:
        return QObject::tr("%1 (1-7)").arg(name);
    default:
        return name;
    }
}

QString formatText(metrics::Format format)
{
    switch (format) {
    case metrics::Format::Qualtrics:
        return QObject::tr("Qualtrics export");
    case metrics::Format::SurveyMonkey:
        return QObject::tr("SurveyMonkey export");
    default:
        return QObject::tr("Plain CSV with one header row");
    }
}

QString delimiterText(char delimiter)
{
    if (delimiter == ';')
        return QObject::tr("semicolon-separated");
    if (delimiter == '\t')
        return QObject::tr("tab-separated");
    return QObject::tr("comma-separated");
}

QString orderText(metrics::DateOrder order)
{
    switch (order) {
    case metrics::DateOrder::Dmy:
        return QObject::tr("day first (dmy)");
    case metrics::DateOrder::Mdy:
        return QObject::tr("month first (mdy)");
    default:
        return QObject::tr("year first (ymd)");
    }
}

// "Left out by Qualtrics' filters: 2 survey previews, 1 unfinished response."
QString filteredText(const metrics::FilteredRows &filtered)
{
    QStringList parts;
    if (filtered.preview)
        parts << QObject::tr("%n survey preview(s)", nullptr, int(filtered.preview));
    if (filtered.test)
        parts << QObject::tr("%n survey test(s)", nullptr, int(filtered.test));
    if (filtered.spam)
        parts << QObject::tr("%n spam response(s)", nullptr, int(filtered.spam));
    if (filtered.unfinished)
        parts << QObject::tr("%n unfinished response(s)", nullptr, int(filtered.unfinished));
    return QObject::tr("Left out by Qualtrics' filters (not bad rows): %1.")
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace

ImportSurveyDialog::ImportSurveyDialog(WorkspaceDocument &document, Id preferredMap,
                                       QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_journey(new QComboBox(this))
    , m_scope(plainLabel(this))
    , m_dateOrder(new QComboBox(this))
    , m_dateNote(plainLabel(this))
    , m_mapping(new QTableWidget(this))
    , m_summary(plainLabel(this))
    , m_unknown(plainLabel(this))
    , m_error(plainLabel(this))
    , m_badRows(new QTableWidget(0, 3, this))
    , m_agree(new QCheckBox(this))
    , m_earlier(plainLabel(this))
    , m_again(new QCheckBox(tr("Import it again (its answers would count twice)"), this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import survey"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("Choose a CSV export of survey responses"));
    auto *choose = new QPushButton(tr("Choose..."), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    m_format->addItem(tr("Detect automatically"), QStringLiteral("auto"));
    m_format->addItem(tr("Plain CSV with one header row"), QStringLiteral("generic"));
    m_format->addItem(tr("Qualtrics export (three header rows)"), QStringLiteral("qualtrics"));
    m_format->addItem(tr("SurveyMonkey export (two header rows)"), QStringLiteral("surveymonkey"));
    m_dateOrder->addItem(tr("Automatic, from the values"), QString());
    m_dateOrder->addItem(tr("Day first (dmy: 14/03/2024)"), QStringLiteral("dmy"));
    m_dateOrder->addItem(tr("Month first (mdy: 03/14/2024)"), QStringLiteral("mdy"));
    m_dateOrder->addItem(tr("Year first (ymd: 2024-03-14)"), QStringLiteral("ymd"));
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateOrder);
    dateRow->addWidget(m_dateNote, 1);
    // Which map the survey describes: its figures appear on that map only. Proposed when there
    // is one map, or the panel shows one; otherwise the user must choose before importing.
    const auto &maps = m_document.workspace().maps;
    if (maps.empty()) {
        m_journey->addItem(tr("No journey map yet (overall figures only)"), kAllMaps);
    } else {
        if (maps.size() > 1)
            m_journey->addItem(tr("Choose the journey map the survey describes..."), kNoMapChosen);
        for (const auto &map : maps)
            m_journey->addItem(q(map.name), qlonglong(map.id));
        if (maps.size() > 1)
            m_journey->addItem(tr("All journey maps (by stage and touchpoint names)"), kAllMaps);
        if (const int at = m_journey->findData(qlonglong(preferredMap)); preferredMap && at >= 0)
            m_journey->setCurrentIndex(at);
    }
    auto *journeyRow = new QHBoxLayout;
    journeyRow->addWidget(m_journey);
    journeyRow->addWidget(m_scope, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Survey export:"), fileRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Journey map:"), journeyRow);
    form->addRow(tr("Date order:"), dateRow);

    m_mapping->verticalHeader()->setVisible(false);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->setWordWrap(false);
    m_mapping->setTextElideMode(Qt::ElideRight);
    m_badRows->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_badRows->verticalHeader()->setVisible(false);
    m_badRows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_badRows->horizontalHeader()->setStretchLastSection(true);
    m_badRows->setMaximumHeight(150);
    m_error->setStyleSheet(QStringLiteral("color: #B03A2E;"));
    m_error->hide();
    m_agree->hide();
    m_earlier->setStyleSheet(QStringLiteral("color: #B03A2E;"));
    m_earlier->hide();
    m_again->hide();
    m_busy->setRange(0, 0); // busy: the importer reports no progress, and reads fast enough
    m_busy->setTextVisible(false);
    m_busy->hide();
    importButton()->setText(tr("Import"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *mappingTitle = plainLabel(this);
    mappingTitle->setText(tr("What each column is imported as (pre-filled from the column names "
                             "and the first rows' values; "
                             "change any), beside the first rows of the file:"));
    layout->addWidget(mappingTitle);
    layout->addWidget(m_mapping, 2);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(m_unknown);
    layout->addWidget(m_badRows, 1);
    layout->addWidget(m_agree);
    layout->addWidget(m_earlier);
    layout->addWidget(m_again);
    layout->addWidget(m_buttons);
    resize(980, 700);

    connect(choose, &QPushButton::clicked, this, &ImportSurveyDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportSurveyDialog::reread);
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, [this] {
        if (m_columns > 0) // a file has been read
            analyse();
    });
    connect(m_agree, &QCheckBox::toggled, this, &ImportSurveyDialog::updateButtons);
    connect(m_again, &QCheckBox::toggled, this, &ImportSurveyDialog::updateButtons);
    connect(m_journey, &QComboBox::currentIndexChanged, this, [this] {
        showScope();
        updateButtons();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportSurveyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportSurveyDialog::reject);
    updateButtons();
}

ImportSurveyDialog::~ImportSurveyDialog() = default;

QPushButton *ImportSurveyDialog::importButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ImportSurveyDialog::filePath() const
{
    return m_path->text();
}

void ImportSurveyDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
    reread();
}

void ImportSurveyDialog::chooseFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import survey"), QFileInfo(filePath()).path(),
                                       tr("Survey exports (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

QComboBox *ImportSurveyDialog::fieldBox(int column) const
{
    return qobject_cast<QComboBox *>(m_mapping->cellWidget(column, ImportedAs));
}

void ImportSurveyDialog::reread()
{
    m_result.reset();
    m_columns = 0;
    m_automatic.clear();
    m_inGroup.clear();
    m_questions.clear();
    m_mapping->clear();
    m_mapping->setRowCount(0);
    m_mapping->setColumnCount(0);
    if (filePath().isEmpty())
        return updateButtons();
    metrics::SurveyLayout layout;
    metrics::ColumnMapping mapping;
    std::vector<PreviewRecord> records;
    try {
        // The header and as many rows as the importer samples to map by values.
        records = readPreview(filePath().toStdString(), 3 + metrics::kSampledRecords, 8 << 20);
        if (records.empty())
            throw Error(ErrorKind::BadInput, filePath().toStdString() + ": the file is empty");
        std::vector<std::vector<std::string>> head;
        for (std::size_t i = 0; i < records.size() && i < 3; ++i)
            head.push_back(records[i].fields);
        const auto format
            = metrics::formatFromName(m_format->currentData().toString().toStdString());
        layout = metrics::SurveyLayout::detect(head, format.value_or(metrics::Format::Auto));
        std::vector<metrics::ColumnValues> values(layout.columns.size());
        for (std::size_t r = layout.headerRows; r < records.size(); ++r)
            for (std::size_t c = 0; c < values.size(); ++c)
                values[c].add(c < records[r].fields.size() ? records[r].fields[c] : std::string(),
                              layout.columns[c]);
        mapping = metrics::mapColumns(layout, {}, values);
    } catch (const std::exception &e) {
        showError(QString::fromUtf8(e.what()));
        m_dateNote->clear();
        m_summary->clear();
        m_unknown->clear();
        m_badRows->setRowCount(0);
        return updateButtons();
    }

    m_filling = true;
    m_columns = int(layout.columns.size());
    const std::size_t first = std::min(layout.headerRows, records.size());
    const int previews = int(std::min<std::size_t>(kPreviewRows, records.size() - first));
    m_mapping->setColumnCount(FirstPreview + previews);
    m_mapping->setRowCount(m_columns);
    QStringList headers {tr("Column"), tr("Imported as"), tr("Why")};
    for (int p = 0; p < previews; ++p)
        headers << tr("Line %1").arg(records[first + std::size_t(p)].line);
    m_mapping->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < m_columns; ++c) {
        const auto &column = layout.columns[std::size_t(c)];
        QString name = q(column.name);
        if (!column.question.empty() && column.question != column.name)
            name += QStringLiteral(": ") + q(column.question);
        m_mapping->setItem(c, ColumnName, new QTableWidgetItem(name));
        auto *box = new QComboBox(m_mapping);
        box->addItem(tr("(not imported)"), QString());
        for (auto field : metrics::kAllFields)
            box->addItem(fieldLabel(field), q(std::string(metrics::fieldName(field))));
        if (const auto &field = mapping.fields[std::size_t(c)])
            box->setCurrentIndex(box->findData(q(std::string(metrics::fieldName(*field)))));
        connect(box, &QComboBox::currentIndexChanged, this, [this, c] { fieldChosen(c); });
        m_mapping->setCellWidget(c, ImportedAs, box);
        const QString why
            = c < int(mapping.reasons.size()) ? q(mapping.reasons[std::size_t(c)]) : QString();
        auto *reason = new QTableWidgetItem(why);
        reason->setToolTip(why);
        m_mapping->setItem(c, Why, reason);
        for (int p = 0; p < previews; ++p) {
            const auto &fields = records[first + std::size_t(p)].fields;
            QString value = std::size_t(c) < fields.size() ? q(fields[std::size_t(c)]) : QString();
            value.replace(QLatin1Char('\n'), QLatin1Char(' '));
            m_mapping->setItem(c, FirstPreview + p, new QTableWidgetItem(value));
        }
    }
    m_mapping->resizeColumnsToContents();
    m_mapping->setColumnWidth(ColumnName, std::min(m_mapping->columnWidth(ColumnName), 300));
    m_mapping->setColumnWidth(Why, std::min(m_mapping->columnWidth(Why), 260));
    for (int p = 0; p < previews; ++p)
        m_mapping->setColumnWidth(FirstPreview + p,
                                  std::min(m_mapping->columnWidth(FirstPreview + p), 170));
    m_automatic = mapping.fields;
    m_inGroup.assign(mapping.fields.size(), 0);
    for (const auto &group : mapping.groups)
        for (const std::size_t c : group.columns)
            if (c < m_inGroup.size())
                m_inGroup[c] = 1;
    m_questions = mapping.questions;
    for (const auto &question : m_questions) // marked until the user chooses
        for (const std::size_t c : question.columns)
            for (int column : {int(ColumnName), int(Why)})
                if (auto *item = m_mapping->item(int(c), column))
                    item->setBackground(QColor(0xFB, 0xE3, 0xB0));
    m_filling = false;
    analyse();
}

// Each field comes from one column: choosing it for a column takes it from any other.
void ImportSurveyDialog::fieldChosen(int column)
{
    if (m_filling)
        return;
    const QString field = fieldBox(column)->currentData().toString();
    // The user has chosen for this column: the question it was in is answered.
    std::erase_if(m_questions, [column](const metrics::MappingQuestion &question) {
        return std::find(question.columns.begin(), question.columns.end(), std::size_t(column))
            != question.columns.end();
    });
    m_filling = true;
    for (int c = 0; c < m_columns; ++c)
        if (c != column && !field.isEmpty() && fieldBox(c)->currentData().toString() == field)
            fieldBox(c)->setCurrentIndex(0);
    m_filling = false;
    analyse();
}

metrics::ImportOptions ImportSurveyDialog::options() const
{
    metrics::ImportOptions options;
    options.format = metrics::formatFromName(m_format->currentData().toString().toStdString())
                         .value_or(metrics::Format::Auto);
    // The lists as they stand, so the importer reads exactly what they show; but not while a
    // question is open (the importer then asks it again, and nothing can be imported until the
    // user chooses), and not for the columns of a multi-select group left as they were (the
    // importer maps a group as one field; per column it could not).
    for (int c = 0; c < m_columns && m_questions.empty(); ++c) {
        const QString field = fieldBox(c)->currentData().toString();
        const auto index = std::size_t(c);
        const auto automatic = index < m_automatic.size() ? m_automatic[index] : std::nullopt;
        if (index < m_inGroup.size() && m_inGroup[index] && automatic
            && field == q(std::string(metrics::fieldName(*automatic))))
            continue;
        options.overrides.push_back(QStringLiteral("#%1=%2")
                                        .arg(c + 1)
                                        .arg(field.isEmpty() ? QStringLiteral("ignore") : field)
                                        .toStdString());
    }
    options.dateOrder
        = metrics::dateOrderFromName(m_dateOrder->currentData().toString().toStdString());
    return options;
}

std::vector<Id> ImportSurveyDialog::chosenMaps() const
{
    const qlonglong chosen = m_journey->currentData().toLongLong();
    if (chosen == kAllMaps)
        return allMapIds(m_document.workspace());
    if (chosen == kNoMapChosen)
        return {};
    return {Id(chosen)};
}

SurveyImport ImportSurveyDialog::scopedRecord() const
{
    SurveyImport record;
    if (!m_result)
        return record;
    linkSurveyImport(record, m_document.workspace(), chosenMaps(), m_result->table.stages.values(),
                     m_result->table.touchpoints.values());
    record.contentHash = m_result->contentHash;
    record.responseIds = m_responseIds;
    return record;
}

// A survey imported before is not imported again unless the user says so. Decided once per
// reading of the file (sampling a million response ids sorts them), not on every click.
void ImportSurveyDialog::showEarlier()
{
    m_again->setChecked(false);
    m_responseIds = m_result ? sampleResponseIds(m_result->responseIdHashes) : ResponseIdSample {};
    const auto earlier = m_result ? findEarlierImport(m_document.workspace().surveyImports,
                                                      scopedRecord(), m_result->table.size())
                                  : std::nullopt;
    m_importedBefore = bool(earlier);
    m_earlier->setVisible(bool(earlier));
    m_again->setVisible(bool(earlier));
    if (earlier)
        m_earlier->setText(
            tr("This survey was imported before: %1. Importing it again would count its answers "
               "twice.")
                .arg(q(describeEarlierImport(*earlier, m_result->table.size(),
                                             m_result->responseIdColumn))));
}

// Beside the choice: the stages and touchpoints of the survey that match nothing on that map.
void ImportSurveyDialog::showScope()
{
    m_unknown->setText(m_unknown->property("notes").toString());
    if (!m_result || m_journey->currentData().toLongLong() == kNoMapChosen
        || m_document.workspace().maps.empty()) {
        m_scope->clear();
        return;
    }
    const auto record = scopedRecord();
    const auto stages = unlinkedStageNames(record, m_result->table.stages.values());
    const auto touchpoints = unlinkedTouchpointNames(record, m_result->table.touchpoints.values());
    const QString where = record.mapIds.size() == 1 ? tr("this map") : tr("any map");
    m_scope->setText(tr("%1 of %2 stage names and %3 of %4 touchpoint names match %5.")
                         .arg(m_result->table.stages.size() - stages.size())
                         .arg(m_result->table.stages.size())
                         .arg(m_result->table.touchpoints.size() - touchpoints.size())
                         .arg(m_result->table.touchpoints.size())
                         .arg(where));
    QStringList notes {m_unknown->text()};
    if (!stages.empty())
        notes << tr("Stages that match no stage of %1 (kept on the responses, on no stage): %2.")
                     .arg(where, joined(stages));
    if (!touchpoints.empty())
        notes << tr("Touchpoints that match no touchpoint of %1 (kept, on no card): %2.")
                     .arg(where, joined(touchpoints));
    notes.removeAll(QString());
    m_unknown->setText(notes.join(QLatin1Char('\n')));
}

void ImportSurveyDialog::analyse()
{
    m_result.reset();
    m_error->hide();
    if (QFileInfo(filePath()).size() >= m_backgroundBytes) {
        m_summary->setText(tr("Reading %1...").arg(QFileInfo(filePath()).fileName()));
        m_unknown->clear();
        m_badRows->setRowCount(0);
        m_agree->hide();
        m_busy->show();
        updateButtons();
        m_reader.start(options(), filePath().toStdString(),
                       [this](std::optional<metrics::ImportResult> result, QString error) {
                           analysed(std::move(result), error);
                       });
        return;
    }
    std::optional<metrics::ImportResult> result;
    QString error;
    try {
        result = metrics::SurveyImporter(options()).importFile(filePath().toStdString());
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
    }
    analysed(std::move(result), error);
}

void ImportSurveyDialog::analysed(std::optional<metrics::ImportResult> result, const QString &error)
{
    m_busy->hide();
    m_result = std::move(result);
    if (!error.isEmpty())
        showError(m_questions.empty() ? error
                                      : error + QLatin1Char('\n')
                          + tr("Choose the field of the marked columns in the list below."));
    showDateOrder(error);
    showSummary();
    m_agree->setChecked(false);
    showEarlier();
    updateButtons();
}

void ImportSurveyDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

// What was decided for the date column, and why; or, when the values leave it open, that the
// user must choose.
void ImportSurveyDialog::showDateOrder(const QString &error)
{
    if (!m_result || !m_result->dateOrder) {
        m_dateNote->setText(error.contains(QStringLiteral("--date-order"))
                                ? tr("Choose the order of day and month: the file does not say.")
                                : QString());
        return;
    }
    const auto &choice = *m_result->dateOrder;
    const QString column = q(choice.column);
    switch (choice.basis) {
    case metrics::DateOrderBasis::YearFirst:
        m_dateNote->setText(tr("\"%1\" is written year first: nothing to decide.").arg(column));
        break;
    case metrics::DateOrderBasis::Values:
        m_dateNote->setText(tr("\"%1\": %2, decided from the values (line %3: %4).")
                                .arg(column, orderText(choice.order))
                                .arg(choice.exampleLine)
                                .arg(q(choice.exampleText)));
        break;
    default:
        m_dateNote->setText(tr("\"%1\": %2, as chosen (every date could be either).")
                                .arg(column, orderText(choice.order)));
        break;
    }
}

void ImportSurveyDialog::showSummary()
{
    m_badRows->setRowCount(0);
    m_agree->hide();
    if (!m_result) {
        m_summary->clear();
        m_unknown->clear();
        m_scope->clear();
        return;
    }
    const auto &r = *m_result;
    const int good = int(r.table.size()), bad = int(r.badRowCount);
    QString summary
        = tr("%1, %2 columns, %3 (%4).")
              .arg(formatText(r.layout.format))
              .arg(r.layout.columns.size())
              .arg(delimiterText(r.delimiter), q(std::string(metrics::encodingName(r.encoding))));
    summary += QLatin1Char(' ')
        + (good == 1 ? tr("1 row can be imported.") : tr("%1 rows can be imported.").arg(good));
    if (bad > 0)
        summary += QLatin1Char(' ')
            + (bad == 1
                   ? tr("1 row has a value that cannot be read and would be left out:")
                   : tr("%1 rows have values that cannot be read and would be left out:").arg(bad));
    if (r.filtered.total() > 0)
        summary += QLatin1Char(' ') + filteredText(r.filtered);
    if (r.emptyRows > 0)
        summary += QLatin1Char(' ')
            + (r.emptyRows == 1 ? tr("1 empty row skipped.")
                                : tr("%1 empty rows skipped.").arg(r.emptyRows));
    m_summary->setText(summary);

    QStringList notes;
    if (!r.unmappedColumns.empty())
        notes << tr("Columns not imported: %1.").arg(joined(r.unmappedColumns));
    m_unknown->setProperty("notes", notes.join(QLatin1Char('\n')));
    showScope();

    m_badRows->setRowCount(int(r.badRows.size()) + (r.badRowCount > r.badRows.size() ? 1 : 0));
    for (std::size_t i = 0; i < r.badRows.size(); ++i) {
        const auto &row = r.badRows[i];
        auto *line = new QTableWidgetItem(QString::number(row.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_badRows->setItem(int(i), 0, line);
        m_badRows->setItem(int(i), 1, new QTableWidgetItem(q(row.column)));
        m_badRows->setItem(int(i), 2, new QTableWidgetItem(q(row.message)));
    }
    if (r.badRowCount > r.badRows.size())
        m_badRows->setItem(int(r.badRows.size()), 2,
                           new QTableWidgetItem(tr("... and %1 more rows that cannot be read")
                                                    .arg(r.badRowCount - r.badRows.size())));
    m_badRows->resizeColumnToContents(0);
    m_badRows->resizeColumnToContents(1);
    if (bad > 0 && good > 0) {
        m_agree->setText(
            (bad == 1
                 ? tr("Leave out the bad row and import the %1 good ones").arg(good)
                 : tr("Leave out the %1 bad rows and import the %2 good ones").arg(bad).arg(good)));
        m_agree->show();
    }
}

void ImportSurveyDialog::updateButtons()
{
    // The list of bad rows takes room only when there is one; the preview gets it otherwise.
    m_badRows->setHidden(m_badRows->rowCount() == 0);
    const bool ready = !m_reader.running() && m_result && m_result->table.size() > 0
        && (m_result->badRowCount == 0 || m_agree->isChecked())
        && m_journey->currentData().toLongLong() != kNoMapChosen
        && (m_again->isChecked() || !m_importedBefore);
    importButton()->setEnabled(ready);
}

void ImportSurveyDialog::accept()
{
    updateButtons();
    if (!importButton()->isEnabled())
        return;
    SurveyImport record = scopedRecord();
    record.fileName = QFileInfo(filePath()).fileName().toStdString();
    record.importedAt = nowIso();
    record.rows = int(m_result->table.size());
    record.rejected = int(m_result->badRowCount);
    auto *command = new ImportSurveyCommand(m_document, record, std::move(m_result->table));
    m_result.reset();
    // Storing a large import holds this thread (about 1.2 s for a million rows): say so.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const std::unique_ptr<void, void (*)(void *)> restoreCursor(
        this, [](void *) { QGuiApplication::restoreOverrideCursor(); });
    const bool done = m_document.execute(command);
    if (!done) { // reported; the file is as it was
        analyse();
        return;
    }
    m_importedId = command->importId();
    QDialog::accept();
}

} // namespace ts::app
