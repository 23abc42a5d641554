#include "engine/docker/dockerstream.h"

#include "engine/docker/jsonstreamdecoder.h"
#include "engine/docker/transport.h"
#include "engine/enginelog.h"

#include <chrono>

namespace Berth::Engine::Docker {

DockerStream::DockerStream(std::shared_ptr<Transport> transport, TransportRequest request,
                           Format format, QObject *parent)
    : QObject(parent), m_transport(std::move(transport)), m_request(std::move(request)),
      m_format(format)
{
}

DockerStream::~DockerStream()
{
    {
        std::lock_guard lock(m_mutex);
        m_destroying = true;
    }
    m_cancel.cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void DockerStream::setObjectHandler(std::function<void(const QJsonObject &)> handler)
{
    m_objectHandler = std::move(handler);
}

void DockerStream::setFrameHandler(std::function<void(const LogFrame &)> handler)
{
    m_frameHandler = std::move(handler);
}

void DockerStream::start()
{
    std::lock_guard lock(m_mutex);
    if (m_started)
        return;
    m_started = true;
    m_thread = std::thread([this] { run(); });
}

void DockerStream::cancel()
{
    m_cancel.cancel();
}

bool DockerStream::wait(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    if (!m_started)
        return true;
    if (timeoutMs < 0)
        m_done.wait(lock, [this] { return m_finished; });
    else if (!m_done.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                              [this] { return m_finished; }))
        return false;
    return true;
}

bool DockerStream::isRunning() const
{
    std::lock_guard lock(m_mutex);
    return m_started && !m_finished;
}

DockerError DockerStream::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void DockerStream::run()
{
    JsonStreamDecoder json;
    MultiplexedStreamDecoder frames;
    TransportRequest request = m_request;
    request.onData = [&](QByteArrayView chunk) {
        if (m_cancel.isCancelled())
            return false;
        if (m_format == Format::JsonObjects) {
            for (const QJsonObject &object : json.feed(chunk)) {
                if (m_objectHandler)
                    m_objectHandler(object);
                emit objectReceived(object);
            }
        } else {
            const QList<LogFrame> decoded =
                m_format == Format::Multiplexed
                    ? frames.feed(chunk)
                    : QList<LogFrame>{{LogStreamKind::Stdout, chunk.toByteArray()}};
            for (const LogFrame &frame : decoded) {
                if (m_frameHandler)
                    m_frameHandler(frame);
                emit frameReceived(frame);
            }
        }
        return true;
    };

    const TransportResponse response = m_transport->send(request, &m_cancel);
    if (json.errorCount() > 0)
        qCWarning(lcDocker) << m_request.path << "skipped" << json.errorCount()
                            << "undecodable items:" << json.lastError();

    bool emitFinished = false;
    {
        std::lock_guard lock(m_mutex);
        m_error = response.error;
        emitFinished = !m_destroying;
    }
    if (emitFinished)
        emit finished(response.error);
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_done.notify_all();
}

} // namespace Berth::Engine::Docker
