// berth registry start|stop|status|login-password, and berth image build|push|list: the
// local registry that stands in for ECR, and images in it.

#include "app/cli/cli.h"
#include "app/cli/clitr.h"
#include "app/cli/projectloader.h"

#include "engine/registry/ecrregistry.h"
#include "engine/registry/imagetransfer.h"
#include "engine/registry/localregistry.h"
#include "engine/secrets/keychainsecretstore.h"
#include "model/ecrreference.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace Berth::Cli {

using Engine::EcrRegistry;
using Engine::KeychainSecretStore;
using Engine::LocalRegistry;
using Model::EcrReference;

namespace {

int registryStart(Output io)
{
    LocalRegistry registry;
    KeychainSecretStore store;
    QString error;
    const bool wasRunning = registry.status().answering;
    if (!registry.start(store, &error)) {
        io.err << Tr::tr("berth registry start: %1").arg(error) << Qt::endl;
        return BadUsage;
    }
    const LocalRegistry::Status s = registry.status();
    io.out << (wasRunning ? Tr::tr("The registry runs already at %1 (pid %2).")
                          : Tr::tr("The registry serves at %1 (pid %2)."))
                  .arg(s.address)
                  .arg(s.pid)
           << '\n'
           << Tr::tr("Images: %1. Log in as ECR users do, with the password from the keychain:")
                  .arg(registry.storageDir())
           << '\n'
           << "  berth registry login-password | docker login --username AWS "
              "--password-stdin "
           << s.address << '\n'
           << Tr::tr("Stop it with 'berth registry stop'.") << Qt::endl;
    return Ok;
}

int registryStop(Output io)
{
    LocalRegistry registry;
    const bool running = registry.status().running;
    QString error;
    if (!registry.stop(&error)) {
        io.err << Tr::tr("berth registry stop: %1").arg(error) << Qt::endl;
        return BadUsage;
    }
    io.out << (running ? Tr::tr("The registry at %1 is stopped; its images stay in %2.")
                             .arg(registry.address(), registry.storageDir())
                       : Tr::tr("The registry at %1 was not running.").arg(registry.address()))
           << Qt::endl;
    return Ok;
}

int registryStatus(Output io, bool json)
{
    LocalRegistry registry;
    const LocalRegistry::Status s = registry.status();
    if (json) {
        io.out << QJsonDocument(
                      QJsonObject{{QLatin1String("address"), s.address},
                                  {QLatin1String("running"), s.running},
                                  {QLatin1String("pid"), s.pid},
                                  {QLatin1String("answering"), s.answering},
                                  {QLatin1String("storage"), registry.storageDir()},
                                  {QLatin1String("executable"), LocalRegistry::findExecutable()}})
                      .toJson();
    } else if (s.running) {
        io.out << Tr::tr("The registry runs at %1 (pid %2)%3; images in %4.")
                      .arg(s.address)
                      .arg(s.pid)
                      .arg(s.answering ? QString() : Tr::tr(" but does not answer"),
                           registry.storageDir())
               << Qt::endl;
    } else {
        io.out << Tr::tr("The registry at %1 is not running; 'berth registry start' starts it.")
                      .arg(s.address)
               << Qt::endl;
    }
    return s.running && s.answering ? Ok : DesignErrors;
}

int registryPassword(Output io)
{
    KeychainSecretStore store;
    QString error;
    const QString password = LocalRegistry::loadOrCreatePassword(store, &error);
    if (password.isEmpty()) {
        io.err << Tr::tr("berth registry login-password: %1").arg(error) << Qt::endl;
        return BadUsage;
    }
    io.out << password << Qt::endl;
    return Ok;
}

/// The account and Region of --project, or the defaults a new project has.
std::optional<Model::ProjectData> accountOf(const QString &project, Output io, const char *command)
{
    if (project.isEmpty())
        return Model::ProjectData();
    return loadProject(project, io, command);
}

/// "web:v1" or an ECR URI of the account: (repository, tag).
std::optional<QPair<QString, QString>> repositoryAndTag(const QString &reference,
                                                        const Model::ProjectData &account,
                                                        Output io, const char *command)
{
    EcrReference ref = EcrReference::parse(reference);
    if (ref.isValid()) {
        if (ref.account != account.accountId || ref.region != account.region) {
            io.err << Tr::tr("berth %1: %2 names the registry of account %3 in %4; this one is "
                             "%5 in %6 (--project PROJECT takes a project's)")
                          .arg(QLatin1String(command), reference, ref.account, ref.region,
                               account.accountId, account.region)
                   << Qt::endl;
            return std::nullopt;
        }
    } else {
        ref = EcrReference::parse(EcrReference::registryHost(account.accountId, account.region) +
                                  u'/' + reference);
    }
    if (!ref.digest.isEmpty() || !EcrReference::isValidRepositoryName(ref.repository) ||
        !EcrReference::isValidTag(ref.tag)) {
        io.err << Tr::tr("berth %1: '%2' is not REPOSITORY:TAG (lower-case repository name, "
                         "tag of letters, digits, '_', '.' and '-')")
                      .arg(QLatin1String(command), reference)
               << Qt::endl;
        return std::nullopt;
    }
    return qMakePair(ref.repository, ref.tag);
}

/// Progress on standard error: one line rewritten at a terminal, else lines.
Engine::ImageTransfer::Progress progressPrinter(Output io)
{
    const bool terminal = ::isatty(STDERR_FILENO);
    return [io, terminal](const QString &text, qint64, qint64) {
        if (terminal)
            io.err << "\r\x1b[K" << text.left(160) << Qt::flush;
        else
            io.err << text << Qt::endl;
    };
}

int imageBuild(const QStringList &args, const QString &tag, const QString &project, Output io)
{
    if (args.size() != 1 || tag.isEmpty()) {
        io.err << Tr::tr("berth image build: name one folder with a Dockerfile and --tag "
                         "REPOSITORY:TAG")
               << Qt::endl;
        return BadUsage;
    }
    if (!QFileInfo::exists(args.first() + QStringLiteral("/Dockerfile"))) {
        io.err << Tr::tr("berth image build: %1 has no Dockerfile").arg(args.first()) << Qt::endl;
        return BadUsage;
    }
    const auto account = accountOf(project, io, "image build");
    if (!account)
        return BadUsage;
    const auto named = repositoryAndTag(tag, *account, io, "image build");
    if (!named)
        return BadUsage;
    const QString ecrName = EcrReference::registryHost(account->accountId, account->region) + u'/' +
                            named->first + u':' + named->second;
    QString error;
    const bool terminal = ::isatty(STDERR_FILENO);
    const QString id =
        Engine::ImageTransfer::build(args.first(), {ecrName}, progressPrinter(io), &error);
    if (terminal)
        io.err << "\r\x1b[K" << Qt::flush;
    if (id.isEmpty()) {
        io.err << Tr::tr("berth image build: %1").arg(error) << Qt::endl;
        return DesignErrors;
    }
    io.out << Tr::tr("Built %1 (%2). 'berth image push %3:%4' pushes it to the local registry.")
                  .arg(ecrName, id.left(19), named->first, named->second)
           << Qt::endl;
    return Ok;
}

int imagePush(const QStringList &args, const QString &project, Output io)
{
    if (args.size() != 1) {
        io.err << Tr::tr("berth image push: name one REPOSITORY:TAG") << Qt::endl;
        return BadUsage;
    }
    const auto account = accountOf(project, io, "image push");
    if (!account)
        return BadUsage;
    const auto named = repositoryAndTag(args.first(), *account, io, "image push");
    if (!named)
        return BadUsage;
    KeychainSecretStore store;
    QString error;
    Engine::ImageTransfer::Published published;
    const bool terminal = ::isatty(STDERR_FILENO);
    const Engine::ImageTransfer::Publish result = Engine::ImageTransfer::publish(
        store, account->accountId, account->region, account->repository(named->first),
        named->first, named->second, progressPrinter(io), &published, &error);
    if (terminal)
        io.err << "\r\x1b[K" << Qt::flush;
    for (const QString &n : std::as_const(published.notes))
        io.err << n << '\n';
    if (result != Engine::ImageTransfer::Publish::Pushed) {
        io.err << Tr::tr("berth image push: %1").arg(error) << Qt::endl;
        return result == Engine::ImageTransfer::Publish::Unavailable ? BadUsage : DesignErrors;
    }
    io.out << Tr::tr("Pushed %1 as %2 (%3).")
                  .arg(published.ecrName, published.local, published.digest)
           << Qt::endl;
    return Ok;
}

int imagePull(const QStringList &args, const QString &project, Output io)
{
    if (args.size() != 1) {
        io.err << Tr::tr("berth image pull: name one REPOSITORY:TAG") << Qt::endl;
        return BadUsage;
    }
    const auto account = accountOf(project, io, "image pull");
    if (!account)
        return BadUsage;
    const auto named = repositoryAndTag(args.first(), *account, io, "image pull");
    if (!named)
        return BadUsage;
    KeychainSecretStore store;
    LocalRegistry registry;
    QString error;
    if (!registry.start(store, &error)) {
        io.err << Tr::tr("berth image pull: %1").arg(error) << Qt::endl;
        return BadUsage;
    }
    auto ecr = EcrRegistry::open(store, account->accountId, account->region, &error, registry);
    if (!ecr) {
        io.err << Tr::tr("berth image pull: %1").arg(error) << Qt::endl;
        return BadUsage;
    }
    const bool terminal = ::isatty(STDERR_FILENO);
    const bool pulled =
        Engine::ImageTransfer::pull(*ecr, named->first, named->second, progressPrinter(io), &error);
    if (terminal)
        io.err << "\r\x1b[K" << Qt::flush;
    if (!pulled) {
        io.err << Tr::tr("berth image pull: CannotPullContainerError: %1").arg(error) << Qt::endl;
        return DesignErrors;
    }
    io.out << Tr::tr("Pulled %1 as %2.")
                  .arg(ecr->localReference(named->first, named->second),
                       ecr->ecrHost() + u'/' + named->first + u':' + named->second)
           << Qt::endl;
    return Ok;
}

int imageList(const QStringList &args, const QString &project, bool json, Output io)
{
    if (args.size() != 1) {
        io.err << Tr::tr("berth image list: name one REPOSITORY") << Qt::endl;
        return BadUsage;
    }
    const auto account = accountOf(project, io, "image list");
    if (!account)
        return BadUsage;
    KeychainSecretStore store;
    QString error;
    auto ecr = EcrRegistry::open(store, account->accountId, account->region, &error);
    if (!ecr) {
        io.err << Tr::tr("berth image list: %1").arg(error) << Qt::endl;
        return BadUsage;
    }
    QList<EcrRegistry::Image> images;
    const Engine::EcrError listed = ecr->describeImages(args.first(), {}, &images);
    if (listed.isError()) {
        io.err << Tr::tr("berth image list: %1: %2").arg(listed.type, listed.message) << Qt::endl;
        return DesignErrors;
    }
    QJsonArray out;
    for (const EcrRegistry::Image &i : images) {
        if (json) {
            QJsonObject o{{QLatin1String("imageDigest"), i.image.digest},
                          {QLatin1String("imageTags"), QJsonArray::fromStringList(i.image.tags)},
                          {QLatin1String("imageSizeInBytes"), i.image.size}};
            if (i.pushedAt.isValid())
                o.insert(QLatin1String("imagePushedAt"), i.pushedAt.toString(Qt::ISODate));
            out.append(o);
        } else {
            io.out << i.image.tags.join(u',') << "  " << i.image.digest.left(19) << "  "
                   << QString::number(double(i.image.size) / 1e6, 'f', 1) << " MB  "
                   << (i.pushedAt.isValid() ? i.pushedAt.toString(Qt::ISODate)
                                            : Tr::tr("(pushed "
                                                     "outside Berth)"))
                   << '\n';
        }
    }
    if (json)
        io.out << QJsonDocument(QJsonObject{{QLatin1String("imageDetails"), out}}).toJson();
    else if (images.isEmpty())
        io.out << Tr::tr("The repository %1 holds no images.").arg(args.first()) << '\n';
    io.out.flush();
    return Ok;
}

} // namespace

int registryCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        Tr::tr("The local image registry that stands in for ECR (Debian's docker-registry on "
               "127.80.0.1:5000, user AWS, password in the OS keychain).\n"
               "  start            start it (it keeps running after this command)\n"
               "  stop             stop it; the images stay\n"
               "  status           whether it runs and answers\n"
               "  login-password   print its password, for docker login --password-stdin\n"
               "BERTH_REGISTRY_ADDRESS=HOST:PORT and BERTH_REGISTRY_DIR choose another address "
               "and folder.\n"
               "Exit codes: 0 fine; 1 status: not running; 2 bad usage or it cannot start."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("status: print it as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("registry"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Tr::tr("start, stop, status or login-password."),
                                 QStringLiteral("start|stop|status|login-password"));
    if (const auto done = parseArguments(parser, arguments, "registry", io))
        return *done;
    const QStringList args = parser.positionalArguments().mid(1);
    const QString sub = args.value(0);
    if (args.size() == 1 && sub == QLatin1String("start"))
        return registryStart(io);
    if (args.size() == 1 && sub == QLatin1String("stop"))
        return registryStop(io);
    if (args.size() == 1 && sub == QLatin1String("status"))
        return registryStatus(io, parser.isSet(json));
    if (args.size() == 1 && sub == QLatin1String("login-password"))
        return registryPassword(io);
    io.err << Tr::tr("berth registry: say what to do: start, stop, status or login-password")
           << Qt::endl;
    return BadUsage;
}

int imageCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        Tr::tr("Images in the local registry, named as ECR names them "
               "(ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPOSITORY:TAG).\n"
               "  build DIR --tag REPOSITORY:TAG   build DIR's Dockerfile through the Docker "
               "Engine API\n"
               "  push REPOSITORY:TAG              push it to the local registry (started when "
               "needed; the repository is made when missing)\n"
               "  pull REPOSITORY:TAG              pull it from the local registry and name it "
               "as ECR does, as a run does\n"
               "  list REPOSITORY                  tags, digest, size and pushed-at\n"
               "Exit codes: 0 fine; 1 the build or push failed; 2 bad usage."));
    parser.addHelpOption();
    const QCommandLineOption tag(QStringLiteral("tag"),
                                 Tr::tr("build: the image's REPOSITORY:TAG."),
                                 QStringLiteral("REPOSITORY:TAG"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     Tr::tr("Take the account and Region from this project "
                                            "(default 123456789012, us-east-1)."),
                                     QStringLiteral("PROJECT"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("list: print JSON."));
    parser.addOptions({tag, project, json});
    parser.addPositionalArgument(QStringLiteral("image"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), Tr::tr("build, push, pull or list."),
                                 QStringLiteral("build|push|pull|list"));
    parser.addPositionalArgument(QStringLiteral("WHAT"),
                                 Tr::tr("The folder, REPOSITORY:TAG or REPOSITORY."),
                                 QStringLiteral("DIR|REPOSITORY:TAG|REPOSITORY"));
    if (const auto done = parseArguments(parser, arguments, "image", io))
        return *done;
    const QStringList args = parser.positionalArguments().mid(1);
    const QString sub = args.value(0);
    const QString projectFile = parser.value(project);
    if (sub == QLatin1String("build"))
        return imageBuild(args.mid(1), parser.value(tag), projectFile, io);
    if (sub == QLatin1String("push"))
        return imagePush(args.mid(1), projectFile, io);
    if (sub == QLatin1String("pull"))
        return imagePull(args.mid(1), projectFile, io);
    if (sub == QLatin1String("list"))
        return imageList(args.mid(1), projectFile, parser.isSet(json), io);
    io.err << Tr::tr("berth image: say what to do: build, push, pull or list") << Qt::endl;
    return BadUsage;
}

} // namespace Berth::Cli
