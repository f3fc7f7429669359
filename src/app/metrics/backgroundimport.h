// Reads a survey export on a worker thread, so a million rows (a third of a second, more on a
// busy laptop) do not freeze the import dialog. The result comes back on the thread of the
// context object (the dialog), through its event loop; storing it stays a QUndoCommand run there.
#pragma once

#include "metrics/surveyimporter.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <thread>

class QObject;

namespace ts::app {

class BackgroundImport
{
public:
    // `result` is empty when the file could not be read; `error` then says why.
    using Done = std::function<void(std::optional<metrics::ImportResult> result, QString error)>;

    explicit BackgroundImport(QObject *context);
    ~BackgroundImport(); // waits for a read still running: it must not outlive the context
    BackgroundImport(const BackgroundImport &) = delete;
    BackgroundImport &operator=(const BackgroundImport &) = delete;

    // Reads `path`; `done` runs on the context's thread. A read still running is waited for and
    // its result dropped, so only the latest read reports.
    void start(metrics::ImportOptions options, std::string path, Done done);
    bool running() const { return m_running; }
    // Blocks until the running read has finished and `done` has run (accept(), tests).
    void wait();

private:
    void join();

    QObject *m_context;
    std::thread m_thread;
    std::uint64_t m_generation = 0; // of the latest start(); older results are dropped
    bool m_running = false;
};

} // namespace ts::app
