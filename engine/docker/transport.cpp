#include "engine/docker/transport.h"
#include "engine/enginetr.h"

#include "engine/docker/canceltoken.h"
#include "engine/enginelog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QVersionNumber>

#include <curl/curl.h>

#include <algorithm>
#include <cerrno>
#include <mutex>
#include <unistd.h>
#include <vector>

namespace Berth::Engine::Docker {

namespace {

constexpr qsizetype maxCollectedBody = 256 * 1024 * 1024;

struct CallContext
{
    const TransportRequest *request = nullptr;
    CURL *easy = nullptr;
    CancelToken *cancel = nullptr;
    QByteArray body;
    bool gotHeaders = false;
    bool stoppedByConsumer = false;
    bool overflow = false;
};

size_t onWrite(char *data, size_t size, size_t count, void *userData)
{
    auto *context = static_cast<CallContext *>(userData);
    const size_t bytes = size * count;
    long status = 0;
    curl_easy_getinfo(context->easy, CURLINFO_RESPONSE_CODE, &status);
    if (context->request->onData && status >= 200 && status < 300) {
        if (!context->request->onData(QByteArrayView(data, qsizetype(bytes)))) {
            context->stoppedByConsumer = true;
            return 0;
        }
        return bytes;
    }
    if (context->body.size() + qsizetype(bytes) > maxCollectedBody) {
        context->overflow = true;
        return 0;
    }
    context->body.append(data, qsizetype(bytes));
    return bytes;
}

size_t onHeader(char *, size_t size, size_t count, void *userData)
{
    static_cast<CallContext *>(userData)->gotHeaders = true;
    return size * count;
}

int onProgress(void *userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *context = static_cast<CallContext *>(userData);
    return context->cancel && context->cancel->isCancelled() ? 1 : 0;
}

// libcurl copies string options; the body and the header list must outlive the transfer.
curl_slist *configureHandle(CURL *easy, const DockerEndpoint &endpoint,
                            const TransportRequest &request, const QByteArray &url,
                            CallContext *context, char *errorBuffer)
{
    curl_easy_setopt(easy, CURLOPT_URL, url.constData());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, onWrite);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, context);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, context);
    curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(easy, CURLOPT_XFERINFODATA, context);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
    if (request.timeoutMs > 0)
        curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));

    const QByteArray socketPath = QFile::encodeName(endpoint.socketPath());
    const QByteArray caFile = QFile::encodeName(endpoint.caFile());
    const QByteArray certFile = QFile::encodeName(endpoint.certFile());
    const QByteArray keyFile = QFile::encodeName(endpoint.keyFile());
    if (endpoint.kind() == DockerEndpoint::Kind::UnixSocket) {
        curl_easy_setopt(easy, CURLOPT_UNIX_SOCKET_PATH, socketPath.constData());
    } else {
        curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
        if (endpoint.useTls()) {
            if (!caFile.isEmpty())
                curl_easy_setopt(easy, CURLOPT_CAINFO, caFile.constData());
            if (!certFile.isEmpty())
                curl_easy_setopt(easy, CURLOPT_SSLCERT, certFile.constData());
            if (!keyFile.isEmpty())
                curl_easy_setopt(easy, CURLOPT_SSLKEY, keyFile.constData());
            const long verify = endpoint.verifyPeer() ? 1L : 0L;
            curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, verify);
            curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, verify ? 2L : 0L);
        }
    }

    const bool isGet = request.method == "GET";
    const bool isHead = request.method == "HEAD";
    if (isHead) {
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else if (!isGet) {
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        if (request.method != "POST")
            curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }

    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, "Expect:");
    if (!request.contentType.isEmpty())
        headers = curl_slist_append(headers, ("Content-Type: " + request.contentType).constData());
    for (const auto &[name, value] : request.headers)
        headers = curl_slist_append(headers, (name + ": " + value).constData());
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);

    return headers;
}

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QString encodeQuery(const QList<QPair<QString, QString>> &query)
{
    QByteArray out;
    for (const auto &[key, value] : query) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return QString::fromLatin1(out);
}

} // namespace

Transport::Transport(DockerEndpoint endpoint) : m_endpoint(std::move(endpoint))
{
    initCurlOnce();
}

