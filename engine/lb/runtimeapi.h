#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Berth::Engine {

/// One row of HAProxy's `show stat`: a frontend, a backend or a server.
struct HaproxyStat
{
    QString proxy;
    QString server;      ///< FRONTEND, BACKEND or the server name
    QString status;      ///< UP, UP 1/3, DOWN, DOWN 1/2, DRAIN, MAINT, OPEN, no check
    QString checkStatus; ///< L7OK, L7STS, L4CON, L4TOUT, INI, ...
    int checkCode = 0;
    qint64 currentSessions = 0;
    qint64 totalSessions = 0;
    qint64 requests = 0; ///< req_tot (HTTP frontends), sessions otherwise
    qint64 responses2xx = 0;
    qint64 responses4xx = 0;
    qint64 responses5xx = 0;
    bool operator==(const HaproxyStat &) const = default;
};

/// A client of HAProxy's runtime API on its stats socket (`level admin`). Each call opens the
/// socket, sends commands separated by ';' and reads until HAProxy closes it; a few ms.
class RuntimeApi
{
public:
    explicit RuntimeApi(QString socketPath = {}) : m_socket(std::move(socketPath)) {}
    void setSocketPath(const QString &path) { m_socket = path; }
    const QString &socketPath() const { return m_socket; }

    /// Runs the commands in one connection; false and *error when the socket fails.
    bool execute(const QStringList &commands, QString *output = nullptr,
                 QString *error = nullptr) const;

    /// add server + enable health + enable server, starting unhealthy so that the target
    /// takes traffic only after `rise` passing checks (ELB's "initial").
    bool addServer(const QString &backend, const QString &server, const QString &address, int port,
                   const QString &options, QString *error = nullptr) const;
    bool drainServer(const QString &backend, const QString &server) const;
    /// Maintenance, closes what is left, and deletes the server.
    bool deleteServer(const QString &backend, const QString &server) const;
    QString showServersState(const QString &backend) const;
    QList<HaproxyStat> showStat(QString *error = nullptr) const;
    /// The worker's process id from `show info`, 0 when unreachable.
    qint64 workerPid() const;

    static QList<HaproxyStat> parseStat(const QString &csv);

private:
    /// execute() without a trace of a failure: for probes that expect some.
    bool send(const QStringList &commands, QString *output, QString *error) const;

    QString m_socket;
};

} // namespace Berth::Engine
