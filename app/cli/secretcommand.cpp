#include "app/cli/cli.h"
#include "app/cli/projectloader.h"

#include "engine/secrets/keychainsecretstore.h"
#include "engine/secrets/secretresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <termios.h>
#include <unistd.h>

namespace Berth::Cli {

using Engine::KeychainSecretStore;
using Engine::SecretNeed;
using Engine::SecretResolver;
using Engine::SecretResult;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Berth::Cli::Secret", text, disambiguation, n);
}

QString usage()
{
    return tr("Usage: berth secret set KEY        the value is read from standard input\n"
              "       berth secret list [PROJECT]  keys the project needs, and whether each "
              "is set\n"
              "       berth secret delete KEY\n"
              "KEY is a secret's valueFrom (an SSM parameter or Secrets Manager ARN), a "
              "repositoryCredentials credentialsParameter, or registry:HOST for a registry's "
              "credentials ({\"username\": ..., \"password\": ...} or USER:PASSWORD).\n"
              "Values live in the OS keychain (service \"berth\"), never in a file.\n");
}

/// The value from standard input: typed without echo at a terminal, else read to the end.
QString readValue(Output io)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        io.err << tr("Value (not shown): ") << Qt::flush;
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
    io.err << tr("berth secret: %1: %2").arg(key, r.error) << Qt::endl;
    return BadUsage;
}

int setSecret(const QStringList &args, Output io)
{
    if (args.size() != 1) {
        io.err << tr("berth secret set: name one KEY; the value is read from standard input, "
                     "never from an argument")
               << Qt::endl;
        return BadUsage;
    }
    const QString value = readValue(io);
    if (value.isEmpty()) {
        io.err << tr("berth secret set: the value is empty; nothing was stored") << Qt::endl;
        return BadUsage;
    }
    KeychainSecretStore store;
    const SecretResult r = store.write(args.first(), value);
    if (!r.ok())
        return failed(io, args.first(), r);
    io.out << tr("%1 is set").arg(args.first()) << Qt::endl;
    return Ok;
}

int deleteSecret(const QStringList &args, Output io)
{
    if (args.size() != 1) {
        io.err << tr("berth secret delete: name one KEY") << Qt::endl;
        return BadUsage;
    }
    KeychainSecretStore store;
    const SecretResult r = store.remove(args.first());
    if (r.failed())
        return failed(io, args.first(), r);
    if (r.notFound()) {
        io.out << tr("%1 was not set").arg(args.first()) << Qt::endl;
        return DesignErrors;
    }
    io.out << tr("%1 is deleted").arg(args.first()) << Qt::endl;
    return Ok;
}

int listSecrets(const QStringList &args, Output io)
{
    QStringList files = args;
    if (files.isEmpty()) {
        for (const QFileInfo &f :
             QDir::current().entryInfoList({QStringLiteral("*.berth")}, QDir::Files))
            files << f.filePath();
        if (files.isEmpty()) {
            io.err << tr("berth secret list: name a project; the keychain cannot list what it "
                         "holds, only what a project needs")
                   << Qt::endl;
            return BadUsage;
        }
    }
    QMap<QString, QStringList> uses; // key -> what uses it, in key order
    for (const QString &file : std::as_const(files)) {
        const std::optional<Model::ProjectData> project = loadProject(file, io, "secret list");
        if (!project)
            return BadUsage;
        for (const SecretNeed &n : SecretResolver::needs(*project)) {
            const QString use = n.registryCredentials()
                                    ? tr("%1 %2 registry credentials")
                                          .arg(n.taskDefinition, n.container)
                                    : tr("%1 %2 $%3").arg(n.taskDefinition, n.container,
                                                          n.variable);
            if (!uses[n.key].contains(use))
                uses[n.key].append(use);
        }
    }
    if (uses.isEmpty()) {
        io.out << tr("The project needs no secrets.") << Qt::endl;
        return Ok;
    }
    KeychainSecretStore store;
    int missing = 0;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        const SecretResult r = store.read(it.key());
        if (r.failed())
            return failed(io, it.key(), r);
        missing += r.notFound();
        io.out << it.key() << "  " << (r.ok() ? tr("set") : tr("NOT SET")) << "  ("
               << it.value().join(QStringLiteral(", ")) << ')' << Qt::endl;
    }
    if (missing > 0)
        io.out << tr("%n secret(s) not set; 'berth secret set KEY' sets one.", nullptr, missing)
               << Qt::endl;
    return missing > 0 ? DesignErrors : Ok;
}

} // namespace

int secretCommand(const QStringList &arguments, Output io)
{
    const QStringList args = arguments.mid(2);
    const QString sub = args.value(0);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        io.out << usage();
        return Ok;
    }
    if (sub == QLatin1String("set"))
        return setSecret(args.mid(1), io);
    if (sub == QLatin1String("list"))
        return listSecrets(args.mid(1), io);
    if (sub == QLatin1String("delete"))
        return deleteSecret(args.mid(1), io);
    io.err << usage();
    return BadUsage;
}

} // namespace Berth::Cli
