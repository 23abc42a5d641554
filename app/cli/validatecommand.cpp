#include "app/cli/cli.h"
#include "app/cli/projectloader.h"

#include "model/ecsjson.h"
#include "model/projectfile.h"
#include "model/validation/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace Berth::Cli {

using namespace Berth::Model;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Berth::Cli::Validate", text, disambiguation, n);
}

struct Counts
{
    int errors = 0;
    int warnings = 0;
};

void print(Output io, const QString &file, const QByteArray &text, const Diagnostic &d,
           Counts &counts)
{
    const TextPosition pos = JsonText::locate(text, d.path);
    const QString severity = Diagnostic::severityName(d.severity);
    QString message = d.message;
    if (d.column > 0)
        message += tr(" (column %1 of the expression)").arg(d.column);
    if (pos.isValid())
        io.out << file << ':' << pos.line << ':' << pos.column << ": " << severity << ": "
               << d.path << ": " << message << '\n';
    else
        io.out << file << ": " << severity << ": " << d.path << ": " << message << '\n';
    if (!d.hint.isEmpty())
        io.out << "    " << tr("hint: ") << d.hint << '\n';
    if (d.isError())
        ++counts.errors;
    else if (d.severity == Diagnostic::Severity::Warning)
        ++counts.warnings;
}

/// Returns false when the file could not be read as a project or a task definition.
bool validateFile(Output io, const QString &file, Counts &counts)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        printError(io.out, file, {},
                   f.exists() ? tr("cannot read the file: %1").arg(f.errorString())
                              : tr("no such file"));
        return false;
    }
    const QByteArray text = f.readAll();
    const JsonText::ParseResult parsed = JsonText::parse(text);
    if (!parsed.ok()) {
        printError(io.out, file, parsed.position, parsed.error);
        return false;
    }
    const QJsonObject root = parsed.document.object();
    if (root.value(QLatin1String("format")).toString() == QLatin1String(ProjectFile::kFormat)) {
        // Not loadProject: a member of the wrong type is a finding here, counted with the
        // rest (exit 1), where every other command cannot go on (exit 2).
        const ProjectFile::LoadResult loaded = ProjectFile::parse(text);
        if (!loaded.ok() && loaded.issues.isEmpty()) {
            printError(io.out, file, loaded.position, loaded.error);
            return false;
        }
        for (const JsonIssue &issue : loaded.issues) {
            Diagnostic d;
            d.path = issue.path;
            d.message = issue.message;
            d.hint = issue.hint;
            print(io, file, text, d, counts);
        }
        if (loaded.ok()) {
            for (const Diagnostic &d : Validator::validate(*loaded.data))
                print(io, file, text, d, counts);
        }
        return true;
    }
    const EcsJson::ImportResult imported = EcsJson::importTaskDefinition(root);
    if (!imported.error.isEmpty()) {
        printError(io.out, file, {}, imported.error);
        return false;
    }
    const QString prefix = root.contains(QLatin1String("taskDefinition"))
                               ? QStringLiteral("$.taskDefinition")
                               : QStringLiteral("$");
    for (const Diagnostic &d : Validator::validateTaskDefinition(TaskDefinition(imported.definition),
                                                                 prefix))
        print(io, file, text, d, counts);
    return true;
}

} // namespace

int validateCommand(const QStringList &arguments, Output io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks Berth projects (.berth) and ECS task-definition JSON files (register input "
           "or describe output) against ECS's rules."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("validate"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files to check."),
                                 QStringLiteral("FILE..."));
    if (const auto done = parseArguments(parser, arguments, "validate", io))
        return *done;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        io.err << tr("berth validate: name at least one file, e.g. 'berth validate "
                     "project.berth'")
               << '\n';
        return BadUsage;
    }
    Counts total;
    bool unreadable = false;
    for (const QString &file : files) {
        Counts counts;
        if (!validateFile(io, file, counts))
            unreadable = true;
        total.errors += counts.errors;
        total.warnings += counts.warnings;
    }
    io.out << tr("%n file(s) checked: ", nullptr, int(files.size()))
           << tr("%n error(s), ", nullptr, total.errors)
           << tr("%n warning(s)", nullptr, total.warnings) << Qt::endl;
    if (unreadable)
        return BadUsage;
    return total.errors > 0 ? DesignErrors : Ok;
}

} // namespace Berth::Cli
