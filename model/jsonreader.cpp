#include "model/jsonreader.h"
#include "model/modeltr.h"

#include "model/jsontext.h"

#include <QCoreApplication>

namespace Berth::Model {

QString JsonReader::pathOf(const QString &key) const
{
    return JsonText::member(m_path, key);
}

void JsonReader::fail(const QString &key, const QString &message, const QString &hint) const
{
    if (m_issues)
        m_issues->append({JsonIssue::WrongType, key.isEmpty() ? m_path : pathOf(key), message,
                          hint});
}

bool JsonReader::expect(const QString &key, bool ok, const QString &expected) const
{
    if (!ok)
        fail(key, Tr::tr("expected %1").arg(expected));
    return ok;
}

QString JsonReader::string(const QString &key, const QString &fallback) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    return expect(key, v.isString(), Tr::tr("a string in double quotes")) ? v.toString() : fallback;
}

int JsonReader::integer(const QString &key, int fallback) const
{
    return optionalInteger(key).value_or(fallback);
}

std::optional<int> JsonReader::optionalInteger(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble();
    if (!expect(key, v.isDouble() && d == double(int(d)), Tr::tr("an integer number")))
        return std::nullopt;
    return int(d);
}

double JsonReader::number(const QString &key, double fallback) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    return expect(key, v.isDouble(), Tr::tr("a number")) ? v.toDouble() : fallback;
}

bool JsonReader::boolean(const QString &key, bool fallback) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    return expect(key, v.isBool(), Tr::tr("true or false")) ? v.toBool() : fallback;
}

QStringList JsonReader::strings(const QString &key) const
{
    QStringList out;
    const QJsonArray a = rawArray(key);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).isString())
            out << a.at(i).toString();
        else if (m_issues)
            m_issues->append({JsonIssue::WrongType,
                              JsonText::index(pathOf(key), i),
                              Tr::tr("expected a string in double quotes"),
                              {}});
    }
    return out;
}

QJsonObject JsonReader::rawObject(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    return expect(key, v.isObject(), Tr::tr("an object")) ? v.toObject() : QJsonObject();
}

QJsonArray JsonReader::rawArray(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    return expect(key, v.isArray(), Tr::tr("an array")) ? v.toArray() : QJsonArray();
}

JsonReader JsonReader::child(const QString &key) const
{
    return JsonReader(rawObject(key), pathOf(key), m_issues);
}

QList<JsonReader> JsonReader::children(const QString &key) const
{
    QList<JsonReader> out;
    const QJsonArray a = rawArray(key);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = JsonText::index(pathOf(key), i);
        if (a.at(i).isObject())
            out.append(JsonReader(a.at(i).toObject(), p, m_issues));
        else if (m_issues)
            m_issues->append({JsonIssue::WrongType, p, Tr::tr("expected an object"), {}});
    }
    return out;
}

} // namespace Berth::Model
