#pragma once

#include "engine/docker/dockerendpoint.h"
#include "engine/docker/dockerresult.h"
#include "engine/docker/transportrequest.h"

#include <memory>
#include <mutex>

namespace Berth::Engine::Docker {

class CancelToken;

/**
 * HTTP to the Docker daemon on libcurl, over its Unix socket or TCP (with TLS client
 * certificates). Every call is synchronous, bounded by the request's timeouts and
 * cancellable through a CancelToken. Thread-safe: each call uses its own curl handles, so
 * one Transport serves the engine thread and stream threads at once. Never call it on the
 * GUI thread.
 *
 * The API version is negotiated on first use: GET /version, then the server's ApiVersion,
 * capped at maxApiVersion (the version this client is written against).
 */
class Transport
{
public:
    static constexpr const char *maxApiVersion = "1.41";
    static constexpr const char *minApiVersion = "1.25";

    explicit Transport(DockerEndpoint endpoint = DockerEndpoint());
    ~Transport();
    Transport(const Transport &) = delete;
    Transport &operator=(const Transport &) = delete;

    /**
     * A transport for the daemon named by DOCKER_HOST and friends. If they cannot be used,
     * every call of the returned transport fails with that configuration error.
     */
    static std::shared_ptr<Transport> fromEnvironment();

    const DockerEndpoint &endpoint() const { return m_endpoint; }
    DockerError configurationError() const { return m_configError; }

    /** Sends \a request; negotiates the API version first when the path is versioned. */
    TransportResponse send(const TransportRequest &request, CancelToken *cancel = nullptr);

    /**
     * Sends \a requests at once over one connection pool that is kept between calls (for
     * polling many containers each second); one response each, in order. Calls of this
     * function are serialized.
     */
    QList<TransportResponse> sendAll(const QList<TransportRequest> &requests,
                                     CancelToken *cancel = nullptr);

    /** The negotiated API version ("1.41"), negotiating now (within \a timeoutMs) if needed. */
    DockerResult<QString> apiVersion(int timeoutMs = 10000, CancelToken *cancel = nullptr);
    /** Pins the API version and skips negotiation. */
    void setApiVersion(const QString &version);

    /** min(server, maxApiVersion); empty when the server is older than minApiVersion. */
    static QString chooseApiVersion(const QString &serverApiVersion);
    /** Compares dotted versions numerically: <0, 0, >0. */
    static int compareVersions(const QString &a, const QString &b);
    /** The daemon's {"message": ...} from an error body, or the body's text. */
    static QString daemonMessage(const QByteArray &body);

private:
    TransportResponse perform(const TransportRequest &request, CancelToken *cancel,
                              const QString &version);
    QString buildUrl(const TransportRequest &request, const QString &version) const;
    DockerError connectionError(int curlCode, const QString &detail) const;
    /// Runs \a requests on the curl multi handle \a multi (a CURLM *) until all are done.
    QList<TransportResponse> performOn(void *multi, const QList<const TransportRequest *> &requests,
                                       CancelToken *cancel, const QString &version);

    DockerEndpoint m_endpoint;
    DockerError m_configError;
    std::mutex m_versionMutex;
    QString m_apiVersion;
    std::mutex m_batchMutex;
    void *m_batchMulti = nullptr; ///< CURLM * of sendAll(), kept for its connection cache
};

} // namespace Berth::Engine::Docker