std::shared_ptr<Transport> Transport::fromEnvironment()
{
    DockerEndpoint endpoint;
    QString error;
    const bool ok = DockerEndpoint::fromEnvironment(QProcessEnvironment::systemEnvironment(),
                                                    &endpoint, &error);
    auto transport = std::make_shared<Transport>(ok ? endpoint : DockerEndpoint());
    if (!ok) {
        qCWarning(lcDocker).noquote() << error;
        transport->m_configError = DockerError(DockerError::Kind::Usage, error);
    }
    return transport;
}

int Transport::compareVersions(const QString &a, const QString &b)
{
    return QVersionNumber::compare(QVersionNumber::fromString(a), QVersionNumber::fromString(b));
}

QString Transport::chooseApiVersion(const QString &serverApiVersion)
{
    const QString max = QString::fromLatin1(maxApiVersion);
    if (serverApiVersion.isEmpty())
        return max;
    if (compareVersions(serverApiVersion, QString::fromLatin1(minApiVersion)) < 0)
        return {};
    return compareVersions(serverApiVersion, max) < 0 ? serverApiVersion : max;
}

QString Transport::daemonMessage(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        if (object.contains(QLatin1String("message")))
            return object.value(QLatin1String("message")).toString();
    }
    return QString::fromUtf8(body.left(2000)).trimmed();
}

void Transport::setApiVersion(const QString &version)
{
    std::lock_guard lock(m_versionMutex);
    m_apiVersion = version;
}

DockerResult<QString> Transport::apiVersion(int timeoutMs, CancelToken *cancel)
{
    std::lock_guard lock(m_versionMutex);
    if (!m_apiVersion.isEmpty())
        return m_apiVersion;

    TransportRequest request;
    request.path = QStringLiteral("/version");
    request.versioned = false;
    request.timeoutMs = timeoutMs;
    const TransportResponse response = perform(request, cancel, {});
    if (!response.ok())
        return response.error;
    const QJsonObject version = QJsonDocument::fromJson(response.body).object();
    const QString server = version.value(QLatin1String("ApiVersion")).toString();
    const QString chosen = chooseApiVersion(server);
    if (chosen.isEmpty()) {
        return DockerError(
            DockerError::Kind::Protocol,
            Tr::tr("The Docker daemon at %1 speaks API %2; Berth needs %3 or newer.")
                .arg(m_endpoint.displayName(), server, QString::fromLatin1(minApiVersion)));
    }
    qCDebug(lcDocker) << "daemon API" << server << "-> using" << chosen;
    m_apiVersion = chosen;
    return m_apiVersion;
}

TransportResponse Transport::send(const TransportRequest &request, CancelToken *cancel)
{
    if (m_configError.isError()) {
        TransportResponse response;
        response.error = m_configError;
        return response;
    }
    QString version;
    if (request.versioned) {
        const int limit = request.timeoutMs > 0 ? std::min(request.timeoutMs, 10000) : 10000;
        const DockerResult<QString> negotiated = apiVersion(
            request.headerTimeoutMs > 0 ? std::min(limit, request.headerTimeoutMs) : limit, cancel);
        if (!negotiated.ok()) {
            TransportResponse response;
            response.error = negotiated.error();
            return response;
        }
        version = negotiated.value();
    }
    return perform(request, cancel, version);
}

QString Transport::buildUrl(const TransportRequest &request, const QString &version) const
{
    QString url = m_endpoint.baseUrl();
    if (!version.isEmpty())
        url += QStringLiteral("/v") + version;
    url += request.path;
    if (!request.query.isEmpty())
        url += QLatin1Char('?') + encodeQuery(request.query);
    return url;
}

DockerError Transport::connectionError(int curlCode, const QString &detail) const
{
    const QString where = m_endpoint.displayName();
    if (m_endpoint.kind() == DockerEndpoint::Kind::UnixSocket &&
        (curlCode == CURLE_COULDNT_CONNECT || curlCode == CURLE_RECV_ERROR ||
         curlCode == CURLE_SEND_ERROR)) {
        const QString path = m_endpoint.socketPath();
        const QByteArray native = QFile::encodeName(path);
        if (!QFileInfo::exists(path)) {
            return DockerError(
                DockerError::Kind::Connection,
                Tr::tr("Cannot reach the Docker daemon at %1: the socket %2 does not "
                       "exist. Is the Docker daemon running? Start it (for example "
                       "with \"sudo systemctl start docker\") and try again.")
                    .arg(where, path));
        }
        if (::access(native.constData(), R_OK | W_OK) != 0 && errno == EACCES) {
            return DockerError(DockerError::Kind::Connection,
                               Tr::tr("Cannot reach the Docker daemon at %1: permission denied on "
                                      "%2. Add your user to the docker group (sudo usermod -aG "
                                      "docker $USER), then log in again.")
                                   .arg(where, path));
        }
        return DockerError(DockerError::Kind::Connection,
                           Tr::tr("Cannot reach the Docker daemon at %1: nothing answers on the "
                                  "socket %2 (%3). Is the Docker daemon running?")
                               .arg(where, path, detail));
    }
    return DockerError(DockerError::Kind::Connection,
                       Tr::tr("Cannot reach the Docker daemon at %1: %2. Check DOCKER_HOST and, "
                              "for TLS, DOCKER_CERT_PATH.")
                           .arg(where, detail));
}

