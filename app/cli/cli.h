#pragma once

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

int validateCommand(const QStringList &arguments, Output io);
int importCommand(const QStringList &arguments, Output io);
int exportCommand(const QStringList &arguments, Output io);
int planCommand(const QStringList &arguments, Output io);
int runCommand(const QStringList &arguments, Output io);
int runTaskCommand(const QStringList &arguments, Output io);
int downCommand(const QStringList &arguments, Output io);
int secretCommand(const QStringList &arguments, Output io);
int serviceCommand(const QStringList &arguments, Output io);
int apiCommand(const QStringList &arguments, Output io);

/// Parses a command's arguments; a value when the command is done already: BadUsage after
/// printing the parser's error, Ok after printing --help.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  const char *command, Output io);

/// The commands that need no window.
bool isCommand(const QString &word);

} // namespace Berth::Cli
