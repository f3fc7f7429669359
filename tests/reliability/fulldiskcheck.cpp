#include "fulldiskcheck.h"

#include "app/commands/cardcommands.h"
#include "app/workspacedocument.h"
#include "core/error.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <QUndoStack>
#include <sqlite3.h>

namespace ts::reliability {
namespace {

Workspace onDisk(const std::string &path)
{
    auto reader = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
    return storage::loadWorkspace(reader->db());
}

Card bigCard(const Workspace &w, const std::string &title)
{
    Card card;
    card.mapId = w.maps.front().id;
    card.stageId = w.stages.front().id;
    card.laneId = w.lanes.front().id;
    card.title = title;
    card.notes = std::string(300 * 1024, 'n'); // more than any free page or WAL slack
    return card;
}

} // namespace

namespace {
std::string checkSteps(app::WorkspaceDocument &doc, const DiskFault &fault, std::string &stage);
}

// Read-write, so that a -wal left by a killed process is recovered first, as the app would.
std::string integrityCheck(const std::string &path)
{
    sqlite3 *raw = nullptr;
    std::string result = "cannot open";
    if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(raw, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            result = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(raw);
    return result;
}

std::string checkRefusedEdit(app::WorkspaceDocument &doc, const DiskFault &fault)
{
    std::string stage = "start";
    try {
        return checkSteps(doc, fault, stage);
    } catch (const std::exception &e) {
        fault.lift();
        return "an exception escaped at \"" + stage + "\": " + e.what();
    }
}

namespace {

std::string checkSteps(app::WorkspaceDocument &doc, const DiskFault &fault, std::string &stage)
{
    const std::string path = doc.file().path();
    QStringList messages;
    auto connection = QObject::connect(&doc, &app::WorkspaceDocument::errorOccurred,
                                       [&](const QString &m) { messages << m; });
    const Workspace before = doc.workspace();
    const int commands = doc.undoStack()->count();
    fault.impose();
    stage = "the edit on a full disk";
    const bool applied
        = doc.execute(new app::AddCardCommand(doc, bigCard(before, "On a full disk")));
    std::string problem;
    auto fail = [&](const std::string &what) {
        if (problem.empty())
            problem = what;
    };
    if (applied)
        fail("the edit was applied although the disk refused writes");
    if (messages.size() != 1)
        fail("expected one message for the user, got " + std::to_string(messages.size()) + ": "
             + messages.join(QStringLiteral(" | ")).toStdString());
    const std::string message = messages.isEmpty() ? std::string() : messages.front().toStdString();
    if (message.find(path) == std::string::npos)
        fail("the message does not name the file: " + message);
    bool worded = false;
    for (const auto &word : fault.wording)
        worded = worded || message.find(word) != std::string::npos;
    if (!worded)
        fail("the message does not say what went wrong: " + message);
    if (doc.undoStack()->count() != commands)
        fail("the failed edit was pushed on the undo stack");
    if (!(doc.workspace() == before))
        fail("the mirror changed although the edit failed");
    stage = "reading the file while the disk is full";
    // A second connection may itself need room (its quick_check can spill a sort to a temporary
    // file); then it must say so. What it reads, it must read right.
    try {
        if (!(onDisk(path) == doc.workspace()))
            fail("the mirror differs from the file while the disk is full");
    } catch (const Error &e) {
        if (std::string(e.what()).find("full") == std::string::npos)
            fail(std::string("a reader on the full disk failed without saying why: ") + e.what());
    }
    stage = "lifting the fault";
    fault.lift();
    QObject::disconnect(connection);
    stage = "checking the file";
    if (const auto check = doc.file().check(); !check.empty())
        fail("the workspace's own check fails: " + check.front());
    if (const auto result = integrityCheck(path); result != "ok")
        fail("integrity_check on a fresh connection: " + result);
    if (!(onDisk(path) == before))
        fail("the file does not hold the state from before the failed edit");
    stage = "the next edit";
    if (!doc.execute(new app::AddCardCommand(doc, bigCard(before, "After the disk has room"))))
        fail("the next edit failed after the fault was lifted");
    else if (!(onDisk(path) == doc.workspace()) || doc.undoStack()->count() != commands + 1)
        fail("the next edit is not on disk or not on the undo stack");
    return problem + (problem.empty() ? "" : " [message: " + message + "]");
}

} // namespace

} // namespace ts::reliability
