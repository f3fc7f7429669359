#include "metrics/surveyimporter.h"

#include "core/error.h"
#include "metrics/contenthash.h"
#include "metrics/csvreader.h"
#include "metrics/rowconverter.h"
#include "metrics/textutil.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>

namespace ts::metrics {

namespace {

std::string readBytes(const std::string &path)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(status))
        fail(ErrorKind::BadInput, path + ": is a folder, not a CSV file");
    // A pipe or a device would block the open (and the workspace's write lock) until someone
    // writes to it, and has no size to read: only regular files are read.
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        fail(ErrorKind::BadInput,
             path
                 + ": is not a regular file (a pipe, device or socket); save the export as a "
                   "file first");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(ErrorKind::BadInput, path + ": cannot open: " + std::strerror(errno));
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    std::string bytes(size > 0 ? std::size_t(size) : 0, '\0');
    if (size < 0 || !in.read(bytes.data(), size))
        fail(ErrorKind::BadInput, path + ": cannot read: " + std::strerror(errno));
    return bytes;
}

bool allEmpty(const std::vector<std::string_view> &fields)
{
    return std::all_of(fields.begin(), fields.end(),
                       [](std::string_view field) { return trim(field).empty(); });
}

std::vector<std::string> copyFields(const CsvRow &row)
{
    return {row.fields.begin(), row.fields.end()};
}

std::string joinNames(const std::vector<std::string> &names)
{
    constexpr std::size_t kShown = 10;
    std::string joined;
    for (std::size_t i = 0; i < names.size() && i < kShown; ++i)
        joined += (i ? ", " : "") + names[i];
    return names.size() > kShown ? joined + ", ..." : joined;
}

// Feeds data rows to the converter and files each as a good record or a bad row.
class RowSink
{
public:
    RowSink(ImportResult &result, const ImportOptions &options,
            std::optional<std::size_t> responseIdColumn)
        : m_result(result)
        , m_options(options)
        , m_converter(result.layout, result.mapping)
        , m_filter(result.layout)
        , m_responseId(responseIdColumn)
    {
        m_result.severalAnswers.clear();
        for (const ColumnGroup &group : result.mapping.groups)
            m_result.severalAnswers.push_back({group.field, group.question, 0});
    }

    bool hasTargets() const { return m_converter.hasTargets(); }

    // Bit i of [field]: scoreLabels(nps, csat, ces)[i] was read.
    using LabelMasks = std::array<std::uint64_t, 3>;
    const LabelMasks &labelMasks() const { return m_labels; }
    void addLabelMasks(const LabelMasks &other)
    {
        for (std::size_t i = 0; i < m_labels.size(); ++i)
            m_labels[i] |= other[i];
    }

    void add(const CsvRow &row)
    {
        if (!row.error.empty()) {
            reject(row.line, {{}, std::string(row.error)});
            return;
        }
        if (allEmpty(row.fields)) {
            ++m_result.emptyRows;
            return;
        }
        const auto verdict = m_filter.judge(row.fields, m_problem.column, m_problem.message);
        if (verdict == ResponseFilter::Verdict::Bad) {
            reject(row.line, m_problem);
            return;
        }
        if (!ResponseFilter::count(verdict, m_result.filtered))
            return;
        m_record.line = static_cast<std::uint32_t>(row.line);
        if (!m_converter.convert(row.fields, m_record, m_problem, &m_notes)) {
            reject(row.line, m_problem);
            return;
        }
        m_result.table.append(m_record);
        if (m_responseId)
            m_result.responseIdHashes.push_back(hashBytes(trim(row.fields[*m_responseId])));
        if (m_notes.severalAnswers) [[unlikely]] {
            for (std::size_t g = 0; g < m_result.severalAnswers.size(); ++g)
                m_result.severalAnswers[g].responses += (m_notes.severalAnswers >> g) & 1u;
        }
        const int *labels = m_notes.scoreLabels;
        if (std::max({labels[0], labels[1], labels[2]}) >= 0) [[unlikely]] {
            for (std::size_t i = 0; i < 3; ++i) {
                if (labels[i] >= 0 && labels[i] < 64)
                    m_labels[i] |= std::uint64_t(1) << labels[i];
            }
        }
    }

private:
    void reject(std::size_t line, const RowProblem &problem)
    {
        ++m_result.badRowCount;
        if (m_result.badRows.size() < m_options.maxBadRowsListed)
            m_result.badRows.push_back({line, problem.column, problem.message});
    }

