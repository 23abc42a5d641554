#include "engine/lb/loadgenerator.h"

#include "engine/enginetr.h"
#include "engine/lb/haproxyconfig.h"
#include "engine/lb/haproxyprocess.h"

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <mutex>

namespace Berth::Engine {

namespace {

using Clock = std::chrono::steady_clock;

size_t discardBody(char *, size_t size, size_t count, void *)
{
    return size * count;
}

// One second's counts while it fills; latencies kept until the second is reported.
struct Bucket
{
    LoadSample sample;
    std::vector<qint64> latencies;
};

} // namespace

LoadGenerator::LoadGenerator(LoadSettings settings) : m_settings(std::move(settings))
{
}

LatencyPercentiles LoadGenerator::percentiles(std::vector<qint64> &latencies)
{
    LatencyPercentiles p;
    if (latencies.empty())
        return p;
    const auto rank = [&](double q) {
        // Nearest rank: the smallest value with at least q of the values at or below it.
        const size_t n = latencies.size();
        size_t k = size_t(std::ceil(q * double(n)));
        k = std::clamp<size_t>(k, 1, n) - 1;
        std::nth_element(latencies.begin(), latencies.begin() + qsizetype(k), latencies.end());
        return latencies[k];
    };
    p.p50 = rank(0.50);
    p.p90 = rank(0.90);
    p.p99 = rank(0.99);
    return p;
}

LoadSummary LoadGenerator::run(const SampleHandler &onSample, const std::atomic_bool *stop)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    LoadSummary summary;
    const QByteArray url = m_settings.url.toUtf8();
    const double rate = std::max(m_settings.rate, 0.001);
    const qint64 total = qint64(std::llround(rate * std::max(m_settings.durationSeconds, 0.0)));
    const double interval = 1.0 / rate; // seconds between two requests

    // Parsed once for every request (libcurl would parse the text again for each transfer).
    CURLU *parsedUrl = curl_url();
    const bool parsed = curl_url_set(parsedUrl, CURLUPART_URL, url.constData(), 0) == CURLUE_OK;
    CURLM *multi = curl_multi_init();
    // Keep every connection that was opened: closing one that a later request needs again
    // costs a handshake and a TIME_WAIT socket per request at thousands a second.
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, long(m_settings.maxInFlight));
    std::vector<CURL *> idle;
    std::vector<CURL *> all;
    const auto newHandle = [&]() -> CURL * {
        CURL *e = curl_easy_init();
        if (parsed)
            curl_easy_setopt(e, CURLOPT_CURLU, parsedUrl);
        else // libcurl's own error for the text, on every request
            curl_easy_setopt(e, CURLOPT_URL, url.constData());
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &discardBody);
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(m_settings.timeoutMs));
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(m_settings.timeoutMs));
        // Listeners with Berth's own certificates: the load is the point, not the chain.
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
        curl_easy_setopt(e, CURLOPT_USERAGENT, "berth-load");
        // The run's own loopback addresses: no proxy, and no proxy variables read from the
        // environment for every request.
        curl_easy_setopt(e, CURLOPT_PROXY, "");
        all.push_back(e);
        return e;
    };

    std::map<int, Bucket> buckets; // second index (0-based) -> counts
    std::vector<qint64> allLatencies;
    allLatencies.reserve(size_t(std::min<qint64>(total, 10'000'000)));
    const Clock::time_point start = Clock::now();
    const auto secondsSince = [&](Clock::time_point t) {
        return std::chrono::duration<double>(t - start).count();
    };
    const auto bucketAt = [&](double seconds) -> Bucket & {
        return buckets[std::max(0, int(seconds))];
    };
    int reported = 0; // seconds already reported
    const auto report = [&](int upTo) {
        for (; reported < upTo; ++reported) {
            Bucket b = buckets.count(reported) ? std::move(buckets[reported]) : Bucket{};
            buckets.erase(reported);
            b.sample.second = reported + 1;
            allLatencies.insert(allLatencies.end(), b.latencies.begin(), b.latencies.end());
            b.sample.latency = percentiles(b.latencies);
            LoadSample &t = summary.totals;
            t.sent += b.sample.sent;
            t.answered += b.sample.answered;
            t.status5xx += b.sample.status5xx;
            t.connectionFailures += b.sample.connectionFailures;
            t.timeouts += b.sample.timeouts;
            t.notSent += b.sample.notSent;
            t.otherErrors += b.sample.otherErrors;
            if (onSample)
                onSample(b.sample);
        }
    };

    qint64 next = 0;
    int inFlight = 0;
    double lastAnswer = 0;
    for (;;) {
        const bool stopping = stop && stop->load();
        const double now = secondsSince(Clock::now());
        while (!stopping && next < total && double(next) * interval <= now) {
            Bucket &b = bucketAt(double(next) * interval);
            if (inFlight >= m_settings.maxInFlight) {
                ++b.sample.notSent;
            } else {
                CURL *e = idle.empty() ? newHandle() : idle.back();
                if (!idle.empty())
                    idle.pop_back();
                curl_multi_add_handle(multi, e);
                ++inFlight;
                ++b.sample.sent;
            }
            ++next;
        }
        int running = 0;
        curl_multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(multi, &queued)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            CURL *e = msg->easy_handle;
            const CURLcode code = msg->data.result;
            const double at = secondsSince(Clock::now());
            Bucket &b = bucketAt(at);
            long status = 0;
            curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
            if (code == CURLE_OK) {
                ++b.sample.answered;
                curl_off_t us = 0;
                curl_easy_getinfo(e, CURLINFO_TOTAL_TIME_T, &us);
                b.latencies.push_back(qint64(us));
                if (status >= 500)
                    ++b.sample.status5xx;
                lastAnswer = at;
            } else if (code == CURLE_OPERATION_TIMEDOUT) {
                ++b.sample.timeouts;
            } else if (code == CURLE_COULDNT_CONNECT || code == CURLE_COULDNT_RESOLVE_HOST ||
                       code == CURLE_RECV_ERROR || code == CURLE_SEND_ERROR ||
                       code == CURLE_GOT_NOTHING) {
                ++b.sample.connectionFailures;
            } else {
                ++b.sample.otherErrors;
                if (summary.problem.isEmpty())
                    summary.problem = QString::fromUtf8(curl_easy_strerror(code));
            }
            curl_multi_remove_handle(multi, e);
            idle.push_back(e);
            --inFlight;
        }
        const double after = secondsSince(Clock::now());
        report(int(after));
        if ((next >= total || stopping) && inFlight == 0)
            break;
        if (stopping) {
            // Abandon what is in flight: a stop must not wait for a stalled target's timeout.
            for (CURL *e : all)
                curl_multi_remove_handle(multi, e);
            inFlight = 0;
            break;
        }
        // Sleep until the next request is due (whole milliseconds: requests due within the
        // same millisecond leave together) or until a socket wakes us.
        int waitMs = 100;
        if (next < total) {
            const double due = double(next) * interval - after;
            waitMs = std::clamp(int(std::ceil(due * 1000.0)), 0, 100);
        }
        if (waitMs > 0 || running > 0)
            curl_multi_poll(multi, nullptr, 0, waitMs, nullptr);
    }
    const double end = secondsSince(Clock::now());
    // The last partial second, when it holds anything.
    if (!buckets.empty())
        report(buckets.rbegin()->first + 1);
    summary.stopped = stop && stop->load() && next < total;
    summary.elapsedSeconds = std::max(lastAnswer, std::min(end, m_settings.durationSeconds));
    summary.totals.second = reported;
    summary.totals.latency = percentiles(allLatencies);
    summary.achievedRate =
        summary.elapsedSeconds > 0 ? summary.totals.answered / summary.elapsedSeconds : 0;
    for (CURL *e : all) {
        curl_multi_remove_handle(multi, e);
        curl_easy_cleanup(e);
    }
    curl_multi_cleanup(multi);
    curl_url_cleanup(parsedUrl);
    return summary;
}

