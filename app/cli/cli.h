#pragma once

#include "app/cli/commandparser.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Berth::Cli {

/// Exit codes of every command.
enum ExitCode { Ok = 0, DesignErrors = 1, BadUsage = 2 };

/// Where a command writes; tests pass buffers.
struct Output
{
    QTextStream &out;
    QTextStream &err;
};

/// Runs a command-line command. Returns -1 when the arguments ask for the window.
int dispatch(const QStringList &arguments, Output io);

/// Whether the arguments (the program's name first) open the window: none, a file that
/// exists, or --run. Anything else is a command, or an unknown one that is reported as such.
bool wantsWindow(const QStringList &arguments);

int validateCommand(const QStringList &arguments, Output io);
int importCommand(const QStringList &arguments, Output io);
int exportCommand(const QStringList &arguments, Output io);
int deployCommand(const QStringList &arguments, Output io);
int planCommand(const QStringList &arguments, Output io);
int runCommand(const QStringList &arguments, Output io);
int runTaskCommand(const QStringList &arguments, Output io);
int stopTaskCommand(const QStringList &arguments, Output io);
int loadCommand(const QStringList &arguments, Output io);
int downCommand(const QStringList &arguments, Output io);
int secretCommand(const QStringList &arguments, Output io);
int serviceCommand(const QStringList &arguments, Output io);
int apiCommand(const QStringList &arguments, Output io);
int registryCommand(const QStringList &arguments, Output io);
int imageCommand(const QStringList &arguments, Output io);
int labCommand(const QStringList &arguments, Output io);
/// `berth __complete WORD... CURRENT`: what the shell completion offers (see completion.cpp).
int completeCommand(const QStringList &arguments, Output io);
/// `berth __man`: the man page berth(1) in roff, made at build time.
int manCommand(const QStringList &arguments, Output io);

/// Parses a command's arguments; a value when the command is done already: BadUsage after
/// printing the parser's error, Ok after printing --help, and Ok at once while the commands
/// are being described (the parser is recorded for the man page and the completion).
std::optional<int> parseArguments(CommandParser &parser, const QStringList &arguments,
                                  const char *command, Output io);
/// The same for a parser that keeps no record: the command shows without its options.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  const char *command, Output io);

/// The commands, in the order `berth --help` lists them (not `help` and the hidden ones).
QStringList commandNames();
/// The commands that need no window, `help` and the hidden ones included.
bool isCommand(const QString &word);
/// The commands closest to a mistyped word, closest first; empty when none is close.
QStringList similarCommands(const QString &word);

} // namespace Berth::Cli