    ImportResult &m_result;
    const ImportOptions &m_options;
    RowConverter m_converter;
    ResponseFilter m_filter;
    std::optional<std::size_t> m_responseId;
    SurveyRecord m_record;
    RowProblem m_problem;
    RowNotes m_notes;
    LabelMasks m_labels {};
};

// The column holding each response's own id, by its ImportId or the name each tool gives it.
std::optional<std::size_t> responseIdColumn(const SurveyLayout &layout)
{
    for (std::size_t c = 0; c < layout.columns.size(); ++c) {
        const SurveyColumn &column = layout.columns[c];
        if (equalsIgnoringCase(column.importId, "_recordId"))
            return c;
        for (const std::string_view name : {"ResponseId", "Response ID", "Respondent ID", "#"}) {
            if (equalsIgnoringCase(trim(column.name), name))
                return c;
        }
    }
    return std::nullopt;
}

std::vector<LabelsRead> labelsRead(const ImportResult &result, const RowSink::LabelMasks &masks)
{
    std::vector<LabelsRead> read;
    const std::array<Field, 3> scores = {Field::Nps, Field::Csat, Field::Ces};
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const auto column = result.mapping.columnOf(scores[i]);
        if (!masks[i] || !column)
            continue;
        LabelsRead entry {result.layout.columns[*column].name, scores[i], {}};
        const auto labels = scoreLabels(scores[i]);
        for (std::size_t l = 0; l < labels.size() && l < 64; ++l) {
            if ((masks[i] >> l) & 1u)
                entry.labels.push_back(labels[l]);
        }
        read.push_back(std::move(entry));
    }
    return read;
}

// Reads the first records (the header takes one to three of them), detects the layout and maps
// the columns. Returns every record read: those after the header are data. Their views stay
// valid while the reader lives.
std::vector<CsvRow> readHeader(CsvReader &reader, ImportResult &result,
                               const ImportOptions &options, const std::string &source)
{
    std::vector<CsvRow> head;
    for (CsvRow row; head.size() < 3 && reader.next(row);)
        head.push_back(row);
    if (head.empty())
        fail(ErrorKind::BadInput, source + ": the file is empty");
    std::vector<std::vector<std::string>> texts;
    for (const CsvRow &row : head)
        texts.push_back(copyFields(row));
    try {
        result.layout = SurveyLayout::detect(texts, options.format);
        // The first data records show what each column holds. They are read from a copy of
        // their text, so the reader, and the rows it feeds to the sink, are as without them.
        std::vector<ColumnValues> values(result.layout.columns.size());
        std::size_t sampled = 0;
        auto sample = [&](const CsvRow &row) {
            if (!row.error.empty() || allEmpty(row.fields))
                return;
            ++sampled;
            for (std::size_t c = 0; c < values.size(); ++c)
                values[c].add(c < row.fields.size() ? row.fields[c] : std::string_view(),
                              result.layout.columns[c]);
        };
        for (std::size_t r = result.layout.headerRows; r < head.size(); ++r)
            sample(head[r]);
        const std::string_view rest = reader.textFrom(reader.position());
        std::size_t end = 0;
        for (std::size_t lines = 0; lines < kSampledRecords && end < rest.size(); ++lines) {
            const std::size_t lineFeed = rest.find('\n', end);
            end = lineFeed == std::string_view::npos ? rest.size() : lineFeed + 1;
        }
        CsvReader sampler
            = CsvReader::continuing(std::string(rest.substr(0, end)), reader.delimiter());
        for (CsvRow row; sampled < kSampledRecords && sampler.next(row);)
            sample(row);
        result.mapping = mapColumns(result.layout, options.overrides, values);
        if (!result.mapping.questions.empty())
            fail(ErrorKind::BadInput, result.mapping.questions.front().message);
    } catch (const Error &error) {
        fail(error.kind(), source + ": " + error.what());
    }
    for (std::size_t i = 0; i < result.layout.headerRows; ++i) {
        if (!head[i].error.empty())
            fail(ErrorKind::BadInput,
                 source + ":" + std::to_string(head[i].line)
                     + ": header row: " + std::string(head[i].error));
    }
    for (std::size_t c = 0; c < result.layout.columns.size(); ++c) {
        if (!result.mapping.fields[c])
            result.unmappedColumns.push_back(result.layout.columns[c].name);
    }
    return head;
}