QString LoadGenerator::listenerUrl(const Model::ProjectData &project, const QString &loadBalancer,
                                   const QString &path, QString *error)
{
    int index = -1;
    for (int i = 0; i < project.loadBalancers.size(); ++i) {
        if (project.loadBalancers.at(i).name == loadBalancer)
            index = i;
    }
    if (index < 0) {
        QStringList names;
        for (const Model::LoadBalancer &lb : project.loadBalancers)
            names << lb.name;
        *error = names.isEmpty()
                     ? Tr::tr("the design has no load balancer named %1, and no load balancer "
                              "at all; add one in the window first")
                           .arg(loadBalancer)
                     : Tr::tr("the design has no load balancer named %1; its load balancers "
                              "are: %2")
                           .arg(loadBalancer, names.join(QLatin1String(", ")));
        return {};
    }
    const Model::LoadBalancer &lb = project.loadBalancers.at(index);
    const Model::Listener *chosen = nullptr;
    for (const char *protocol : {"HTTP", "HTTPS", "TCP", "TLS"}) {
        for (const Model::Listener &l : lb.listeners) {
            if (!chosen && l.protocol == QLatin1String(protocol))
                chosen = &l;
        }
    }
    if (!chosen) {
        *error = Tr::tr("load balancer %1 has no HTTP, HTTPS, TCP or TLS listener to send "
                        "requests to; add a listener to it")
                     .arg(loadBalancer);
        return {};
    }
    const QString address = HaproxyConfig::loadBalancerAddress(index);
    int port = chosen->port;
    // The same decision the load balancer manager makes for the run (same user, same rule).
    if (port < 1024 && !HaproxyProcess::mayBind(address, port))
        port = HaproxyConfig::unprivilegedPort(port);
    const bool secure = HaproxyConfig::isSecure(chosen->protocol);
    QString tail = path.isEmpty() ? QStringLiteral("/") : path;
    if (!tail.startsWith(u'/'))
        tail.prepend(u'/');
    return QStringLiteral("%1://%2:%3%4")
        .arg(secure ? QLatin1String("https") : QLatin1String("http"), address)
        .arg(port)
        .arg(tail);
}

} // namespace Berth::Engine
