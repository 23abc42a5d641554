#include "engine/api/queryprotocol.h"

#include <QJsonArray>
#include <QUrl>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Berth::Engine::QueryProtocol {

namespace {

// Lists longer than this in one request are not a user's: ELB caps its own lists far lower.
constexpr int kMaxMembers = 1000;

QJsonValue insertAt(const QJsonValue &node, QStringList path, const QString &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (head == QLatin1String("member") && !path.isEmpty()) {
        bool ok = false;
        const int index = path.takeFirst().toInt(&ok) - 1;
        if (!ok || index < 0 || index >= kMaxMembers)
            return node;
        QJsonArray list = node.toArray();
        while (list.size() <= index)
            list.append(QJsonValue());
        list[index] = insertAt(list.at(index), path, value);
        return list;
    }
    QJsonObject object = node.toObject();
    object.insert(head, insertAt(object.value(head), path, value));
    return object;
}

void flatten(const QString &prefix, const QJsonValue &value, QByteArray *out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), it.value(), out);
        return;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(QStringLiteral("%1.member.%2").arg(prefix).arg(i + 1), a.at(i), out);
        return;
    }
    const QString text = value.isBool()
                             ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                         : value.isDouble() ? QString::number(value.toDouble(), 'g', 15)
                                            : value.toString();
    if (!out->isEmpty())
        out->append('&');
    out->append(QUrl::toPercentEncoding(prefix) + '=' + QUrl::toPercentEncoding(text));
}

void write(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value)
{
    xml.writeStartElement(name);
    if (value.isArray()) {
        for (const QJsonValue item : value.toArray())
            write(xml, QStringLiteral("member"), item);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            write(xml, it.key(), it.value());
    } else if (value.isBool()) {
        xml.writeCharacters(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (value.isDouble()) {
        xml.writeCharacters(QString::number(value.toDouble(), 'g', 15));
    } else {
        xml.writeCharacters(value.toString());
    }
    xml.writeEndElement();
}

/// The element the reader is at (its start read), as JSON.
QJsonValue read(QXmlStreamReader &xml)
{
    QJsonObject object;
    QJsonArray list;
    QString text;
    bool children = false;
    bool members = true;
    while (xml.readNext() != QXmlStreamReader::EndElement && !xml.atEnd()) {
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            children = true;
            members = members && name == QLatin1String("member");
            const QJsonValue child = read(xml);
            list.append(child);
            object.insert(name, child);
        }
    }
    if (!children)
        return text;
    return members ? QJsonValue(list) : QJsonValue(object);
}

} // namespace

QJsonObject parseForm(const QByteArray &body)
{
    QJsonValue root = QJsonObject();
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray text) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(text.replace('+', ' ')));
        };
        const QString key = decode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        root = insertAt(root, key.split(u'.'), value);
    }
    return root.toObject();
}

QByteArray form(const QString &action, const QString &version, const QJsonObject &input)
{
    QJsonObject all = input;
    all.insert(QStringLiteral("Action"), action);
    all.insert(QStringLiteral("Version"), version);
    QByteArray out;
    flatten({}, all, &out);
    return out;
}

QByteArray response(const QString &action, const QString &xmlNamespace, const QJsonObject &result,
                    const QString &requestId)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(action + QStringLiteral("Response"));
    xml.writeDefaultNamespace(xmlNamespace);
    write(xml, action + QStringLiteral("Result"), result);
    xml.writeStartElement(QStringLiteral("ResponseMetadata"));
    xml.writeTextElement(QStringLiteral("RequestId"), requestId);
    xml.writeEndElement();
    xml.writeEndElement();
    return out;
}

QueryReply reply(const QString &action, const QString &xmlNamespace, const QJsonObject &result)
{
    return {
        200,
        response(action, xmlNamespace, result, QUuid::createUuid().toString(QUuid::WithoutBraces)),
        {}};
}

QueryReply errorReply(const QString &xmlNamespace, const QString &code, const QString &message,
                      int status)
{
    return {status,
            error(xmlNamespace, code, message, status < 500,
                  QUuid::createUuid().toString(QUuid::WithoutBraces)),
            code};
}

QStringList texts(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue v : list.toArray())
        out << v.toString();
    return out;
}

QByteArray error(const QString &xmlNamespace, const QString &code, const QString &message,
                 bool sender, const QString &requestId)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("ErrorResponse"));
    xml.writeDefaultNamespace(xmlNamespace);
    xml.writeStartElement(QStringLiteral("Error"));
    xml.writeTextElement(QStringLiteral("Type"),
                         sender ? QStringLiteral("Sender") : QStringLiteral("Receiver"));
    xml.writeTextElement(QStringLiteral("Code"), code);
    xml.writeTextElement(QStringLiteral("Message"), message);
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("RequestId"), requestId);
    xml.writeEndElement();
    return out;
}

Parsed parse(const QByteArray &text, bool *ok)
{
    QXmlStreamReader xml(text);
    Parsed parsed;
    while (!xml.atEnd() && !xml.isStartElement())
        xml.readNext();
    const QString root = xml.name().toString();
    const QJsonObject body = xml.isStartElement() ? read(xml).toObject() : QJsonObject();
    if (ok)
        *ok = !xml.hasError() && !root.isEmpty();
    if (root == QLatin1String("ErrorResponse")) {
        const QJsonObject e = body.value(QLatin1String("Error")).toObject();
        parsed.errorCode = e.value(QLatin1String("Code")).toString();
        parsed.errorMessage = e.value(QLatin1String("Message")).toString();
        return parsed;
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key().endsWith(QLatin1String("Result")))
            parsed.result = it.value().toObject();
    }
    return parsed;
}

} // namespace Berth::Engine::QueryProtocol
