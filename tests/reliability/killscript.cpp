#include "killscript.h"

#include "app/commands/canvascommands.h"
#include "app/commands/cardcommands.h"
#include "app/commands/roadmapcommands.h"
#include "app/workspacedocument.h"
#include "storage/canvasrepository.h"
#include "storage/maprepository.h"
#include "storage/roadmaprepository.h"
#include "storage/workspacefile.h"

#include <QUndoStack>
#include <algorithm>
#include <map>
#include <tuple>

namespace ts::reliability {
namespace {

int indexOf(const auto &rows, Id id)
{
    for (const auto &row : rows)
        if (row.id == id)
            return row.position;
    return -1000;
}

} // namespace

std::string summaryOf(const Workspace &w)
{
    std::map<std::tuple<int, int>, std::vector<std::pair<int, std::string>>> cells;
    for (const auto &c : w.cards)
        cells[{indexOf(w.stages, c.stageId), indexOf(w.lanes, c.laneId)}].emplace_back(c.position,
                                                                                       c.title);
    std::string out = "P=" + w.canvas.businessPurpose
        + "|I=" + (w.initiatives.empty() ? std::string() : w.initiatives.front().title) + "|";
    for (auto &[cell, cards] : cells) {
        std::stable_sort(cards.begin(), cards.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        out += std::to_string(std::get<0>(cell)) + "." + std::to_string(std::get<1>(cell)) + ":";
        for (std::size_t i = 0; i < cards.size(); ++i)
            out += (i ? "," : "") + cards[i].second;
        out += ";";
    }
    return out;
}

void createKillWorkspace(const std::string &path)
{
    storage::WorkspaceFile::create(path, [](storage::Database &db) {
        storage::MapRepository(db).createDefault("Kill harness");
        Initiative initiative;
        initiative.title = "k0";
        storage::RoadmapRepository(db).add(initiative);
        storage::CanvasRepository canvas(db);
        auto c = canvas.canvas();
        c.businessPurpose = "k0";
        canvas.setCanvas(c);
    }).reset();
}

KillScript::KillScript(app::WorkspaceDocument &doc, unsigned seed, long firstSeq, Report report)
    : m_doc(doc)
    , m_random(seed)
    , m_seq(firstSeq)
    , m_report(std::move(report))
    , m_states {summaryOf(doc.workspace())}
{ }

std::string KillScript::step()
{
    const Workspace &w = m_doc.workspace();
    const long seq = m_seq++;
    const std::string token = "k" + std::to_string(seq);
    auto pick = [&](std::size_t n) {
        return std::size_t(m_random() % n);
    };
    Workspace expected = w; // the state this edit promises, compared after it returns
    QUndoStack *stack = m_doc.undoStack();
    const int kind = int(m_random() % 10);
    std::function<bool()> run;
    bool pushes = true;
    if (kind == 8 && stack->canUndo()) {
        pushes = false;
        m_report("B " + std::to_string(seq) + " " + m_states[std::size_t(stack->index() - 1)]);
        run = [&] {
            stack->undo();
            return true;
        };
    } else if (kind == 9 && stack->canRedo()) {
        pushes = false;
        m_report("B " + std::to_string(seq) + " " + m_states[std::size_t(stack->index() + 1)]);
        run = [&] {
            stack->redo();
            return true;
        };
    } else if (kind == 6) {
        auto after = w.canvas;
        after.businessPurpose = token;
        expected.canvas = after;
        run = [&, after] {
            return m_doc.execute(new app::EditCanvasCommand(m_doc, w.canvas, after, "Purpose"));
        };
    } else if (kind == 7) {
        auto after = w.initiatives.front();
        after.title = token;
        expected.initiatives.front() = after;
        run = [&, after] {
            return m_doc.execute(
                new app::EditInitiativeCommand(m_doc, w.initiatives.front(), after));
        };
    } else if (w.cards.size() < 4 || (kind <= 2 && w.cards.size() < 14)) {
        Card card;
        card.mapId = w.maps.front().id;
        card.stageId = w.stages[pick(w.stages.size())].id;
        card.laneId = w.lanes[pick(w.lanes.size())].id;
        card.title = token;
        card.position = 0;
        Card shown = card;
        shown.position = -1; // first in its cell
        expected.cards.push_back(shown);
        run = [&, card] {
            return m_doc.execute(new app::AddCardCommand(m_doc, card));
        };
    } else {
        const std::size_t i = pick(w.cards.size());
        const Card before = w.cards[i];
        if (kind <= 3) {
            Card after = before;
            after.title = token;
            expected.cards[i] = after;
            run = [&, before, after] {
                return m_doc.execute(new app::EditCardCommand(m_doc, before, after));
            };
        } else if (kind <= 4) {
            const Id stage = w.stages[pick(w.stages.size())].id;
            const Id lane = w.lanes[pick(w.lanes.size())].id;
            expected.cards[i].stageId = stage;
            expected.cards[i].laneId = lane;
            expected.cards[i].position = -1;
            run = [&, before, stage, lane] {
                return m_doc.execute(new app::MoveCardCommand(m_doc, before, stage, lane, 0));
            };
        } else {
            expected.cards.erase(expected.cards.begin() + std::ptrdiff_t(i));
            run = [&, before] {
                return m_doc.execute(
                    new app::RemoveCardsCommand(m_doc, before.mapId, std::vector<Id> {before.id}));
            };
        }
    }
    const std::string promised = summaryOf(expected);
    if (pushes)
        m_report("B " + std::to_string(seq) + " " + promised);
    const std::string want = pushes ? promised : std::string();
    const int indexBefore = stack->index();
    if (!run())
        return "edit " + std::to_string(seq) + " failed";
    const std::string got = summaryOf(m_doc.workspace());
    if (pushes) {
        m_states.resize(std::size_t(indexBefore) + 1);
        m_states.push_back(got);
        if (got != want)
            return "edit " + std::to_string(seq) + " gave " + got + " instead of " + want;
    } else if (got != m_states[std::size_t(stack->index())]) {
        return "undo/redo " + std::to_string(seq) + " gave " + got;
    }
    m_report("D " + std::to_string(seq) + " " + got);
    return {};
}

} // namespace ts::reliability
