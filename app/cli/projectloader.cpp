#include "app/cli/projectloader.h"
#include "app/cli/clitr.h"

#include "model/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace Berth::Cli {

using namespace Berth::Model;

namespace {

/// For a name that is no file: the projects beside it, or how to make one.
QString missingFileHint(const QString &file)
{
    const QDir dir = QFileInfo(file).dir();
    if (!dir.exists())
        return Tr::tr("there is no folder %1").arg(QDir::toNativeSeparators(dir.path()));
    const QStringList projects =
        dir.entryList({QStringLiteral("*.berth")}, QDir::Files, QDir::Name);
    if (projects.isEmpty())
        return Tr::tr("'berth import TASKDEF.json --into %1' makes a project of an ECS task "
                      "definition")
            .arg(file);
    const int shown = 5; // enough to spot the one meant; a folder of them would bury it
    QString list = projects.mid(0, shown).join(QStringLiteral(", "));
    if (projects.size() > shown)
        list += Tr::tr(" and %n more", nullptr, int(projects.size()) - shown);
    if (dir.path() == QLatin1String("."))
        return Tr::tr("the projects here: %1").arg(list);
    return Tr::tr("the projects in %1: %2").arg(QDir::toNativeSeparators(dir.path()), list);
}

/// For an ECS task definition named where a project belongs: the import that makes one.
QString taskDefinitionHint(const QString &file, const QByteArray &text, const char *command)
{
    const JsonText::ParseResult parsed = JsonText::parse(text);
    const QJsonObject root = parsed.document.object();
    const bool isTaskDefinition = root.contains(QLatin1String("containerDefinitions"))
                                  || root.contains(QLatin1String("taskDefinition"));
    if (!parsed.ok() || !isTaskDefinition
        || root.value(QLatin1String("format")).toString() == QLatin1String(ProjectFile::kFormat))
        return {};
    const QString suffix = QFileInfo(file).suffix();
    const QString project = suffix.isEmpty()
                                ? file + QStringLiteral(".berth")
                                : file.chopped(suffix.size()) + QStringLiteral("berth");
    return Tr::tr("'berth import %1 --into %2' makes a project of it for 'berth %3'")
        .arg(file, project, QLatin1String(command));
}

} // namespace

void printError(QTextStream &stream, const QString &file, TextPosition position,
                const QString &message, const QString &hint)
{
    stream << file;
    if (position.isValid())
        stream << ':' << position.line << ':' << position.column;
    stream << ": error: " << message << '\n';
    if (!hint.isEmpty())
        stream << "    " << Tr::tr("hint: ") << hint << '\n';
}

std::optional<ProjectData> loadProject(const QString &file, Output io, const char *command)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        if (f.exists())
            printError(io.err, file, {}, Tr::tr("cannot read the file: %1").arg(f.errorString()));
        else
            printError(io.err, file, {}, Tr::tr("no such file"), missingFileHint(file));
        io.err.flush();
        return std::nullopt;
    }
    const QByteArray text = f.readAll();
    const ProjectFile::LoadResult loaded = ProjectFile::parse(text);
    if (!loaded.ok()) {
        // Every member of a wrong type, not the first only, so they are fixed in one go; in
        // the order of the text, as a reader goes through it.
        QList<std::pair<TextPosition, JsonIssue>> issues;
        for (const JsonIssue &issue : loaded.issues)
            issues.append({JsonText::locate(text, issue.path), issue});
        std::stable_sort(issues.begin(), issues.end(), [](const auto &a, const auto &b) {
            return std::pair(a.first.line, a.first.column)
                   < std::pair(b.first.line, b.first.column);
        });
        for (const auto &[position, issue] : issues)
            printError(io.err, file, position, issue.path + QStringLiteral(": ") + issue.message,
                       issue.hint);
        if (loaded.issues.isEmpty())
            printError(io.err, file, loaded.position, loaded.error,
                       taskDefinitionHint(file, text, command));
        io.err.flush();
        return std::nullopt;
    }
    ProjectData data = *loaded.data;
    if (data.name.isEmpty())
        data.name = QFileInfo(file).completeBaseName();
    return data;
}

void printDiagnostic(QTextStream &stream, const QString &file, const QByteArray &text,
                     const Diagnostic &d)
{
    const TextPosition pos = JsonText::locate(text, d.path);
    QString message = d.message;
    if (d.column > 0)
        message += Tr::tr(" (column %1 of the expression)").arg(d.column);
    const QString severity = Diagnostic::severityName(d.severity);
    if (pos.isValid())
        stream << file << ':' << pos.line << ':' << pos.column << ": " << severity << ": "
               << d.path << ": " << message << '\n';
    else
        stream << file << ": " << severity << ": " << d.path << ": " << message << '\n';
    if (!d.hint.isEmpty())
        stream << "    " << Tr::tr("hint: ") << d.hint << '\n';
}

void printDiagnostics(QTextStream &stream, const QString &file, const Diagnostics &diagnostics)
{
    if (diagnostics.isEmpty())
        return;
    QFile in(file);
    const QByteArray text = in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    for (const Diagnostic &d : diagnostics)
        printDiagnostic(stream, file, text, d);
    stream.flush();
}

} // namespace Berth::Cli
