#include "foundationbenchmarks.h"

#include "interchange/workspacejson.h"
#include "storage/cardrepository.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <benchmark/benchmark.h>
#include <functional>

namespace ts::bench {
namespace {

using storage::WorkspaceFile;

constexpr int kOpenLoadRuns = 40;
constexpr int kCardEdits = 2000;
constexpr int kJsonExports = 30;

void record(benchmark::State &state, LatencySamples &samples, double seconds)
{
    state.SetIterationTime(seconds);
    samples.add(seconds);
}

void reportPercentiles(benchmark::State &state, const LatencySamples &samples)
{
    state.counters["p50_ms"] = samples.medianMs();
    state.counters["p99_ms"] = samples.percentileMs(99);
    state.counters["max_ms"] = samples.maxMs();
}

void openAndLoad(benchmark::State &state, const std::string &path, WorkspaceFile::Access access,
                 LatencySamples &samples)
{
    samples.clear();
    std::size_t cards = 0;
    for (auto _ : state) {
        const auto start = LatencySamples::Clock::now();
        auto file = WorkspaceFile::open(path, access);
        const auto workspace = storage::loadWorkspace(file->db());
        record(state, samples, LatencySamples::secondsSince(start));
        cards = workspace.cards.size();
        benchmark::DoNotOptimize(workspace.cards.data());
    }
    reportPercentiles(state, samples);
    state.counters["cards"] = double(cards);
}

// The open alone (header checks, lock, quick_check, pragmas), to split (a) into its two parts.
void openOnly(benchmark::State &state, const std::string &path, LatencySamples &samples)
{
    samples.clear();
    for (auto _ : state) {
        const auto start = LatencySamples::Clock::now();
        auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite);
        record(state, samples, LatencySamples::secondsSince(start));
        benchmark::DoNotOptimize(file.get());
    }
    reportPercentiles(state, samples);
}

// A different card each time, striding through the table so edits touch many pages.
Card &nextCard(std::vector<Card> &cards, std::size_t &cursor)
{
    cursor = (cursor + 7919) % cards.size();
    return cards[cursor];
}

void revise(Card &card, int edit)
{
    card.notes = "Reworded after review round " + std::to_string(edit);
    if (card.currentScore)
        card.currentScore = *card.currentScore >= 9.9 ? 5.0 : *card.currentScore + 0.1;
}

std::string durabilityOf(storage::Database &db)
{
    auto mode = db.prepare("PRAGMA journal_mode");
    mode.step();
    static const char *const levels[] = {"OFF", "NORMAL", "FULL", "EXTRA"};
    const auto level = db.queryInt("PRAGMA synchronous");
    return "journal_mode=" + mode.text(0)
        + ", synchronous=" + (level >= 0 && level < 4 ? levels[level] : "?");
}

// As the app's EditCardCommand runs: one transaction around CardRepository::update, on a file
// opened for writing (WorkspaceFile::open sets WAL and synchronous=FULL).
void cardEdit(benchmark::State &state, const std::string &path, FoundationResults &results)
{
    results.cardEdit.clear();
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite);
    auto &db = file->db();
    results.editDurability = durabilityOf(db);
    state.SetLabel(results.editDurability);
    auto cards = storage::CardRepository(db).cards();
    std::size_t cursor = 0;
    int edit = 0;
    for (auto _ : state) {
        auto &card = nextCard(cards, cursor);
        revise(card, ++edit);
        const auto start = LatencySamples::Clock::now();
        {
            storage::Transaction transaction(db);
            storage::CardRepository(db).update(card);
            transaction.commit();
        }
        const double seconds = LatencySamples::secondsSince(start);
        record(state, results.cardEdit, seconds);
    }
    // Checkpoints run on their own thread (BackgroundCheckpoint): no commit above waited for one.
    file->waitForCheckpoint();
    results.checkpoints = file->backgroundCheckpoint()->counts();
    reportPercentiles(state, results.cardEdit);
}

void jsonExport(benchmark::State &state, const std::string &path, FoundationResults &results)
{
    results.jsonExport.clear();
    const auto workspace
        = storage::loadWorkspace(WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly)->db());
    for (auto _ : state) {
        const auto start = LatencySamples::Clock::now();
        const auto text = interchange::dumpJson(interchange::toJson(workspace));
        record(state, results.jsonExport, LatencySamples::secondsSince(start));
        results.jsonBytes = text.size();
        benchmark::DoNotOptimize(text.data());
    }
    reportPercentiles(state, results.jsonExport);
    state.counters["MB"] = double(results.jsonBytes) / 1e6;
}

// Every benchmark times its iterations itself, to keep each sample for the percentiles.
void add(const char *name, int iterations, std::function<void(benchmark::State &)> run)
{
    benchmark::RegisterBenchmark(name, [run](benchmark::State &state) { run(state); })
        ->Iterations(iterations)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
}

} // namespace

void registerFoundationBenchmarks(const FoundationFiles &files, FoundationResults &results)
{
    using Access = WorkspaceFile::Access;
    add("open_and_load/read_write", kOpenLoadRuns, [&](benchmark::State &state) {
        openAndLoad(state, files.workspace, Access::ReadWrite, results.openLoadReadWrite);
    });
    add("open_and_load/read_only", kOpenLoadRuns, [&](benchmark::State &state) {
        openAndLoad(state, files.workspace, Access::ReadOnly, results.openLoadReadOnly);
    });
    add("open_only/read_write", kOpenLoadRuns,
        [&](benchmark::State &state) { openOnly(state, files.workspace, results.openOnly); });
    add("card_edit_durable", kCardEdits,
        [&](benchmark::State &state) { cardEdit(state, files.edits, results); });
    add("json_export", kJsonExports,
        [&](benchmark::State &state) { jsonExport(state, files.workspace, results); });
}

} // namespace ts::bench
