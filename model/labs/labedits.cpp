#include "model/labs/labedits.h"

#include "model/designedits.h"
#include "model/ecsjson.h"
#include "model/modeltr.h"
#include "model/projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Berth::Model {

namespace {

struct Segment
{
    QString member;
    bool hasSelector = false;
    bool byIndex = false;
    int index = 0;
    QString name;
};

std::optional<QList<Segment>> parsePath(const QString &path, QString *problem = nullptr)
{
    static const QRegularExpression segment(
        QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*)(?:\\[([^\\]]+)\\])?$"));
    QList<Segment> out;
    if (path.trimmed().isEmpty()) {
        if (problem)
            *problem = Tr::tr("the path is empty");
        return std::nullopt;
    }
    for (const QString &part : path.split(u'.')) {
        const QRegularExpressionMatch m = segment.match(part);
        if (!m.hasMatch()) {
            if (problem)
                *problem = Tr::tr("'%1' is not a member name with an optional [INDEX] or "
                                  "[NAME]")
                               .arg(part);
            return std::nullopt;
        }
        Segment s;
        s.member = m.captured(1);
        if (m.hasCaptured(2)) {
            s.hasSelector = true;
            bool isNumber = false;
            s.index = m.captured(2).toInt(&isNumber);
            s.byIndex = isNumber;
            s.name = m.captured(2);
        }
        out << s;
    }
    return out;
}

bool elementNamed(const QJsonObject &o, const QString &name)
{
    for (const char *key : {"serviceName", "name", "family", "containerName"}) {
        if (o.value(QLatin1String(key)).toString() == name)
            return true;
    }
    const QJsonObject definition = o.value(QLatin1String("definition")).toObject();
    const QString family = definition.value(QLatin1String("family")).toString();
    if (family.isEmpty())
        return false;
    return family == name || QStringLiteral("%1:%2").arg(family).arg(
                                 o.value(QLatin1String("revision")).toInt()) == name;
}

/// The element of \a array a selector names: the last match, so a family names its latest
/// revision. -1 when none.
qsizetype select(const QJsonArray &array, const Segment &s)
{
    if (s.byIndex)
        return s.index >= 0 && s.index < array.size() ? s.index : -1;
    for (qsizetype i = array.size() - 1; i >= 0; --i) {
        if (elementNamed(array.at(i).toObject(), s.name))
            return i;
    }
    return -1;
}

enum class Op { Set, Remove, Append };

/// Edits the value at segments[from..] inside \a value; false when the path leads nowhere.
bool edit(QJsonValue &value, const QList<Segment> &segments, qsizetype from, Op op,
          const QJsonValue &newValue)
{
    if (!value.isObject())
        return false;
    QJsonObject object = value.toObject();
    const Segment &s = segments.at(from);
    const bool last = from == segments.size() - 1;
    QJsonValue member = object.value(s.member);
    if (!s.hasSelector) {
        if (last) {
            if (op == Op::Set) {
                object.insert(s.member, newValue);
            } else if (op == Op::Remove) {
                if (!object.contains(s.member))
                    return false;
                object.remove(s.member);
            } else {
                if (!member.isArray() && !member.isUndefined())
                    return false;
                QJsonArray a = member.toArray();
                a.append(newValue);
                object.insert(s.member, a);
            }
        } else {
            if (member.isUndefined() && op == Op::Set)
                member = QJsonObject();
            if (!edit(member, segments, from + 1, op, newValue))
                return false;
            object.insert(s.member, member);
        }
        value = object;
        return true;
    }
    if (!member.isArray())
        return false;
    QJsonArray array = member.toArray();
    const qsizetype i = select(array, s);
    if (i < 0)
        return false;
    if (last) {
        if (op == Op::Set)
            array.replace(i, newValue);
        else if (op == Op::Remove)
            array.removeAt(i);
        else if (array.at(i).isArray()) {
            QJsonArray inner = array.at(i).toArray();
            inner.append(newValue);
            array.replace(i, inner);
        } else {
            return false;
        }
    } else {
        QJsonValue element = array.at(i);
        if (!edit(element, segments, from + 1, op, newValue))
            return false;
        array.replace(i, element);
    }
    object.insert(s.member, array);
    value = object;
    return true;
}

