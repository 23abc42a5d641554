#include "engine/registry/localregistry.h"
#include "engine/enginetr.h"

#include "engine/registry/htpasswd.h"
#include "engine/registry/registryclient.h"
#include "engine/registry/registrylog.h"
#include "engine/scheduler/addressing.h"
#include "engine/secrets/secretstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

#include <csignal>

namespace Berth::Engine {

namespace {

QString randomPassword()
{
    static const QLatin1String alphabet(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString text;
    for (int i = 0; i < 32; ++i)
        text += QChar(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return text;
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(content);
    if (!file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

} // namespace

LocalRegistry::LocalRegistry() : LocalRegistry(defaultAddress(), defaultStateDir())
{
}

LocalRegistry::LocalRegistry(QString address, QString stateDir)
    : m_address(std::move(address)), m_stateDir(std::move(stateDir))
{
}

QString LocalRegistry::defaultAddress()
{
    const QString configured = qEnvironmentVariable("BERTH_REGISTRY_ADDRESS");
    if (!configured.isEmpty())
        return configured;
    return Addressing::registryAddress() + QStringLiteral(":5000");
}

QString LocalRegistry::defaultStateDir()
{
    const QString configured = qEnvironmentVariable("BERTH_REGISTRY_DIR");
    if (!configured.isEmpty())
        return configured;
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/berth/registry");
}

QString LocalRegistry::findExecutable()
{
    const QString configured = qEnvironmentVariable("BERTH_DOCKER_REGISTRY");
    if (!configured.isEmpty()) {
        if (configured.contains(u'/'))
            return QFile::exists(configured) ? configured : QString();
        return QStandardPaths::findExecutable(configured);
    }
    QString found = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(QStringLiteral("docker-registry"),
                                               {QStringLiteral("/usr/bin")});
    return found;
}

QString LocalRegistry::storageDir() const
{
    return m_stateDir + QStringLiteral("/storage");
}

QString LocalRegistry::configPath() const
{
    return m_stateDir + QStringLiteral("/config.yml");
}

QString LocalRegistry::htpasswdPath() const
{
    return m_stateDir + QStringLiteral("/htpasswd");
}

QString LocalRegistry::logPath() const
{
    return m_stateDir + QStringLiteral("/registry.log");
}

QString LocalRegistry::configText() const
{
    // Access logs off and warnings only: the registry idles without writing a line.
    return QStringLiteral("version: 0.1\n"
                          "log:\n"
                          "  level: warn\n"
                          "  accesslog:\n"
                          "    disabled: true\n"
                          "storage:\n"
                          "  filesystem:\n"
                          "    rootdirectory: %1\n"
                          "  delete:\n"
                          "    enabled: true\n"
                          "http:\n"
                          "  addr: %2\n"
                          "auth:\n"
                          "  htpasswd:\n"
                          "    realm: berth-ecr\n"
                          "    path: %3\n")
        .arg(storageDir(), m_address, htpasswdPath());
}

QString LocalRegistry::loadOrCreatePassword(SecretStore &store, QString *error)
{
    const QString key = QLatin1String(kPasswordKey);
    const SecretResult read = store.read(key);
    if (read.ok() && !read.value.isEmpty())
        return read.value;
    if (read.failed()) {
        *error =
            Tr::tr("The registry's password cannot be read from the keychain: %1").arg(read.error);
        return {};
    }
    const QString made = randomPassword();
    const SecretResult written = store.write(key, made);
    if (!written.ok()) {
        *error =
            Tr::tr("The registry's password cannot be kept in the keychain: %1").arg(written.error);
        return {};
    }
    return made;
}

Docker::RegistryAuth LocalRegistry::auth(const QString &password) const
{
    return Docker::RegistryAuth(QLatin1String(kUser), password, m_address);
}

bool LocalRegistry::writeFiles(const QString &password, QString *error) const
{
    if (!QDir().mkpath(storageDir())) {
        *error = Tr::tr("cannot create %1").arg(storageDir());
        return false;
    }
    QFile::setPermissions(m_stateDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Written before every start: the registry reads it once, and makes up a user of its own
    // when the file is missing.
    const QByteArray line = Htpasswd::line(QLatin1String(kUser), password, error);
    if (line.isEmpty())
        return false;
    return writeFile(htpasswdPath(), line, error) &&
           writeFile(configPath(), configText().toUtf8(), error);
}

qint64 LocalRegistry::runningPid() const
{
    QFile pidFile(m_stateDir + QStringLiteral("/registry.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    const qint64 pid = pidFile.readAll().trimmed().toLongLong();
    if (pid <= 0)
        return 0;
    // The pid is ours only while that process is a registry serving this configuration.
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray command = cmdline.readAll();
    if (!command.contains("docker-registry") && !command.contains("registry"))
        return 0;
    if (!command.contains(QFile::encodeName(configPath())))
        return 0;
    return pid;
}

LocalRegistry::Status LocalRegistry::status() const
{
    Status s;
    s.address = m_address;
    s.pid = runningPid();
    s.running = s.pid > 0;
    if (s.running)
        s.answering = RegistryClient(m_address, {}, {}).check() == 401;
    return s;
}

bool LocalRegistry::start(SecretStore &store, QString *error)
{
    const Status now = status();
    if (now.running && now.answering)
        return true;
    const QString executable = findExecutable();
    if (executable.isEmpty()) {
        *error = Tr::tr("The registry is not installed; install the package docker-registry "
                        "(sudo apt install docker-registry).");
        return false;
    }
    const QString password = loadOrCreatePassword(store, error);
    if (password.isEmpty())
        return false;
    if (!writeFiles(password, error))
        return false;
    if (RegistryClient(m_address, {}, {}).check() != 0 && !now.running) {
        *error = Tr::tr("Something else answers on %1 already. Stop it, or choose another "
                        "address with BERTH_REGISTRY_ADDRESS=HOST:PORT.")
                     .arg(m_address);
        return false;
    }
    QProcess process;
    process.setProgram(executable);
    process.setArguments({QStringLiteral("serve"), configPath()});
    process.setWorkingDirectory(m_stateDir);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(logPath(), QIODevice::Append);
    process.setStandardErrorFile(logPath(), QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        *error =
            Tr::tr("The registry (%1) did not start: %2").arg(executable, process.errorString());
        return false;
    }
    if (!writeFile(m_stateDir + QStringLiteral("/registry.pid"), QByteArray::number(pid) + '\n',
                   error))
        return false;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (RegistryClient(m_address, {}, {}).check() == 401) {
            qCDebug(lcRegistry).noquote() << "registry started on" << m_address << "pid" << pid;
            return true;
        }
        if (!QFile::exists(QStringLiteral("/proc/%1").arg(pid)))
            break;
        QThread::msleep(50);
    }
    QFile log(logPath());
    QString said;
    if (log.open(QIODevice::ReadOnly))
        said = QString::fromUtf8(log.readAll().right(600)).trimmed();
    *error = Tr::tr("The registry did not answer on %1: %2 (its log: %3)")
                 .arg(m_address, said.isEmpty() ? Tr::tr("no output") : said, logPath());
    if (QFile::exists(QStringLiteral("/proc/%1").arg(pid)))
        ::kill(pid_t(pid), SIGTERM);
    return false;
}

bool LocalRegistry::stop(QString *error)
{
    const qint64 pid = runningPid();
    if (pid <= 0)
        return true;
    if (::kill(pid_t(pid), SIGTERM) != 0) {
        *error =
            Tr::tr("cannot stop the registry (pid %1): %2").arg(pid).arg(qt_error_string(errno));
        return false;
    }
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && runningPid() == pid)
        QThread::msleep(20);
    if (runningPid() == pid) {
        ::kill(pid_t(pid), SIGKILL);
        QThread::msleep(100);
    }
    QFile::remove(m_stateDir + QStringLiteral("/registry.pid"));
    qCDebug(lcRegistry) << "registry stopped, pid" << pid;
    return true;
}

} // namespace Berth::Engine
