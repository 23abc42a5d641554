#pragma once

// A fake Docker daemon on a temporary Unix socket, for the transport and client tests.

#include "engine/docker/dockerclient.h"
#include "engine/docker/transport.h"

#include <QFile>
#include <QList>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <thread>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace FakeDocker {

struct SeenRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray head;
    QByteArray body;
};

struct FakeReply
{
    QByteArray head;          // status line and headers
    QList<QByteArray> chunks; // body, sent piece by piece
    int chunkDelayMs = 0;
    bool hang = false;     // never answer
    bool keepOpen = false; // after the body, keep the connection until the client leaves
};

inline FakeReply jsonReply(int status, const QByteArray &body)
{
    FakeReply reply;
    reply.head = QStringLiteral("HTTP/1.1 %1 X\r\nContent-Type: application/json\r\n"
                                "Content-Length: %2\r\nConnection: close\r\n\r\n")
                     .arg(status)
                     .arg(body.size())
                     .toLatin1();
    reply.chunks = {body};
    return reply;
}

inline FakeReply streamReply(const QList<QByteArray> &chunks, int delayMs, bool keepOpen)
{
    FakeReply reply;
    reply.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n";
    reply.chunks = chunks;
    reply.chunkDelayMs = delayMs;
    reply.keepOpen = keepOpen;
    return reply;
}

inline int bindUnixSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    qstrncpy(address.sun_path, native.constData(), sizeof address.sun_path);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Serves one connection at a time on a Unix socket, from its own thread.
class FakeDaemon
{
public:
    using Handler = std::function<FakeReply(const SeenRequest &)>;

    explicit FakeDaemon(Handler handler) : m_handler(std::move(handler))
    {
        m_path = m_dir.filePath(QStringLiteral("docker.sock"));
        m_listenFd = bindUnixSocket(m_path);
        ::listen(m_listenFd, 16);
        m_thread = std::thread([this] { run(); });
    }
    ~FakeDaemon()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_listenFd);
    }

    QString socketPath() const { return m_path; }
    QList<SeenRequest> requests() const
    {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }

private:
    bool waitReadable(int fd, int timeoutMs)
    {
        pollfd waiter{fd, POLLIN, 0};
        return ::poll(&waiter, 1, timeoutMs) > 0;
    }

    void waitForClientToLeave(int fd)
    {
        char byte;
        while (!m_stop) {
            if (waitReadable(fd, 50) && ::recv(fd, &byte, 1, 0) <= 0)
                return;
        }
    }

    void run()
    {
        while (!m_stop) {
            if (!waitReadable(m_listenFd, 50))
                continue;
            const int fd = ::accept(m_listenFd, nullptr, nullptr);
            if (fd >= 0) {
                serve(fd);
                ::close(fd);
            }
        }
    }

    void serve(int fd)
    {
        QByteArray data;
        char buffer[65536];
        qsizetype headEnd = -1;
        qsizetype length = 0;
        while (!m_stop) {
            if (headEnd < 0 && (headEnd = data.indexOf("\r\n\r\n")) >= 0) {
                const QByteArray head = data.left(headEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                if (at >= 0)
                    length = head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLong();
            }
            if (headEnd >= 0 && data.size() >= headEnd + 4 + length)
                break;
            if (!waitReadable(fd, 50))
                continue;
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
            if (got <= 0)
                return;
            data.append(buffer, got);
        }
        if (m_stop)
            return;
        SeenRequest request;
        request.head = data.left(headEnd);
        request.body = data.mid(headEnd + 4);
        const QList<QByteArray> line = request.head.left(request.head.indexOf('\r')).split(' ');
        request.method = line.value(0);
        request.target = line.value(1);
        {
            std::lock_guard lock(m_mutex);
            m_requests.append(request);
        }
        const FakeReply reply = m_handler(request);
        if (reply.hang) {
            waitForClientToLeave(fd);
            return;
        }
        ::send(fd, reply.head.constData(), size_t(reply.head.size()), MSG_NOSIGNAL);
        for (const QByteArray &chunk : reply.chunks) {
            if (reply.chunkDelayMs > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(reply.chunkDelayMs));
            ::send(fd, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
        }
        if (reply.keepOpen)
            waitForClientToLeave(fd);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_listenFd = -1;
    Handler m_handler;
    std::thread m_thread;
    std::atomic_bool m_stop{false};
    mutable std::mutex m_mutex;
    QList<SeenRequest> m_requests;
};

// Answers /version with \a apiVersion and everything else through \a handler.
inline FakeDaemon::Handler withVersion(const QByteArray &apiVersion, FakeDaemon::Handler handler)
{
    return [apiVersion, handler](const SeenRequest &request) {
        if (request.target == "/version")
            return jsonReply(200, "{\"Version\":\"99.0\",\"ApiVersion\":\"" + apiVersion + "\"}");
        return handler(request);
    };
}

inline Berth::Engine::Docker::DockerClient clientFor(const FakeDaemon &daemon)
{
    using namespace Berth::Engine::Docker;
    return DockerClient(
        std::make_shared<Transport>(DockerEndpoint::unixSocket(daemon.socketPath())));
}

inline QByteArray multiplexed(char stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = stream;
    header[7] = char(payload.size());
    return header + payload;
}

} // namespace FakeDocker