TransportResponse Transport::perform(const TransportRequest &request, CancelToken *cancel,
                                     const QString &version)
{
    CURLM *multi = curl_multi_init();
    TransportResponse response = performOn(multi, {&request}, cancel, version).first();
    curl_multi_cleanup(multi);
    return response;
}

QList<TransportResponse> Transport::sendAll(const QList<TransportRequest> &requests,
                                            CancelToken *cancel)
{
    QList<TransportResponse> responses;
    if (requests.isEmpty())
        return responses;
    if (m_configError.isError()) {
        TransportResponse failed;
        failed.error = m_configError;
        return QList<TransportResponse>(requests.size(), failed);
    }
    const DockerResult<QString> negotiated = apiVersion(10000, cancel);
    if (!negotiated.ok()) {
        TransportResponse failed;
        failed.error = negotiated.error();
        return QList<TransportResponse>(requests.size(), failed);
    }
    QList<const TransportRequest *> pointers;
    for (const TransportRequest &r : requests)
        pointers << &r;
    std::lock_guard lock(m_batchMutex);
    if (!m_batchMulti)
        m_batchMulti = curl_multi_init();
    return performOn(static_cast<CURLM *>(m_batchMulti), pointers, cancel, negotiated.value());
}

Transport::~Transport()
{
    if (m_batchMulti)
        curl_multi_cleanup(static_cast<CURLM *>(m_batchMulti));
}

