#pragma once

#include "model/projectdata.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace Berth::Engine {

/// What an open-loop load run sends: \a rate requests a second to \a url for \a durationSeconds.
struct LoadSettings
{
    QString url;
    double rate = 10;
    double durationSeconds = 10;
    /// A request unanswered after this counts as a timeout.
    int timeoutMs = 5000;
    /// Requests due while this many are still unanswered are not sent and count as errors:
    /// an open loop against a stalled target would otherwise open sockets without end.
    int maxInFlight = 4096;
};

/// Latency percentiles in microseconds; -1 when nothing was answered.
struct LatencyPercentiles
{
    qint64 p50 = -1;
    qint64 p90 = -1;
    qint64 p99 = -1;
};

/// What happened in one second of a load run (answers and errors counted in the second they
/// came back, requests sent in the second they were due).
struct LoadSample
{
    int second = 0; ///< 1 for the first second of the run
    int sent = 0;
    int answered = 0; ///< HTTP answers of any status
    int status5xx = 0;
    int connectionFailures = 0;
    int timeouts = 0;
    int notSent = 0; ///< due while maxInFlight requests were unanswered
    int otherErrors = 0;
    LatencyPercentiles latency;

    /// ELB's and the error count: HTTP 5xx, failed connections, timeouts (and the
    /// requests that could not be sent).
    int errors() const { return status5xx + connectionFailures + timeouts + notSent + otherErrors; }
    bool operator==(const LoadSample &) const = default;
};

/// A whole load run.
struct LoadSummary
{
    LoadSample totals; ///< second = number of samples
    double elapsedSeconds = 0;
    double achievedRate = 0; ///< answered requests per second over the run
    bool stopped = false;    ///< stopped before its duration
    QString problem;         ///< the run could not start (e.g. a URL libcurl refuses)
};

/// An open-loop HTTP load generator on libcurl's multi interface: requests leave when the
/// clock says (request i at i / rate seconds), never waiting for earlier replies, over
/// keep-alive connections that libcurl pools. Latency is libcurl's total time of each request.
class LoadGenerator
{
public:
    using SampleHandler = std::function<void(const LoadSample &)>;

    explicit LoadGenerator(LoadSettings settings);

    /// Runs on the calling thread until the duration has passed and every request sent has
    /// been answered or has timed out, or until \a stop becomes true; calls \a onSample once
    /// a second (on this thread).
    LoadSummary run(const SampleHandler &onSample, const std::atomic_bool *stop = nullptr);

    /// Nearest-rank percentiles of \a latencies (microseconds; the vector is reordered).
    static LatencyPercentiles percentiles(std::vector<qint64> &latencies);

    /// Where a load balancer's listener answers from this machine (design decision 2):
    /// 127.79.0.L and the port it binds (the designed port, else the port + 8000 it moves to
    /// without privileges), with \a path. The first HTTP listener is preferred, then HTTPS.
    /// Empty with \a error set when the load balancer is unknown or has no such listener.
    static QString listenerUrl(const Model::ProjectData &project, const QString &loadBalancer,
                               const QString &path, QString *error);

private:
    LoadSettings m_settings;
};

} // namespace Berth::Engine
