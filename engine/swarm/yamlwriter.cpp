#include "engine/swarm/yamlwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Berth::Engine {

namespace {

QByteArray scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<qint64>(d))
            return QByteArray::number(static_cast<qint64>(d));
        return QByteArray::number(d, 'g', 15);
    }
    case QJsonValue::String: {
        // A one-element array's JSON is ["..."]: strip the brackets to get JSON's quoting.
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return json.mid(1, json.size() - 2);
    }
    case QJsonValue::Object:
        return "{}";
    case QJsonValue::Array:
        return "[]";
    default:
        return "null";
    }
}

QByteArray key(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    static const QRegularExpression reserved(
        QStringLiteral("^(y|n|yes|no|true|false|on|off|null)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (plain.match(name).hasMatch() && !reserved.match(name).hasMatch())
        return name.toUtf8();
    return scalar(name);
}

bool isBlock(const QJsonValue &value)
{
    return (value.isObject() && !value.toObject().isEmpty()) ||
           (value.isArray() && !value.toArray().isEmpty());
}

void writeValue(QByteArray &out, const QJsonValue &value, int indent);

void writeObject(QByteArray &out, const QJsonObject &object, int indent, bool firstInline)
{
    bool first = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!(first && firstInline))
            out += QByteArray(indent, ' ');
        first = false;
        out += key(it.key()) + ':';
        if (isBlock(it.value())) {
            out += '\n';
            writeValue(out, it.value(), indent + 2);
        } else {
            out += ' ' + scalar(it.value()) + '\n';
        }
    }
}

void writeValue(QByteArray &out, const QJsonValue &value, int indent)
{
    if (value.isObject()) {
        writeObject(out, value.toObject(), indent, false);
        return;
    }
    for (const QJsonValue &item : value.toArray()) {
        out += QByteArray(indent, ' ') + "- ";
        if (item.isObject() && !item.toObject().isEmpty())
            writeObject(out, item.toObject(), indent + 2, true);
        else if (isBlock(item)) {
            out += '\n';
            writeValue(out, item, indent + 2);
        } else
            out += scalar(item) + '\n';
    }
}

} // namespace

QByteArray YamlWriter::write(const QJsonObject &document)
{
    QByteArray out;
    writeObject(out, document, 0, false);
    return out;
}

} // namespace Berth::Engine
