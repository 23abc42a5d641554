#include "engine/docker/jsonstreamdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Berth::Engine::Docker {

namespace {

constexpr qsizetype maxObjectSize = 64 * 1024 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

void JsonStreamDecoder::reset()
{
    *this = JsonStreamDecoder();
}

void JsonStreamDecoder::fail(const QString &error)
{
    ++m_errors;
    m_lastError = error;
}

void JsonStreamDecoder::emitValue(qsizetype end, QList<QJsonObject> *objects)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArrayView(m_buffer).sliced(m_start, end - m_start).toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        fail(error.errorString());
    } else if (document.isObject()) {
        objects->append(document.object());
    } else {
        for (const QJsonValue &value : document.array()) {
            if (value.isObject())
                objects->append(value.toObject());
        }
    }
}

QList<QJsonObject> JsonStreamDecoder::feed(QByteArrayView chunk)
{
    QList<QJsonObject> objects;
    m_buffer.append(chunk);
    const qsizetype size = m_buffer.size();
    const char *data = m_buffer.constData();

    for (qsizetype i = m_scan; i < size; ++i) {
        const char c = data[i];
        if (m_start < 0) {
            if (c == '{' || c == '[') {
                m_start = i;
                m_depth = 1;
                m_inGarbage = false;
            } else if (!isSpace(c) && !m_inGarbage) {
                m_inGarbage = true;
                fail(QStringLiteral("unexpected '%1' between JSON values").arg(QChar(c)));
            }
            continue;
        }
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            ++m_depth;
        } else if ((c == '}' || c == ']') && --m_depth == 0) {
            emitValue(i + 1, &objects);
            m_start = -1;
        }
    }

    if (m_start < 0) {
        m_buffer.clear();
        m_scan = 0;
    } else {
        m_buffer.remove(0, m_start);
        m_scan = m_buffer.size();
        m_start = 0;
        if (m_buffer.size() > maxObjectSize) {
            fail(QStringLiteral("JSON value larger than %1 bytes").arg(maxObjectSize));
            m_buffer.clear();
            m_scan = 0;
            m_start = -1;
            m_inString = m_escape = false;
        }
    }
    return objects;
}

} // namespace Berth::Engine::Docker