// Where the second half of the rows left in `reader` may start: just after the first line feed
// past the middle. Whether a record really starts there, and not inside a quoted field with a
// line break, is only known once the first half has been read up to it (readRows).
// Below ImportOptions::twoThreadsFrom (4 MiB) one thread reads all: a second saves less than it
// costs (on 1,000,000 rows, 68 MB, two threads read in 0.13-0.2 s what one reads in 0.24-0.4 s).
std::optional<std::size_t> splitCandidate(const CsvReader &reader, const ImportOptions &options)
{
    const std::string_view rest = reader.textFrom(reader.position());
    if (rest.size() < options.twoThreadsFrom || std::thread::hardware_concurrency() < 2)
        return std::nullopt;
    const std::size_t lineFeed = rest.find('\n', rest.size() / 2);
    if (lineFeed == std::string_view::npos || lineFeed + 1 >= rest.size())
        return std::nullopt;
    return reader.position() + lineFeed + 1;
}

// Appends the rows read from the second half, whose lines were counted from 1.
void appendSecondHalf(ImportResult &result, ImportResult &&half, std::size_t linesBefore,
                      const ImportOptions &options)
{
    for (auto &line : half.table.line)
        line += static_cast<std::uint32_t>(linesBefore);
    result.table.appendTable(std::move(half.table));
    for (auto &bad : half.badRows) {
        if (result.badRows.size() >= options.maxBadRowsListed)
            break;
        bad.line += linesBefore;
        result.badRows.push_back(std::move(bad));
    }
    result.badRowCount += half.badRowCount;
    result.emptyRows += half.emptyRows;
    result.filtered.add(half.filtered);
    for (std::size_t g = 0; g < result.severalAnswers.size() && g < half.severalAnswers.size(); ++g)
        result.severalAnswers[g].responses += half.severalAnswers[g].responses;
    result.responseIdHashes.insert(result.responseIdHashes.end(), half.responseIdHashes.begin(),
                                   half.responseIdHashes.end());
}

// Reads the data rows left in `reader` into `sink`. A large text is read in two halves at once,
// the second on a thread of its own from a copy of its text (the reader undoes doubled quotes in
// place), and the halves are joined in order. If the first half's last record runs past the
// split, the second half was read from the middle of a record: it is dropped and the first
// reader reads on, so the rows are always those a single reader finds.
void readRows(CsvReader &reader, RowSink &sink, ImportResult &result, const ImportOptions &options,
              const std::optional<std::size_t> &split, std::optional<std::size_t> responseId)
{
    CsvRow row;
    if (!split) {
        while (reader.next(row))
            sink.add(row);
        return;
    }
    ImportResult half;
    half.layout = result.layout;
    half.mapping = result.mapping;
    CsvReader rest
        = CsvReader::continuing(std::string(reader.textFrom(*split)), reader.delimiter());
    std::exception_ptr failure;
    RowSink::LabelMasks halfLabels {};
    std::jthread worker([&] {
        try {
            RowSink halfSink(half, options, responseId);
            half.table.reserve(rest.estimateRemainingRows());
            CsvRow halfRow;
            while (rest.next(halfRow))
                halfSink.add(halfRow);
            halfLabels = halfSink.labelMasks();
        } catch (...) {
            failure = std::current_exception();
        }
    });
    reader.stopAt(*split);
    while (reader.next(row))
        sink.add(row);
    worker.join();
    if (failure)
        std::rethrow_exception(failure);
    if (reader.position() == *split) {
        appendSecondHalf(result, std::move(half), reader.line() - 1, options);
        sink.addLabelMasks(halfLabels);
        result.readers = 2;
        return;
    }
    reader.stopAt(std::string::npos);
    while (reader.next(row))
        sink.add(row);
}

} // namespace

