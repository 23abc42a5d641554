#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>

namespace Berth::Engine::Docker {

/** Which stream of a container a chunk of output came from (Docker's STREAM_TYPE byte). */
enum class LogStreamKind { Stdin = 0, Stdout = 1, Stderr = 2, System = 3 };

/** One frame of container output. */
struct LogFrame
{
    LogStreamKind stream = LogStreamKind::Stdout;
    QByteArray data;
};

/**
 * Decodes Docker's multiplexed stdout/stderr stream (logs and attach of a container without a
 * TTY): frames of an 8-byte header {STREAM_TYPE, 0, 0, 0, SIZE as big-endian uint32} and a
 * payload. Input may be split at any byte; feed() returns every frame completed so far.
 * A header that cannot be one (say, the raw output of a TTY container) switches the decoder
 * to raw mode: from then on, bytes are passed through as stdout and isCorrupt() is true.
 */
class MultiplexedStreamDecoder
{
public:
    static constexpr qsizetype headerSize = 8;

    QList<LogFrame> feed(QByteArrayView chunk);

    bool isCorrupt() const { return m_raw; }
    /** Bytes held for a frame that is not complete yet. */
    qsizetype pendingBytes() const { return m_buffer.size(); }
    void reset();

private:
    QByteArray m_buffer;
    bool m_raw = false;
};

} // namespace Berth::Engine::Docker

Q_DECLARE_METATYPE(Berth::Engine::Docker::LogFrame)