QList<TransportResponse> Transport::performOn(void *multiHandle,
                                              const QList<const TransportRequest *> &requests,
                                              CancelToken *cancel, const QString &version)
{
    auto *multi = static_cast<CURLM *>(multiHandle);
    struct Call
    {
        CallContext context;
        CURL *easy = nullptr;
        curl_slist *headers = nullptr;
        char errorBuffer[CURL_ERROR_SIZE] = {};
        QString what;
        bool headerTimedOut = false;
        CURLcode result = CURLE_OK;
        bool done = false;
    };
    std::vector<std::unique_ptr<Call>> calls;
    QList<TransportResponse> responses(requests.size());
    for (const TransportRequest *request : requests) {
        auto call = std::make_unique<Call>();
        call->what = QString::fromLatin1(request->method) + QLatin1Char(' ') + request->path;
        call->easy = curl_easy_init();
        call->context.request = request;
        call->context.easy = call->easy;
        call->context.cancel = cancel;
        call->headers = configureHandle(call->easy, m_endpoint, *request,
                                        buildUrl(*request, version).toUtf8(), &call->context,
                                        call->errorBuffer);
        curl_easy_setopt(call->easy, CURLOPT_PRIVATE, call.get());
        calls.push_back(std::move(call));
    }
    if (cancel && cancel->isCancelled()) {
        for (qsizetype i = 0; i < requests.size(); ++i) {
            responses[i].error = DockerError(DockerError::Kind::Cancelled,
                                             Tr::tr("%1: cancelled.").arg(calls[i]->what));
            curl_easy_cleanup(calls[i]->easy);
            curl_slist_free_all(calls[i]->headers);
        }
        return responses;
    }
    for (const auto &call : calls)
        curl_multi_add_handle(multi, call->easy);
    if (cancel)
        cancel->attach(multi);

    QElapsedTimer timer;
    timer.start();
    bool cancelled = false;
    CURLMcode multiCode = CURLM_OK;
    for (;;) {
        int running = 0;
        multiCode = curl_multi_perform(multi, &running);
        int pending = 0;
        while (CURLMsg *message = curl_multi_info_read(multi, &pending)) {
            if (message->msg != CURLMSG_DONE)
                continue;
            Call *call = nullptr;
            curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &call);
            call->result = message->data.result;
            call->done = true;
        }
        if (multiCode != CURLM_OK || running == 0)
            break;
        if (cancel && cancel->isCancelled()) {
            cancelled = true;
            break;
        }
        int waitMs = 1000;
        for (const auto &call : calls) {
            const int limit = call->context.request->headerTimeoutMs;
            if (call->done || limit <= 0 || call->context.gotHeaders)
                continue;
            const qint64 left = limit - timer.elapsed();
            if (left <= 0) {
                call->headerTimedOut = call->done = true;
                curl_multi_remove_handle(multi, call->easy);
                continue;
            }
            waitMs = int(std::min<qint64>(waitMs, left));
        }
        bool allDone = true;
        for (const auto &call : calls)
            allDone = allDone && call->done;
        if (allDone)
            break;
        curl_multi_poll(multi, nullptr, 0, waitMs, nullptr);
    }
    if (cancel)
        cancel->detach(multi);

    for (qsizetype i = 0; i < requests.size(); ++i) {
        Call &call = *calls[i];
        const TransportRequest &request = *requests[i];
        TransportResponse &response = responses[i];
        long status = 0;
        curl_easy_getinfo(call.easy, CURLINFO_RESPONSE_CODE, &status);
        char *contentType = nullptr;
        curl_easy_getinfo(call.easy, CURLINFO_CONTENT_TYPE, &contentType);
        response.contentType = contentType ? QByteArray(contentType) : QByteArray();
        curl_multi_remove_handle(multi, call.easy);
        curl_easy_cleanup(call.easy);
        curl_slist_free_all(call.headers);

        response.status = int(status);
        response.body = std::move(call.context.body);
        const QString &what = call.what;
        const QString detail = call.errorBuffer[0]
                                   ? QString::fromUtf8(call.errorBuffer)
                                   : QString::fromUtf8(curl_easy_strerror(call.result));
        const double seconds =
            (request.timeoutMs > 0 ? request.timeoutMs : request.headerTimeoutMs) / 1000.0;

        if (multiCode != CURLM_OK) {
            response.error = DockerError(
                DockerError::Kind::Connection,
                Tr::tr("%1: %2").arg(what, QString::fromUtf8(curl_multi_strerror(multiCode))));
        } else if (cancelled || (cancel && cancel->isCancelled())
                   || call.result == CURLE_ABORTED_BY_CALLBACK) {
            response.error =
                DockerError(DockerError::Kind::Cancelled, Tr::tr("%1: cancelled.").arg(what));
        } else if (call.headerTimedOut || call.result == CURLE_OPERATION_TIMEDOUT) {
            response.error = DockerError(DockerError::Kind::Timeout,
                                         Tr::tr("The Docker daemon at %1 did not answer %2 within "
                                                "%3 s.")
                                             .arg(m_endpoint.displayName(), what)
                                             .arg(seconds));
        } else if (call.result == CURLE_WRITE_ERROR && call.context.stoppedByConsumer) {
            // The consumer has what it wanted; ending the stream early is not a failure.
        } else if (call.result == CURLE_WRITE_ERROR && call.context.overflow) {
            response.error = DockerError(DockerError::Kind::Protocol,
                                         Tr::tr("%1: the answer is too large.").arg(what));
        } else if ((call.result == CURLE_PARTIAL_FILE || call.result == CURLE_RECV_ERROR)
                   && status > 0) {
            // Answered, then cut or garbled: a daemon restarting or a proxy in between, not a
            // daemon away.
            response.error = DockerError(
                DockerError::Kind::Protocol,
                Tr::tr("The Docker daemon at %1 stopped its answer to %2 before the end (%3). "
                       "If it restarted, try again.")
                    .arg(m_endpoint.displayName(), what, detail),
                int(status));
        } else if (call.result != CURLE_OK) {
            response.error = connectionError(int(call.result), detail);
        } else if (status >= 400) {
            const QString message = daemonMessage(response.body);
            response.error = DockerError(
                DockerError::Kind::Http,
                Tr::tr("Docker daemon error (HTTP %1) on %2: %3").arg(status).arg(what, message),
                int(status), message);
        }
        qCDebug(lcDocker).noquote() << what << "->" << status << response.error.kindName()
                                    << timer.elapsed() << "ms";
    }
    return responses;
}

} // namespace Berth::Engine::Docker
