#include "engine/lb/runtimeapi.h"
#include "engine/enginetr.h"

#include "engine/lb/lblog.h"

#include <QCoreApplication>
#include <QLocalSocket>

namespace Berth::Engine {

namespace {

constexpr int kTimeoutMs = 3000;

} // namespace

bool RuntimeApi::execute(const QStringList &commands, QString *output, QString *error) const
{
    QString failure;
    if (send(commands, output, &failure))
        return true;
    qCWarning(lcLb).noquote() << failure << "(" << commands.join(QStringLiteral("; ")) << ")";
    if (error)
        *error = failure;
    return false;
}

bool RuntimeApi::send(const QStringList &commands, QString *output, QString *error) const
{
    QLocalSocket socket;
    socket.connectToServer(m_socket);
    if (!socket.waitForConnected(kTimeoutMs)) {
        if (error)
            *error = Tr::tr("HAProxy's runtime API at %1: %2").arg(m_socket, socket.errorString());
        return false;
    }
    socket.write((commands.join(QStringLiteral("; ")) + u'\n').toUtf8());
    socket.flush();
    QByteArray reply;
    while (socket.state() == QLocalSocket::ConnectedState && socket.waitForReadyRead(kTimeoutMs))
        reply += socket.readAll();
    reply += socket.readAll();
    if (output)
        *output = QString::fromUtf8(reply);
    return true;
}

bool RuntimeApi::addServer(const QString &backend, const QString &server, const QString &address,
                           int port, const QString &options, QString *error) const
{
    const QString id = backend + u'/' + server;
    QString out;
    if (!execute({QStringLiteral("add server %1 %2:%3 %4").arg(id, address).arg(port).arg(options),
                  QStringLiteral("enable health ") + id, QStringLiteral("enable server ") + id,
                  QStringLiteral("set server %1 health down").arg(id)},
                 &out, error))
        return false;
    if (!out.contains(QLatin1String("New server registered"))) {
        qCWarning(lcLb).noquote() << "HAProxy refused to add server" << id << ":" << out.trimmed();
        if (error)
            *error = out.trimmed();
        return false;
    }
    qCDebug(lcLb).noquote() << "added server" << id << "at" << address << port;
    return true;
}

bool RuntimeApi::drainServer(const QString &backend, const QString &server) const
{
    if (!execute({QStringLiteral("set server %1/%2 state drain").arg(backend, server)}))
        return false;
    qCDebug(lcLb).noquote() << "draining server" << backend + u'/' + server;
    return true;
}

bool RuntimeApi::deleteServer(const QString &backend, const QString &server) const
{
    const QString id = backend + u'/' + server;
    QString out;
    if (!execute({QStringLiteral("set server %1 state maint").arg(id),
                  QStringLiteral("shutdown sessions server ") + id,
                  QStringLiteral("del server ") + id},
                 &out))
        return false;
    if (!out.contains(QLatin1String("Server deleted")))
        qCWarning(lcLb).noquote() << "HAProxy did not delete server" << id << ":"
                                  << out.simplified();
    else
        qCDebug(lcLb).noquote() << "deleted server" << id;
    return true;
}

QString RuntimeApi::showServersState(const QString &backend) const
{
    QString out;
    execute({QStringLiteral("show servers state ") + backend}, &out);
    return out;
}

QList<HaproxyStat> RuntimeApi::showStat(QString *error) const
{
    QString out;
    if (!execute({QStringLiteral("show stat")}, &out, error))
        return {};
    return parseStat(out);
}

qint64 RuntimeApi::workerPid() const
{
    // Asked again and again while HAProxy starts: a socket that does not answer yet is news
    // only to the caller, which gives up in time and says so.
    QString out;
    if (!send({QStringLiteral("show info")}, &out, nullptr))
        return 0;
    for (const QString &line : out.split(u'\n')) {
        if (line.startsWith(QLatin1String("Pid: ")))
            return line.mid(5).trimmed().toLongLong();
    }
    return 0;
}

QList<HaproxyStat> RuntimeApi::parseStat(const QString &csv)
{
    const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty() || !lines.first().startsWith(QLatin1String("# ")))
        return {};
    const QStringList header = lines.first().mid(2).split(u',');
    const auto column = [&header](const char *name) { return header.indexOf(QLatin1String(name)); };
    const int pxname = column("pxname"), svname = column("svname"), status = column("status");
    const int check = column("check_status"), code = column("check_code");
    const int scur = column("scur"), stot = column("stot"), req = column("req_tot");
    const int h2 = column("hrsp_2xx"), h4 = column("hrsp_4xx"), h5 = column("hrsp_5xx");
    QList<HaproxyStat> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).split(u',');
        const auto text = [&f](int c) { return c >= 0 && c < f.size() ? f.at(c) : QString(); };
        const auto number = [&text](int c) { return text(c).toLongLong(); };
        HaproxyStat s;
        s.proxy = text(pxname);
        s.server = text(svname);
        s.status = text(status);
        s.checkStatus = text(check).remove(u'*').trimmed();
        s.checkCode = int(number(code));
        s.currentSessions = number(scur);
        s.totalSessions = number(stot);
        s.requests = text(req).isEmpty() ? s.totalSessions : number(req);
        s.responses2xx = number(h2);
        s.responses4xx = number(h4);
        s.responses5xx = number(h5);
        rows << s;
    }
    return rows;
}

} // namespace Berth::Engine
