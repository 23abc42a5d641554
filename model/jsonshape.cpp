#include "model/jsonshape.h"
#include "model/modeltr.h"

#include "model/jsontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

static void initEcsModelResource()
{
    Q_INIT_RESOURCE(ecsmodel);
}

namespace Berth::Model {

namespace {

const QJsonObject &model()
{
    static const QJsonObject m = [] {
        initEcsModelResource();
        QFile f(QStringLiteral(":/berth/ecs/shapes.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the ECS API model is missing from the build");
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return m;
}

QJsonObject shape(const QString &name)
{
    return model().value(QLatin1String("shapes")).toObject().value(name).toObject();
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString closest(const QString &name, const QStringList &candidates)
{
    QString best;
    int bestDistance = 4;
    for (const QString &c : candidates) {
        const int d = editDistance(name, c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

QString typeName(const QString &type)
{
    if (type == QLatin1String("structure"))
        return Tr::tr("an object");
    if (type == QLatin1String("list"))
        return Tr::tr("an array");
    if (type == QLatin1String("map"))
        return Tr::tr("an object of name/value pairs");
    if (type == QLatin1String("integer") || type == QLatin1String("long"))
        return Tr::tr("an integer number");
    if (type == QLatin1String("boolean"))
        return Tr::tr("true or false");
    if (type == QLatin1String("double") || type == QLatin1String("float"))
        return Tr::tr("a number");
    if (type == QLatin1String("timestamp"))
        return Tr::tr("a date");
    return Tr::tr("a string in double quotes");
}

QString foundName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return Tr::tr("the number %1").arg(v.toDouble());
    case QJsonValue::String:
        return Tr::tr("the string \"%1\"").arg(v.toString().left(40));
    case QJsonValue::Array:
        return Tr::tr("an array");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("nothing");
}

void checkValue(const QJsonValue &v, const QString &shapeName, const QString &path,
                QList<JsonIssue> &issues)
{
    const QJsonObject s = shape(shapeName);
    const QString type = s.value(QLatin1String("type")).toString();
    auto wrongType = [&] {
        QString hint;
        if (type == QLatin1String("string") && v.isDouble())
            hint = Tr::tr("Write the value in double quotes, e.g. \"%1\".").arg(v.toDouble());
        else if ((type == QLatin1String("integer") || type == QLatin1String("long"))
                 && v.isString())
            hint = Tr::tr("Remove the quotes: integers are JSON numbers.");
        issues.append({JsonIssue::WrongType, path,
                       Tr::tr("expected %1, found %2").arg(typeName(type), foundName(v)), hint});
    };
    if (v.isNull())
        return; // ECS treats null as absent
    if (type == QLatin1String("structure")) {
        if (!v.isObject())
            return wrongType();
        const QJsonObject o = v.toObject();
        const QJsonObject members = s.value(QLatin1String("members")).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString memberPath = JsonText::member(path, it.key());
            if (!members.contains(it.key())) {
                const QString near = closest(it.key(), members.keys());
                issues.append({JsonIssue::UnknownMember, memberPath,
                               Tr::tr("unknown member \"%1\"").arg(it.key()),
                               near.isEmpty() ? Tr::tr("Remove it; ECS rejects members it does not "
                                                       "know.")
                                              : Tr::tr("Did you mean \"%1\"?").arg(near)});
                continue;
            }
            checkValue(it.value(), members.value(it.key()).toString(), memberPath, issues);
        }
        for (const QJsonValue r : s.value(QLatin1String("required")).toArray()) {
            if (!o.contains(r.toString()) || o.value(r.toString()).isNull())
                issues.append({JsonIssue::MissingRequired, path,
                               Tr::tr("the required member \"%1\" is missing").arg(r.toString()),
                               Tr::tr("Add \"%1\".").arg(r.toString())});
        }
    } else if (type == QLatin1String("list")) {
        if (!v.isArray())
            return wrongType();
        const QJsonArray a = v.toArray();
        const QString member = s.value(QLatin1String("member")).toString();
        for (qsizetype i = 0; i < a.size(); ++i)
            checkValue(a.at(i), member, JsonText::index(path, i), issues);
    } else if (type == QLatin1String("map")) {
        if (!v.isObject())
            return wrongType();
        const QJsonObject o = v.toObject();
        const QString value = s.value(QLatin1String("value")).toString();
        for (auto it = o.begin(); it != o.end(); ++it)
            checkValue(it.value(), value, JsonText::member(path, it.key()), issues);
    } else if (type == QLatin1String("integer") || type == QLatin1String("long")) {
        if (!v.isDouble())
            return wrongType();
        const double d = v.toDouble();
        if (d != double(qint64(d)))
            issues.append({JsonIssue::WrongType,
                           path,
                           Tr::tr("expected an integer number, found %1").arg(d),
                           {}});
        else if (type == QLatin1String("integer") && (d > 2147483647.0 || d < -2147483648.0))
            issues.append({JsonIssue::OutOfRange,
                           path,
                           Tr::tr("%1 does not fit in a 32-bit integer").arg(d),
                           {}});
    } else if (type == QLatin1String("boolean")) {
        if (!v.isBool())
            return wrongType();
    } else if (type == QLatin1String("double") || type == QLatin1String("float")) {
        if (!v.isDouble())
            return wrongType();
    } else if (type == QLatin1String("string")) {
        if (!v.isString())
            return wrongType();
        const QJsonArray allowed = s.value(QLatin1String("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(v)) {
            QStringList names;
            for (const QJsonValue a : allowed)
                names << a.toString();
            issues.append({JsonIssue::NotAllowedValue,
                           path,
                           Tr::tr("\"%1\" is not one of: %2")
                               .arg(v.toString(), names.join(QLatin1String(", "))),
                           {}});
        }
    } else if (type == QLatin1String("timestamp")) {
        if (!v.isDouble() && !v.isString())
            return wrongType();
    }
}

QString rootShape(const QString &root)
{
    return model().value(QLatin1String("roots")).toObject().value(root).toString();
}

} // namespace

QList<JsonIssue> JsonShape::check(const QJsonValue &value, const QString &root,
                                   const QString &path)
{
    QList<JsonIssue> issues;
    checkValue(value, rootShape(root), path, issues);
    return issues;
}

QStringList JsonShape::members(const QString &root, const QStringList &steps)
{
    QString name = rootShape(root);
    for (const QString &step : steps) {
        const QJsonObject s = shape(name);
        if (step == QLatin1String("[]"))
            name = s.value(QLatin1String("member")).toString();
        else
            name = s.value(QLatin1String("members")).toObject().value(step).toString();
    }
    return shape(name).value(QLatin1String("members")).toObject().keys();
}

QString JsonShape::apiVersion()
{
    return model().value(QLatin1String("apiVersion")).toString();
}

} // namespace Berth::Model
