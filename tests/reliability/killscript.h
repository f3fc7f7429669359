// The scripted edits of the kill harness and the state they promise, shared by the child that
// runs them and the parent that checks the file after each SIGKILL.
#pragma once

#include "core/workspace.h"

#include <functional>
#include <random>
#include <string>

namespace ts::app {
class WorkspaceDocument;
}

namespace ts::reliability {

// The state the edits touch, as one line: the canvas purpose, the first initiative's title and
// every card title cell by cell in display order, e.g. "P=k7|I=k3|0.2:k9,k4;1.0:k5".
std::string summaryOf(const Workspace &w);

// A workspace with one default map, an initiative and a canvas purpose, created at `path`.
void createKillWorkspace(const std::string &path);

// Runs edits on `doc`, one at a time: before each it reports "B <seq> <expected summary>",
// after execute() (or undo/redo) returns "D <seq> <summary read back>". Edits are card add,
// rename, move, delete, canvas and initiative edits, undo and redo, chosen by `random`.
// Returns an error text when the document disagrees with the expected state, else empty.
class KillScript
{
public:
    using Report = std::function<void(const std::string &line)>;
    KillScript(app::WorkspaceDocument &doc, unsigned seed, long firstSeq, Report report);
    // One edit; an empty string when it did what it promised.
    std::string step();

private:
    app::WorkspaceDocument &m_doc;
    std::mt19937 m_random;
    long m_seq;
    Report m_report;
    std::vector<std::string> m_states; // summaries along the undo stack: m_states[index()]
};

} // namespace ts::reliability
