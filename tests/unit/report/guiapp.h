// The report tests paint text, which needs a QGuiApplication (offscreen unless told otherwise).
#pragma once

#include <QGuiApplication>

namespace ts::test {

inline void ensureGuiApp()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "test_report";
    static char *argv[] = {name, nullptr};
    new QGuiApplication(argc, argv); // lives until the process ends, on purpose
}

} // namespace ts::test
