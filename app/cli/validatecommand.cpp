#include "app/cli/cli.h"
#include "app/cli/clitr.h"
#include "app/cli/projectloader.h"

#include "model/ecsjson.h"
#include "model/projectfile.h"
#include "model/validation/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Cli {

using namespace Berth::Model;

namespace {

struct Counts
{
    int errors = 0;
    int warnings = 0;
};

/// Where findings go: lines on io.out, or the findings of the --json form.
struct Report
{
    Output io;
    bool json = false;
    QJsonArray findings;
    QJsonArray files;
};

QJsonValue numberOrNull(int n)
{
    return n > 0 ? QJsonValue(n) : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

void print(Report &report, const QString &file, const QByteArray &text, const Diagnostic &d,
           Counts &counts)
{
    const TextPosition pos = JsonText::locate(text, d.path);
    const QString severity = Diagnostic::severityName(d.severity);
    if (d.isError())
        ++counts.errors;
    else if (d.severity == Diagnostic::Severity::Warning)
        ++counts.warnings;
    if (report.json) {
        report.findings.append(QJsonObject{
            {QLatin1String("file"), file},
            {QLatin1String("line"), numberOrNull(pos.isValid() ? pos.line : 0)},
            {QLatin1String("column"), numberOrNull(pos.isValid() ? pos.column : 0)},
            {QLatin1String("path"), stringOrNull(d.path)},
            {QLatin1String("rule"), stringOrNull(d.rule)},
            {QLatin1String("severity"), severity},
            {QLatin1String("message"), d.message},
            {QLatin1String("hint"), stringOrNull(d.hint)},
            {QLatin1String("expressionColumn"), numberOrNull(d.column)}});
        return;
    }
    printDiagnostic(report.io.out, file, text, d);
}

/// A file that cannot be checked: a line in the loader's format, or a finding of rule RULE.
void unreadable(Report &report, const QString &file, TextPosition position,
                const QString &message, const char *rule)
{
    if (!report.json) {
        printError(report.io.out, file, position, message);
        return;
    }
    report.findings.append(QJsonObject{
        {QLatin1String("file"), file},
        {QLatin1String("line"), numberOrNull(position.isValid() ? position.line : 0)},
        {QLatin1String("column"), numberOrNull(position.isValid() ? position.column : 0)},
        {QLatin1String("path"), QJsonValue(QJsonValue::Null)},
        {QLatin1String("rule"), QLatin1String(rule)},
        {QLatin1String("severity"), QStringLiteral("error")},
        {QLatin1String("message"), message},
        {QLatin1String("hint"), QJsonValue(QJsonValue::Null)},
        {QLatin1String("expressionColumn"), QJsonValue(QJsonValue::Null)}});
}

QString issueRule(JsonIssue::Kind kind)
{
    switch (kind) {
    case JsonIssue::UnknownMember:
        return QStringLiteral("json.unknown-member");
    case JsonIssue::WrongType:
        return QStringLiteral("json.wrong-type");
    case JsonIssue::MissingRequired:
        return QStringLiteral("json.missing-required");
    case JsonIssue::NotAllowedValue:
        return QStringLiteral("json.not-allowed-value");
    case JsonIssue::OutOfRange:
        return QStringLiteral("json.out-of-range");
    }
    return QStringLiteral("json");
}

/// Returns false when the file could not be read as a project or a task definition.
bool validateFile(Report &report, const QString &file, Counts &counts, QString *kind)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        unreadable(report, file, {},
                   f.exists() ? Tr::tr("cannot read the file: %1").arg(f.errorString())
                              : Tr::tr("no such file"),
                   "file.unreadable");
        return false;
    }
    const QByteArray text = f.readAll();
    const JsonText::ParseResult parsed = JsonText::parse(text);
    if (!parsed.ok()) {
        unreadable(report, file, parsed.position, parsed.error, "json.syntax");
        return false;
    }
    const QJsonObject root = parsed.document.object();
    if (root.value(QLatin1String("format")).toString() == QLatin1String(ProjectFile::kFormat)) {
        // Not loadProject: a member of the wrong type is a finding here, counted with the
        // rest (exit 1), where every other command cannot go on (exit 2).
        *kind = QStringLiteral("project");
        const ProjectFile::LoadResult loaded = ProjectFile::parse(text);
        if (!loaded.ok() && loaded.issues.isEmpty()) {
            unreadable(report, file, loaded.position, loaded.error, "project.unreadable");
            return false;
        }
        for (const JsonIssue &issue : loaded.issues) {
            Diagnostic d;
            d.path = issue.path;
            d.message = issue.message;
            d.hint = issue.hint;
            d.rule = issueRule(issue.kind);
            print(report, file, text, d, counts);
        }
        if (loaded.ok()) {
            for (const Diagnostic &d : Validator::validate(*loaded.data))
                print(report, file, text, d, counts);
        }
        return true;
    }
    *kind = QStringLiteral("taskDefinition");
    const EcsJson::ImportResult imported = EcsJson::importTaskDefinition(root);
    if (!imported.error.isEmpty()) {
        unreadable(report, file, {}, imported.error, "taskdef.unreadable");
        return false;
    }
    const QString prefix = root.contains(QLatin1String("taskDefinition"))
                               ? QStringLiteral("$.taskDefinition")
                               : QStringLiteral("$");
    for (const Diagnostic &d : Validator::validateTaskDefinition(TaskDefinition(imported.definition),
                                                                 prefix))
        print(report, file, text, d, counts);
    return true;
}

} // namespace

int validateCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        Tr::tr("Checks Berth projects (.berth) and ECS task-definition JSON files (register input "
               "or describe output) against ECS's rules."));
    parser.addHelpOption();
    const QCommandLineOption json(
        QStringLiteral("json"),
        Tr::tr("Print the findings as JSON: file, line, column, path, rule, severity."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("validate"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Files to check."),
                                 QStringLiteral("FILE..."));
    if (const auto done = parseArguments(parser, arguments, "validate", io))
        return *done;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        io.err << Tr::tr("berth validate: name at least one file, e.g. 'berth validate "
                         "project.berth'")
               << '\n';
        return BadUsage;
    }
    Report report{io, parser.isSet(json), {}, {}};
    Counts total;
    bool anyUnreadable = false;
    for (const QString &file : files) {
        Counts counts;
        QString kind;
        const bool read = validateFile(report, file, counts, &kind);
        anyUnreadable = anyUnreadable || !read;
        total.errors += counts.errors;
        total.warnings += counts.warnings;
        report.files.append(QJsonObject{{QLatin1String("file"), file},
                                        {QLatin1String("kind"), stringOrNull(kind)},
                                        {QLatin1String("readable"), read},
                                        {QLatin1String("errors"), counts.errors},
                                        {QLatin1String("warnings"), counts.warnings}});
    }
    if (report.json) {
        io.out << QJsonDocument(QJsonObject{{QLatin1String("files"), report.files},
                                            {QLatin1String("findings"), report.findings},
                                            {QLatin1String("errors"), total.errors},
                                            {QLatin1String("warnings"), total.warnings}})
                      .toJson();
    } else {
        io.out << Tr::tr("%n file(s) checked: ", nullptr, int(files.size()))
               << Tr::tr("%n error(s), ", nullptr, total.errors)
               << Tr::tr("%n warning(s)", nullptr, total.warnings) << Qt::endl;
    }
    io.out.flush();
    if (anyUnreadable)
        return BadUsage;
    return total.errors > 0 ? DesignErrors : Ok;
}

} // namespace Berth::Cli
