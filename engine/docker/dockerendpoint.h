#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace Berth::Engine::Docker {

/**
 * Where the Docker daemon listens and how to talk to it: a Unix socket, or TCP with optional
 * TLS client certificates. Built from DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH
 * the way the docker CLI reads them.
 */
class DockerEndpoint
{
public:
    enum class Kind { UnixSocket, Tcp };

    static constexpr const char *defaultSocketPath = "/var/run/docker.sock";

    /** The default endpoint: the Unix socket at /var/run/docker.sock. */
    DockerEndpoint();

    static DockerEndpoint unixSocket(const QString &path);
    static DockerEndpoint tcp(const QString &host, int port);

    /**
     * Reads DOCKER_HOST (unix://PATH, tcp://HOST:PORT, http://, https://), DOCKER_TLS_VERIFY,
     * DOCKER_TLS and DOCKER_CERT_PATH (default ~/.docker) from \a env. Returns false and sets
     * \a error for a value Berth cannot use (ssh://, npipe://, a malformed address).
     */
    static bool fromEnvironment(const QProcessEnvironment &env, DockerEndpoint *endpoint,
                                QString *error);

    Kind kind() const { return m_kind; }
    QString socketPath() const { return m_socketPath; }
    QString host() const { return m_host; }
    int port() const { return m_port; }

    bool useTls() const { return m_tls; }
    bool verifyPeer() const { return m_verifyPeer; }
    QString caFile() const { return m_caFile; }
    QString certFile() const { return m_certFile; }
    QString keyFile() const { return m_keyFile; }
    void setTls(bool tls, bool verifyPeer, const QString &certDir);

    /** The base URL for libcurl: http://localhost for a socket, http(s)://host:port. */
    QString baseUrl() const;
    /** What a user reads in an error: unix:///var/run/docker.sock or tcp://host:port. */
    QString displayName() const;

private:
    QString hostAndPort() const;

    Kind m_kind = Kind::UnixSocket;
    QString m_socketPath;
    QString m_host;
    int m_port = 0;
    bool m_tls = false;
    bool m_verifyPeer = false;
    QString m_caFile;
    QString m_certFile;
    QString m_keyFile;
};

} // namespace Berth::Engine::Docker
