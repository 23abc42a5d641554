#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace Berth::Engine {

/// HAProxy as Berth's child process, in master-worker mode (-W): a reload (SIGUSR2 to the
/// master) starts a new worker on the same listening sockets while the old one finishes its
/// open connections, so no connection drops. Config and stats socket live in a private
/// temporary directory; the socket is `mode 600 level admin`.
class HaproxyProcess : public QObject
{
    Q_OBJECT
public:
    explicit HaproxyProcess(QObject *parent = nullptr);
    ~HaproxyProcess() override;

    /// The haproxy executable: $BERTH_HAPROXY (a path, or a name looked up in PATH), else
    /// haproxy in PATH or /usr/sbin. Empty when HAProxy is not installed.
    static QString findExecutable();
    /// False (and *error says why) when a plain bind to address:port is refused for lack of
    /// privilege; other failures (port in use) count as bindable, HAProxy reports them.
    static bool mayBind(const QString &address, int port);

    QString socketPath() const;
    /// The run's private folder (configuration, runtime API socket, certificates).
    QString directory() const;
    /// Checks the configuration with `haproxy -c` and starts HAProxy; waits until its runtime
    /// API answers (a few hundred ms).
    bool start(const QString &config, QString *error);
    /// Writes the new configuration, checks it and reloads seamlessly.
    bool reload(const QString &config, QString *error);
    void stop();
    bool isRunning() const;

Q_SIGNALS:
    /// HAProxy exited on its own; message carries what it printed last.
    void exited(const QString &message);

private:
    bool writeAndCheck(const QString &config, QString *error);
    bool waitForWorker(qint64 notPid, QString *error);

    QString m_executable;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    QByteArray m_output;
    bool m_stopping = false;
};

} // namespace Berth::Engine
