#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <optional>

namespace Berth::Cli {

/**
 * A command's QCommandLineParser that also keeps what it was given: the description, the
 * options and the positional arguments. `berth --help`, the man page and the shell
 * completion are made from these, so a command's options are defined once, where it parses
 * them. Declare the parser as a CommandParser (the methods below hide the base class's).
 */
class CommandParser : public QCommandLineParser
{
public:
    struct Positional
    {
        QString name;
        QString description;
        QString syntax;
    };

    void setApplicationDescription(const QString &description);
    QCommandLineOption addHelpOption();
    bool addOption(const QCommandLineOption &option);
    bool addOptions(const QList<QCommandLineOption> &options);
    void addPositionalArgument(const QString &name, const QString &description,
                               const QString &syntax = QString());

    QString description() const { return m_description; }
    QList<QCommandLineOption> options() const { return m_options; }
    QList<Positional> positionals() const { return m_positionals; }

private:
    QString m_description;
    QList<QCommandLineOption> m_options;
    QList<Positional> m_positionals;
};

/// What a command takes, as its parser was given it.
struct CommandDescription
{
    QString name;
    QString description;
    QList<QCommandLineOption> options;            ///< --help included
    QList<CommandParser::Positional> positionals; ///< after the command's own name

    /// "berth plan [--json] [--seed N] PROJECT"
    QString synopsis() const;
    /// The option with this long name, or nullptr.
    const QCommandLineOption *option(const QString &name) const;
};

/// Every command's description, in the order `berth --help` lists them. Runs each command in
/// a mode where its parser is recorded, not used.
QList<CommandDescription> describeCommands();
/// One command's, or nothing when there is no such command.
std::optional<CommandDescription> describeCommand(const QString &name);

namespace Internal {
/// While describing, parseArguments records the parser here and the command returns at once.
bool describing();
void record(const CommandParser &parser, const char *command);
} // namespace Internal

} // namespace Berth::Cli
