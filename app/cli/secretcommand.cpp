#include "app/cli/cli.h"
#include "app/cli/clitr.h"
#include "app/cli/projectloader.h"
#include "engine/secrets/secretindex.h"

#include "engine/secrets/keychainsecretstore.h"
#include "engine/secrets/secretresolver.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <termios.h>
#include <unistd.h>

namespace Berth::Cli {

using Engine::KeychainSecretStore;
using Engine::SecretNeed;
using Engine::SecretResolver;
using Engine::SecretResult;

namespace {

/// The value from standard input: typed without echo at a terminal, else read to the end.
QString readValue(Output io)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        io.err << Tr::tr("Value (not shown): ") << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    QByteArray bytes;
    if (in.open(stdin, QIODevice::ReadOnly))
        bytes = terminal ? in.readLine() : in.readAll();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        io.err << Qt::endl;
    }
    if (bytes.endsWith('\n'))
        bytes.chop(1); // what `echo VALUE |` adds
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

int failed(Output io, const QString &key, const SecretResult &r)
{
    io.err << Tr::tr("berth secret: %1: %2").arg(key, r.error) << Qt::endl;
    return BadUsage;
}

int setSecret(const QStringList &args, Output io)
{
    if (args.size() != 1) {
        io.err << Tr::tr("berth secret set: name one KEY; the value is read from standard input, "
                         "never from an argument")
               << Qt::endl;
        return BadUsage;
    }
    const QString value = readValue(io);
    if (value.isEmpty()) {
        io.err << Tr::tr("berth secret set: the value is empty; nothing was stored") << Qt::endl;
        return BadUsage;
    }
    KeychainSecretStore store;
    const SecretResult r = store.write(args.first(), value);
    if (!r.ok())
        return failed(io, args.first(), r);
    io.out << Tr::tr("%1 is set").arg(args.first()) << Qt::endl;
    return Ok;
}

int deleteSecret(const QStringList &args, Output io)
{
    if (args.size() != 1) {
        io.err << Tr::tr("berth secret delete: name one KEY") << Qt::endl;
        return BadUsage;
    }
    KeychainSecretStore store;
    const SecretResult r = store.remove(args.first());
    if (r.failed())
        return failed(io, args.first(), r);
    if (r.notFound()) {
        io.out << Tr::tr("%1 was not set").arg(args.first()) << Qt::endl;
        return DesignErrors;
    }
    io.out << Tr::tr("%1 is deleted").arg(args.first()) << Qt::endl;
    return Ok;
}

/// Without a project: the keys Berth stored, each marked when its keychain entry is gone.
int listStored(Output io, bool json)
{
    const QStringList keys = Engine::SecretIndex::keys();
    KeychainSecretStore store;
    QJsonArray secrets;
    int gone = 0;
    for (const QString &key : keys) {
        const SecretResult r = store.read(key);
        if (r.failed())
            return failed(io, key, r);
        gone += r.notFound();
        if (json) {
            secrets.append(QJsonObject{{QLatin1String("key"), key},
                                       {QLatin1String("set"), r.ok()}});
        } else {
            io.out << key << "  "
                   << (r.ok() ? Tr::tr("set") : Tr::tr("GONE (no longer in the keychain)"))
                   << Qt::endl;
        }
    }
    if (json) {
        io.out << QJsonDocument(QJsonObject{{QLatin1String("secrets"), secrets}}).toJson();
    } else if (keys.isEmpty()) {
        io.out << Tr::tr("Berth has stored no secrets; 'berth secret set KEY' stores one.")
               << Qt::endl;
    } else if (gone > 0) {
        io.out << Tr::tr("%n secret(s) gone from the keychain; 'berth secret set KEY' stores one "
                         "again, 'berth secret delete KEY' forgets it.",
                         nullptr, gone)
               << Qt::endl;
    }
    io.out.flush();
    return gone > 0 ? DesignErrors : Ok;
}

QJsonObject useJson(const SecretNeed &n)
{
    QJsonObject o{{QLatin1String("taskDefinition"), n.taskDefinition},
                  {QLatin1String("container"), n.container}};
    if (n.registryCredentials())
        o.insert(QLatin1String("registryCredentials"), true);
    else
        o.insert(QLatin1String("variable"), n.variable);
    return o;
}

/// With projects: the keys they need, and whether each is set.
int listNeeded(const QStringList &files, Output io, bool json)
{
    QMap<QString, QStringList> uses; // key -> what uses it, in key order
    QMap<QString, QJsonArray> usesJson;
    for (const QString &file : files) {
        const std::optional<Model::ProjectData> project = loadProject(file, io, "secret list");
        if (!project)
            return BadUsage;
        for (const SecretNeed &n : SecretResolver::needs(*project)) {
            const QString use =
                n.registryCredentials()
                    ? Tr::tr("%1 %2 registry credentials").arg(n.taskDefinition, n.container)
                    : Tr::tr("%1 %2 $%3").arg(n.taskDefinition, n.container, n.variable);
            if (!uses[n.key].contains(use)) {
                uses[n.key].append(use);
                usesJson[n.key].append(useJson(n));
            }
        }
    }
    if (uses.isEmpty() && !json) {
        io.out << Tr::tr("The project needs no secrets.") << Qt::endl;
        return Ok;
    }
    KeychainSecretStore store;
    int missing = 0;
    QJsonArray secrets;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        const SecretResult r = store.read(it.key());
        if (r.failed())
            return failed(io, it.key(), r);
        missing += r.notFound();
        if (json)
            secrets.append(QJsonObject{{QLatin1String("key"), it.key()},
                                       {QLatin1String("set"), r.ok()},
                                       {QLatin1String("uses"), usesJson.value(it.key())}});
        else
            io.out << it.key() << "  " << (r.ok() ? Tr::tr("set") : Tr::tr("NOT SET")) << "  ("
                   << it.value().join(QStringLiteral(", ")) << ')' << Qt::endl;
    }
    if (json)
        io.out << QJsonDocument(QJsonObject{{QLatin1String("secrets"), secrets}}).toJson();
    else if (missing > 0)
        io.out << Tr::tr("%n secret(s) not set; 'berth secret set KEY' sets one.", nullptr, missing)
               << Qt::endl;
    io.out.flush();
    return missing > 0 ? DesignErrors : Ok;
}

} // namespace

int secretCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        Tr::tr("Secret values in the OS keychain (service \"berth\"), never in a file.\n"
               "  set KEY           store a value, read from standard input (typed unseen at a "
               "terminal)\n"
               "  list              the keys Berth stored, marking those gone from the keychain\n"
               "  list PROJECT...   the keys the projects need, and whether each is set\n"
               "  delete KEY        remove a value\n"
               "KEY is a secret's valueFrom (an SSM parameter or Secrets Manager ARN), a "
               "repositoryCredentials credentialsParameter, or registry:HOST for a registry's "
               "credentials ({\"username\": ..., \"password\": ...} or USER:PASSWORD).\n"
               "Exit codes: 0 fine; 1 a secret is not set or gone; 2 bad usage or no keychain."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("list: print the keys as JSON (never the values)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("secret"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), Tr::tr("set, list or delete."),
                                 QStringLiteral("set|list|delete"));
    parser.addPositionalArgument(QStringLiteral("KEY"),
                                 Tr::tr("The secret's key; for list, "
                                        "projects (optional)."),
                                 QStringLiteral("[KEY|PROJECT...]"));
    if (const auto done = parseArguments(parser, arguments, "secret", io))
        return *done;
    const QStringList args = parser.positionalArguments().mid(1);
    const QString sub = args.value(0);
    if (sub == QLatin1String("list")) {
        return args.size() > 1 ? listNeeded(args.mid(1), io, parser.isSet(json))
                               : listStored(io, parser.isSet(json));
    }
    if (parser.isSet(json)) {
        io.err << Tr::tr("berth secret: --json is for 'berth secret list'") << Qt::endl;
        return BadUsage;
    }
    if (sub == QLatin1String("set"))
        return setSecret(args.mid(1), io);
    if (sub == QLatin1String("delete"))
        return deleteSecret(args.mid(1), io);
    io.err << Tr::tr("berth secret: say what to do: 'berth secret set KEY', 'berth secret list "
                     "[PROJECT]' or 'berth secret delete KEY'")
           << Qt::endl;
    return BadUsage;
}

} // namespace Berth::Cli
