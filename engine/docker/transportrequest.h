#pragma once

#include "engine/docker/dockererror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace Berth::Engine::Docker {

/**
 * One HTTP request to the daemon. path is relative to the API root ("/containers/json");
 * Transport adds the negotiated /vX.Y prefix unless versioned is false.
 */
struct TransportRequest
{
    QByteArray method = "GET";
    QString path;
    QList<QPair<QString, QString>> query;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// Whole-call limit in ms; 0 means none (long-lived streams).
    int timeoutMs = 30000;
    int connectTimeoutMs = 5000;
    /// Limit for the response headers to arrive in ms; 0 means none.
    int headerTimeoutMs = 0;
    bool versioned = true;
    /// Receives the body of a 2xx answer chunk by chunk, on the calling thread, instead of
    /// collecting it. Return false to end the call early (not an error).
    std::function<bool(QByteArrayView)> onData;

    void addQuery(const QString &key, const QString &value) { query.append({key, value}); }
};

/** The daemon's answer. error is set for transport failures and HTTP status >= 400. */
struct TransportResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    DockerError error;

    bool ok() const { return !error.isError(); }
};

} // namespace Berth::Engine::Docker
