#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Berth::Engine::Docker {

/**
 * Decodes a stream of JSON objects: JSON lines or objects written back to back, as the
 * daemon sends for /events, streaming stats and pull/build progress. Objects may be split
 * across chunks anywhere (inside strings and escapes too); feed() returns every object
 * completed so far. Text that is not JSON is skipped and counted in errorCount().
 */
class JsonStreamDecoder
{
public:
    QList<QJsonObject> feed(QByteArrayView chunk);

    int errorCount() const { return m_errors; }
    QString lastError() const { return m_lastError; }
    /** Bytes held for an object that is not complete yet. */
    qsizetype pendingBytes() const { return m_buffer.size(); }
    void reset();

private:
    void emitValue(qsizetype end, QList<QJsonObject> *objects);
    void fail(const QString &error);

    QByteArray m_buffer;
    qsizetype m_scan = 0;
    qsizetype m_start = -1;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_inGarbage = false;
    int m_errors = 0;
    QString m_lastError;
};

} // namespace Berth::Engine::Docker
