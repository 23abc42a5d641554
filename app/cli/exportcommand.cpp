#include "app/cli/cli.h"
#include "app/cli/projectloader.h"

#include "model/ecsjson.h"
#include "model/validation/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Berth::Cli {

using namespace Berth::Model;

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Berth::Cli::Export", text, disambiguation, n);
}
} // namespace

int exportCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        tr("Writes register-ready task definitions (for 'aws ecs register-task-definition "
           "--cli-input-json file://FILE') and create-service inputs for every service."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), tr("The folder to write to."),
                                 QStringLiteral("DIR"));
    parser.addOption(out);
    parser.addPositionalArgument(QStringLiteral("export"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project to export."));
    if (const auto done = parseArguments(parser, arguments, "export", io))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1 || !parser.isSet(out)) {
        io.err << tr("berth export: name a project and a folder, e.g. 'berth export "
                     "shop.berth --out exported'")
               << '\n';
        return BadUsage;
    }
    const QString project = positional.first();
    const std::optional<ProjectData> data = loadProject(project, io, "export");
    if (!data)
        return BadUsage;
    const Diagnostics diagnostics = Validator::validate(*data);
    QStringList written;
    QString error;
    if (!EcsJson::writeExport(*data, parser.value(out), &written, &error)) {
        io.err << "berth export: " << error << '\n';
        return BadUsage;
    }
    for (const QString &file : written)
        io.out << tr("wrote %1").arg(file) << '\n';
    const int errors = errorCount(diagnostics);
    if (errors > 0) {
        io.err << tr("warning: the design has %n error(s); ECS may reject what was exported. "
                     "Run 'berth validate %1'.",
                     nullptr, errors)
                      .arg(project)
               << '\n';
        return DesignErrors;
    }
    return Ok;
}

} // namespace Berth::Cli
