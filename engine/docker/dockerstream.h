#pragma once

#include "engine/docker/canceltoken.h"
#include "engine/docker/dockererror.h"
#include "engine/docker/multiplexedstreamdecoder.h"
#include "engine/docker/transportrequest.h"

#include <QJsonObject>
#include <QObject>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace Berth::Engine::Docker {

class Transport;

/**
 * A long-lived answer from the daemon (events, streaming stats, followed logs) read on a
 * thread of its own and decoded as it arrives.
 *
 * Decoded items go to the handlers, called on the stream's thread, and to the signals, which
 * reach receivers in other threads queued. Connect or set handlers before start(). cancel()
 * ends the call at once from any thread; the destructor cancels and joins, so no thread
 * outlives the object, and no signal is emitted after destruction has begun. finished() is
 * emitted once, with an error unless the daemon ended the stream normally.
 */
class DockerStream : public QObject
{
    Q_OBJECT

public:
    enum class Format {
        JsonObjects, ///< JSON lines or concatenated objects (events, stats, progress)
        Multiplexed, ///< 8-byte framed stdout/stderr (logs without a TTY)
        Raw,         ///< raw bytes as stdout (logs of a TTY container)
    };

    DockerStream(std::shared_ptr<Transport> transport, TransportRequest request, Format format,
                 QObject *parent = nullptr);
    ~DockerStream() override;

    void setObjectHandler(std::function<void(const QJsonObject &)> handler);
    void setFrameHandler(std::function<void(const LogFrame &)> handler);

    /** Starts the call on the stream's thread. Does nothing if already started. */
    void start();
    /** Ends the call at once; safe from any thread and more than once. */
    void cancel();
    /** Waits up to \a timeoutMs (-1: forever) for the thread to end; true if it has. */
    bool wait(int timeoutMs = -1);
    bool isRunning() const;
    /** The error the stream ended with, once it has ended. */
    DockerError error() const;

signals:
    void objectReceived(const QJsonObject &object);
    void frameReceived(const Berth::Engine::Docker::LogFrame &frame);
    void finished(const Berth::Engine::Docker::DockerError &error);

private:
    void run();

    std::shared_ptr<Transport> m_transport;
    TransportRequest m_request;
    Format m_format;
    std::function<void(const QJsonObject &)> m_objectHandler;
    std::function<void(const LogFrame &)> m_frameHandler;

    CancelToken m_cancel;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_started = false;
    bool m_finished = false;
    bool m_destroying = false;
    DockerError m_error;
};

} // namespace Berth::Engine::Docker
