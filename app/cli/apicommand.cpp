#include "app/cli/cli.h"
#include "app/cli/clitr.h"

#include "engine/api/apicredentials.h"
#include "engine/api/apiserver.h"
#include "engine/api/ecsapi.h"
#include "engine/secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Berth::Cli {

int apiCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        Tr::tr("ECS's API, served while a run is on ('berth run', or Run in the window).\n"
               "  env          print the shell lines that point the aws CLI and the SDKs at it:\n"
               "               eval \"$(berth api env)\"\n"
               "               aws --endpoint-url http://127.0.0.1:4080 ecs list-clusters\n"
               "  operations   list the ECS operations it answers"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), Tr::tr("The API's port (default 4080)."),
                                  QStringLiteral("N"),
                                  QString::number(Engine::ApiServer::kDefaultPort));
    const QCommandLineOption region(QStringLiteral("region"),
                                    Tr::tr("The region the CLI names (default us-east-1)."),
                                    QStringLiteral("REGION"), QStringLiteral("us-east-1"));
    parser.addOptions({port, region});
    parser.addPositionalArgument(QStringLiteral("api"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("env|operations"), Tr::tr("What to print."));
    if (const auto done = parseArguments(parser, arguments, "api", io))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    bool portOk = false;
    const int portNumber = parser.value(port).toInt(&portOk);
    if (positional.size() != 1 || !portOk || portNumber < 1 || portNumber > 65535) {
        io.err << Tr::tr("berth api: say what to print, e.g. 'berth api env' or 'berth api "
                         "operations'")
               << Qt::endl;
        return BadUsage;
    }
    if (positional.first() == QLatin1String("operations")) {
        for (const QString &op : Engine::EcsApi::operations())
            io.out << op << Qt::endl;
        return Ok;
    }
    if (positional.first() != QLatin1String("env")) {
        io.err << Tr::tr("berth api: '%1' is not something it prints; try 'env' or 'operations'")
                      .arg(positional.first())
               << Qt::endl;
        return BadUsage;
    }
    Engine::KeychainSecretStore store;
    QString error;
    const Engine::ApiCredentials credentials =
        Engine::ApiCredentials::loadOrCreate(store, &error);
    if (!credentials.isValid()) {
        io.err << "berth api: " << error << Qt::endl;
        return BadUsage;
    }
    io.out << Engine::ApiServer::environment(
        credentials, QStringLiteral("http://127.0.0.1:%1").arg(portNumber), parser.value(region));
    return Ok;
}

} // namespace Berth::Cli
