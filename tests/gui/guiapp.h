// The one QApplication of a GUI test executable, on the offscreen platform.
#pragma once

#include <QApplication>

namespace ts::test {

inline QApplication &guiApplication()
{
    static int argc = 1;
    static char name[] = "test_gui";
    static char *argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never destroyed: a static QApplication would be torn down after Qt's own globals at exit
    // and crash the process (and so every test run by ctest).
    static QApplication *app = new QApplication(argc, argv);
    return *app;
}

} // namespace ts::test
