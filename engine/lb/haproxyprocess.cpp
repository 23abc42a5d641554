#include "engine/lb/haproxyprocess.h"

#include "engine/lb/lblog.h"
#include "engine/lb/runtimeapi.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Berth::Engine {

HaproxyProcess::HaproxyProcess(QObject *parent) : QObject(parent)
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/berth-lb-XXXXXX"));
    if (m_dir->isValid())
        QFile::setPermissions(m_dir->path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_process.setParent(this);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // HAProxy must not outlive Berth, even when Berth is killed.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(&m_process, &QProcess::readyRead, this, [this] {
        m_output += m_process.readAll();
        m_output = m_output.right(4096);
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus st) {
        if (m_stopping)
            return;
        const QString output = QString::fromUtf8(m_output).trimmed();
        qCWarning(lcLb).noquote() << "HAProxy exited on its own"
                                  << (st == QProcess::CrashExit ? "(crashed)" : "with code")
                                  << code << ":" << output;
        Q_EMIT exited(output);
    });
}

HaproxyProcess::~HaproxyProcess()
{
    stop();
}

QString HaproxyProcess::findExecutable()
{
    const QString configured = qEnvironmentVariable("BERTH_HAPROXY");
    if (!configured.isEmpty()) {
        if (configured.contains(u'/'))
            return QFile::exists(configured) ? configured : QString();
        return QStandardPaths::findExecutable(configured);
    }
    QString found = QStandardPaths::findExecutable(QStringLiteral("haproxy"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return found;
}

bool HaproxyProcess::mayBind(const QString &address, int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return true;
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(quint16(port));
    ::inet_pton(AF_INET, address.toLatin1().constData(), &sa.sin_addr);
    const int rc = ::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    const int err = errno;
    ::close(fd);
    return rc == 0 || err != EACCES;
}

QString HaproxyProcess::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString HaproxyProcess::socketPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("admin.sock")) : QString();
}

bool HaproxyProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

bool HaproxyProcess::writeAndCheck(const QString &config, QString *error)
{
    const QString path = m_dir->filePath(QStringLiteral("haproxy.cfg"));
    const QString next = path + QStringLiteral(".new");
    QFile f(next);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("cannot write %1: %2").arg(next, f.errorString());
        qCWarning(lcLb).noquote() << *error;
        return false;
    }
    f.write(config.toUtf8());
    f.close();
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(m_executable, {QStringLiteral("-c"), QStringLiteral("-f"), next});
    if (!check.waitForFinished(10000) || check.exitCode() != 0) {
        *error = tr("HAProxy refused the generated configuration: %1")
                     .arg(QString::fromUtf8(check.readAll()).trimmed());
        qCWarning(lcLb).noquote() << *error << "(configuration left in" << next << ")";
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(next, path)) {
        qCWarning(lcLb).noquote() << "cannot replace" << path << "with" << next;
        return false;
    }
    qCDebug(lcLb).noquote() << "configuration checked and written to" << path;
    return true;
}

bool HaproxyProcess::waitForWorker(qint64 notPid, QString *error)
{
    const RuntimeApi api(socketPath());
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        const qint64 pid = api.workerPid();
        if (pid > 0 && pid != notPid)
            return true;
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(50);
    }
    *error = tr("HAProxy did not start: %1").arg(QString::fromUtf8(m_output).trimmed());
    qCWarning(lcLb).noquote() << "no new HAProxy worker answered on" << socketPath() << ":"
                              << *error;
    return false;
}

bool HaproxyProcess::start(const QString &config, QString *error)
{
    m_executable = findExecutable();
    if (m_executable.isEmpty()) {
        *error = tr("HAProxy is not installed; install the package haproxy "
                    "(sudo apt install haproxy) to run the load balancers.");
        qCWarning(lcLb) << "no haproxy executable in $BERTH_HAPROXY, PATH or /usr/sbin";
        return false;
    }
    if (!m_dir->isValid()) {
        *error = tr("cannot create a directory for HAProxy: %1").arg(m_dir->errorString());
        qCWarning(lcLb).noquote() << *error;
        return false;
    }
    if (!writeAndCheck(config, error))
        return false;
    m_output.clear();
    m_stopping = false;
    m_process.start(m_executable,
                    {QStringLiteral("-W"), QStringLiteral("-db"), QStringLiteral("-f"),
                     m_dir->filePath(QStringLiteral("haproxy.cfg"))});
    if (!m_process.waitForStarted(5000)) {
        *error = tr("HAProxy did not start: %1").arg(m_process.errorString());
        qCWarning(lcLb).noquote() << m_executable << ":" << *error;
        return false;
    }
    if (!waitForWorker(0, error))
        return false;
    qCDebug(lcLb).noquote() << "HAProxy started:" << m_executable << "master pid"
                            << m_process.processId() << "runtime API" << socketPath();
    return true;
}

bool HaproxyProcess::reload(const QString &config, QString *error)
{
    if (!isRunning())
        return start(config, error);
    if (!writeAndCheck(config, error))
        return false;
    const qint64 old = RuntimeApi(socketPath()).workerPid();
    if (::kill(pid_t(m_process.processId()), SIGUSR2) != 0)
        qCWarning(lcLb) << "cannot signal HAProxy's master" << m_process.processId()
                        << "to reload:" << qt_error_string(errno);
    if (!waitForWorker(old, error))
        return false;
    qCDebug(lcLb) << "HAProxy reloaded: worker" << old << "hands over to"
                  << RuntimeApi(socketPath()).workerPid();
    return true;
}

void HaproxyProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        qCWarning(lcLb) << "HAProxy did not stop within 3 s of SIGTERM; killing it";
        m_process.kill();
        m_process.waitForFinished(1000);
    }
    qCInfo(lcLb) << "HAProxy stopped";
}

} // namespace Berth::Engine
