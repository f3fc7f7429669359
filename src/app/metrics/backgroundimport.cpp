#include "app/metrics/backgroundimport.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>
#include <QObject>
#include <exception>
#include <memory>

namespace ts::app {

BackgroundImport::BackgroundImport(QObject *context)
    : m_context(context)
{ }

BackgroundImport::~BackgroundImport()
{
    join();
}

void BackgroundImport::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundImport::start(metrics::ImportOptions options, std::string path, Done done)
{
    join();
    const std::uint64_t generation = ++m_generation;
    m_running = true;
    m_thread = std::thread([this, generation, options = std::move(options), path = std::move(path),
                            done = std::move(done)] {
        // Shared, because a queued functor is copied; the table inside is moved out once.
        auto result = std::make_shared<std::optional<metrics::ImportResult>>();
        auto error = std::make_shared<QString>();
        try {
            *result = metrics::SurveyImporter(options).importFile(path);
        } catch (const std::exception &e) {
            *error = QString::fromUtf8(e.what());
        }
        // Runs on the context's thread; dropped by Qt if the context is deleted first (its
        // destructor joined this thread, so `this` is still alive whenever it runs).
        QMetaObject::invokeMethod(
            m_context,
            [this, generation, result, error, done] {
                if (generation != m_generation)
                    return; // a later start() replaced this read
                m_running = false;
                done(std::move(*result), *error);
            },
            Qt::QueuedConnection);
    });
}

void BackgroundImport::wait()
{
    join();
    // The result was posted to the context's event queue: deliver it now.
    QCoreApplication::sendPostedEvents(m_context, QEvent::MetaCall);
}

} // namespace ts::app