SurveyImporter::SurveyImporter(ImportOptions options)
    : m_options(std::move(options))
{ }

ImportResult SurveyImporter::importFile(const std::string &path) const
{
    return importText(readBytes(path), path);
}

ImportResult SurveyImporter::importText(std::string bytes, const std::string &source) const
{
    ImportResult result;
    const char delimiter = m_options.delimiter;
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r')
        fail(ErrorKind::Usage, source + ": a CSV delimiter cannot be a quote or a line end");
    result.contentHash = hexOf(hashBytes(bytes));
    DecodedText decoded = decodeText(std::move(bytes));
    result.encoding = decoded.encoding;
    CsvReader reader(std::move(decoded.text), m_options.delimiter);
    result.delimiter = reader.delimiter();
    const std::vector<CsvRow> head = readHeader(reader, result, m_options, source);

    const std::optional<std::size_t> responseId = responseIdColumn(result.layout);
    if (responseId)
        result.responseIdColumn = result.layout.columns[*responseId].name;
    RowSink sink(result, m_options, responseId);
    if (!sink.hasTargets())
        fail(ErrorKind::BadInput,
             source + ": no column matches a survey field (columns: "
                 + joinNames(result.unmappedColumns) + "); map them with COLUMN=FIELD");
    // An import with no score and no outcome would give only empty figures.
    const bool anyFigure = std::any_of(
        result.mapping.fields.begin(), result.mapping.fields.end(), [](std::optional<Field> f) {
            return f == Field::Nps || f == Field::Csat || f == Field::Ces || f == Field::Retained
                || f == Field::Churned;
        });
    if (!anyFigure) {
        std::vector<std::string> names;
        for (const SurveyColumn &column : result.layout.columns)
            names.push_back(column.name);
        std::string passedOver;
        for (std::size_t c = 0; c < names.size(); ++c) {
            if (!result.mapping.fields[c] && !result.mapping.reasons[c].empty())
                passedOver += (passedOver.empty() ? "; passed over: \"" : ", \"") + names[c]
                    + "\" (" + result.mapping.reasons[c] + ")";
        }
        fail(ErrorKind::BadInput,
             source + ": no column gives nps, csat, ces, retained or churned (columns: "
                 + joinNames(names) + "); name the score column with --map COLUMN=nps|csat|ces"
                 + passedOver);
    }
    // Room for every row, so that the second half's rows are appended without moving the first's.
    const std::size_t rows = reader.estimateRemainingRows() + head.size();
    result.table.reserve(rows);
    if (responseId)
        result.responseIdHashes.reserve(rows);
    for (std::size_t i = result.layout.headerRows; i < head.size(); ++i)
        sink.add(head[i]);
    readRows(reader, sink, result, m_options, splitCandidate(reader, m_options), responseId);
    result.labelsRead = labelsRead(result, sink.labelMasks());

    const auto dateColumn
        = std::find(result.mapping.fields.begin(), result.mapping.fields.end(), Field::Date);
    if (dateColumn != result.mapping.fields.end()) {
        const std::size_t c = std::size_t(dateColumn - result.mapping.fields.begin());
        result.dateOrder = decideDateOrder(result.table, result.layout.columns.at(c).name,
                                           m_options.dateOrder, source);
    }
    return result;
}

} // namespace ts::metrics
