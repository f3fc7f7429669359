// One touchstone-cli command: what it says about itself and the function that runs it.
#pragma once

#include "cli/commandline.h"
#include "cli/commandspec.h"

namespace ts::cli {

struct Command
{
    CommandSpec spec;
    // Runs the command on its parsed arguments and returns its exit code; errors are thrown.
    int (*run)(const CommandLine &line) = nullptr;
    // Paints (fonts, images): needs a QGuiApplication, offscreen unless QT_QPA_PLATFORM says.
    bool paints = false;
};

// The commands, each defined in the file that implements it.
Command newCommand();
Command infoCommand();
Command checkCommand();
Command exportJsonCommand();
Command importJsonCommand();
Command importSurveyCommand();
Command metricsCommand();
Command gapsCommand();
Command exportPdfCommand();
Command renderMapCommand();
Command helpCommand();

} // namespace ts::cli
