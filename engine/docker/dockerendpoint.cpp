#include "engine/docker/dockerendpoint.h"
#include "engine/enginetr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Berth::Engine::Docker {

DockerEndpoint::DockerEndpoint() : m_socketPath(QString::fromLatin1(defaultSocketPath))
{
}

DockerEndpoint DockerEndpoint::unixSocket(const QString &path)
{
    DockerEndpoint endpoint;
    endpoint.m_socketPath = path;
    return endpoint;
}

DockerEndpoint DockerEndpoint::tcp(const QString &host, int port)
{
    DockerEndpoint endpoint;
    endpoint.m_kind = Kind::Tcp;
    endpoint.m_socketPath.clear();
    endpoint.m_host = host;
    endpoint.m_port = port;
    return endpoint;
}

void DockerEndpoint::setTls(bool tls, bool verifyPeer, const QString &certDir)
{
    m_tls = tls;
    m_verifyPeer = tls && verifyPeer;
    const QDir dir(certDir);
    const auto existing = [&dir](const char *name) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        return QFileInfo::exists(path) ? path : QString();
    };
    m_caFile = tls ? existing("ca.pem") : QString();
    m_certFile = tls ? existing("cert.pem") : QString();
    m_keyFile = tls ? existing("key.pem") : QString();
}

bool DockerEndpoint::fromEnvironment(const QProcessEnvironment &env, DockerEndpoint *endpoint,
                                     QString *error)
{
    const QString value = env.value(QStringLiteral("DOCKER_HOST")).trimmed();
    if (value.isEmpty()) {
        *endpoint = DockerEndpoint();
        return true;
    }
    const bool tlsVerify = !env.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty();
    const bool tlsRequested = tlsVerify || !env.value(QStringLiteral("DOCKER_TLS")).isEmpty();
    QString certDir = env.value(QStringLiteral("DOCKER_CERT_PATH"));
    if (certDir.isEmpty())
        certDir = QDir::home().filePath(QStringLiteral(".docker"));

    if (value.startsWith(QLatin1String("unix://"))) {
        const QString path = value.mid(7);
        if (path.isEmpty() || !path.startsWith(QLatin1Char('/'))) {
            *error = Tr::tr("DOCKER_HOST=%1: a unix:// address needs an absolute socket path.")
                         .arg(value);
            return false;
        }
        *endpoint = unixSocket(path);
        return true;
    }
    if (value.startsWith(QLatin1Char('/'))) {
        *endpoint = unixSocket(value);
        return true;
    }

    QString address = value;
    bool https = false;
    if (address.startsWith(QLatin1String("tcp://"))) {
        address = address.mid(6);
    } else if (address.startsWith(QLatin1String("http://"))) {
        address = address.mid(7);
    } else if (address.startsWith(QLatin1String("https://"))) {
        address = address.mid(8);
        https = true;
    } else if (address.contains(QLatin1String("://"))) {
        *error =
            Tr::tr("DOCKER_HOST=%1: only unix:// and tcp:// daemons are supported.").arg(value);
        return false;
    }
    while (address.endsWith(QLatin1Char('/')))
        address.chop(1);

    const QUrl url(QStringLiteral("tcp://") + address);
    const QString host = url.host();
    if (!url.isValid() || host.isEmpty() || !url.path().isEmpty()) {
        *error = Tr::tr("DOCKER_HOST=%1: expected tcp://HOST:PORT.").arg(value);
        return false;
    }
    const bool tls = tlsRequested || https;
    const int port = url.port(tls ? 2376 : 2375);
    if (port <= 0 || port > 65535) {
        *error = Tr::tr("DOCKER_HOST=%1: the port is out of range.").arg(value);
        return false;
    }
    *endpoint = tcp(host, port);
    endpoint->setTls(tls, tlsVerify, certDir);
    return true;
}

QString DockerEndpoint::hostAndPort() const
{
    const QString host =
        m_host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(m_host) : m_host;
    return QStringLiteral("%1:%2").arg(host).arg(m_port);
}

QString DockerEndpoint::baseUrl() const
{
    if (m_kind == Kind::UnixSocket)
        return QStringLiteral("http://localhost");
    return (m_tls ? QStringLiteral("https://") : QStringLiteral("http://")) + hostAndPort();
}

QString DockerEndpoint::displayName() const
{
    if (m_kind == Kind::UnixSocket)
        return QStringLiteral("unix://") + m_socketPath;
    return QStringLiteral("tcp://") + hostAndPort();
}

} // namespace Berth::Engine::Docker