QJsonObject documentOf(const ProjectData &design)
{
    return QJsonDocument::fromJson(ProjectFile::serialize(design)).object();
}

QString reload(ProjectData &design, const QJsonObject &document)
{
    const ProjectFile::LoadResult loaded =
        ProjectFile::parse(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!loaded.ok())
        return Tr::tr("the edited design does not load: %1").arg(loaded.error);
    if (!loaded.issues.isEmpty())
        return Tr::tr("the edited design does not load: %1: %2")
            .arg(loaded.issues.first().path, loaded.issues.first().message);
    design = *loaded.data;
    return {};
}

} // namespace

QString LabEdits::pathProblem(const QString &path)
{
    QString problem;
    parsePath(path, &problem);
    return problem;
}

std::optional<QJsonValue> LabEdits::valueAt(const ProjectData &design, const QString &path)
{
    return valueAt(documentOf(design), path);
}

std::optional<QJsonValue> LabEdits::valueAt(const QJsonObject &document, const QString &path)
{
    const std::optional<QList<Segment>> segments = parsePath(path);
    if (!segments)
        return std::nullopt;
    QJsonValue value = document;
    for (const Segment &s : *segments) {
        if (!value.isObject() || !value.toObject().contains(s.member))
            return std::nullopt;
        value = value.toObject().value(s.member);
        if (s.hasSelector) {
            if (!value.isArray())
                return std::nullopt;
            const qsizetype i = select(value.toArray(), s);
            if (i < 0)
                return std::nullopt;
            value = value.toArray().at(i);
        }
    }
    return value;
}

QStringList LabEdits::designKinds()
{
    return {QStringLiteral("set"), QStringLiteral("remove"), QStringLiteral("append"),
            QStringLiteral("register"), QStringLiteral("forceNewDeployment")};
}

QStringList LabEdits::liveKinds()
{
    return {QStringLiteral("runTask"), QStringLiteral("stopTask"), QStringLiteral("build"),
            QStringLiteral("push"), QStringLiteral("load")};
}

QString LabEdits::kindOf(const QJsonObject &edit)
{
    for (const QString &kind : designKinds() + liveKinds()) {
        if (edit.contains(kind))
            return kind;
    }
    return {};
}

QString LabEdits::apply(ProjectData &design, const QJsonObject &editObject,
                        const QString &labFolder)
{
    const QString kind = kindOf(editObject);
    if (kind == QLatin1String("forceNewDeployment"))
        return DesignEdits::forceNewDeployment(design, editObject.value(kind).toString());
    if (kind == QLatin1String("register")) {
        const QJsonValue definition = editObject.value(kind);
        EcsJson::ImportResult imported;
        if (definition.isString()) {
            const QString file = QDir(labFolder).filePath(definition.toString());
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return Tr::tr("cannot read %1: %2").arg(file, f.errorString());
            imported = EcsJson::parseTaskDefinition(f.readAll());
        } else {
            imported = EcsJson::importTaskDefinition(definition.toObject());
        }
        if (!imported.error.isEmpty())
            return imported.error;
        if (!imported.issues.isEmpty())
            return Tr::tr("%1: %2").arg(imported.issues.first().path,
                                        imported.issues.first().message);
        design.registerTaskDefinition(imported.definition);
        return {};
    }
    const Op op = kind == QLatin1String("set")      ? Op::Set
                  : kind == QLatin1String("remove") ? Op::Remove
                                                    : Op::Append;
    if (kind.isEmpty() || LabEdits::liveKinds().contains(kind))
        return Tr::tr("not a design edit");
    const QString path = editObject.value(kind).toString();
    QString problem;
    const std::optional<QList<Segment>> segments = parsePath(path, &problem);
    if (!segments)
        return problem;
    QJsonValue document = documentOf(design);
    if (!edit(document, *segments, 0, op, editObject.value(QLatin1String("value"))))
        return Tr::tr("the design has nothing at %1").arg(path);
    return reload(design, document.toObject());
}

} // namespace Berth::Model
