#include "engine/docker/multiplexedstreamdecoder.h"

namespace Berth::Engine::Docker {

namespace {

// A frame larger than this is not plausible log output: the bytes are not a multiplexed
// stream.
constexpr quint32 maxFrameSize = 64u * 1024u * 1024u;

} // namespace

void MultiplexedStreamDecoder::reset()
{
    m_buffer.clear();
    m_raw = false;
}

QList<LogFrame> MultiplexedStreamDecoder::feed(QByteArrayView chunk)
{
    QList<LogFrame> frames;
    if (m_raw) {
        if (!chunk.isEmpty())
            frames.append({LogStreamKind::Stdout, chunk.toByteArray()});
        return frames;
    }
    m_buffer.append(chunk);

    qsizetype offset = 0;
    while (m_buffer.size() - offset >= headerSize) {
        const auto *header = reinterpret_cast<const uchar *>(m_buffer.constData() + offset);
        const quint32 size = (quint32(header[4]) << 24) | (quint32(header[5]) << 16) |
                             (quint32(header[6]) << 8) | quint32(header[7]);
        if (header[0] > 3 || header[1] || header[2] || header[3] || size > maxFrameSize) {
            m_raw = true;
            frames.append({LogStreamKind::Stdout, m_buffer.mid(offset)});
            m_buffer.clear();
            return frames;
        }
        if (m_buffer.size() - offset - headerSize < qsizetype(size))
            break;
        if (size > 0) {
            frames.append({LogStreamKind(header[0]), m_buffer.mid(offset + headerSize, size)});
        }
        offset += headerSize + size;
    }
    m_buffer.remove(0, offset);
    return frames;
}

} // namespace Berth::Engine::Docker
