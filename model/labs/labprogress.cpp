#include "model/labs/labprogress.h"

#include "model/jsontext.h"
#include "model/modeltr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Berth::Model {

LabProgress LabProgress::start(const Lab &lab, const QString &student, const QString &project)
{
    LabProgress p;
    p.lab = lab.id;
    p.labVersion = lab.version;
    p.student = student;
    p.project = project;
    for (const LabStep &s : lab.steps) {
        Step step;
        step.id = s.id;
        step.maxPoints = s.points;
        p.steps << step;
    }
    return p;
}

LabProgress::Step *LabProgress::step(const QString &id)
{
    for (Step &s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const LabProgress::Step *LabProgress::step(const QString &id) const
{
    return const_cast<LabProgress *>(this)->step(id);
}

int LabProgress::total() const
{
    int n = 0;
    for (const Step &s : steps)
        n += s.points;
    return n;
}

int LabProgress::maxTotal() const
{
    int n = 0;
    for (const Step &s : steps)
        n += s.maxPoints;
    return n;
}

int LabProgress::hintsUsed() const
{
    int n = 0;
    for (const Step &s : steps)
        n += s.hintsUsed;
    return n;
}

void LabProgress::record(const Lab &lab, const QString &stepId, bool passed, const QString &message,
                         double seconds)
{
    Step *s = step(stepId);
    const int index = lab.stepIndex(stepId);
    if (!s || index < 0)
        return;
    s->checked = true;
    s->passed = passed;
    s->message = passed ? QString() : message;
    s->seconds = seconds;
    s->maxPoints = lab.steps.at(index).points;
    s->points =
        passed && !s->caughtUp ? lab.pointsAfterHints(lab.steps.at(index), s->hintsUsed) : 0;
}

QByteArray LabProgress::toJson() const
{
    QJsonArray stepArray;
    for (const Step &s : steps) {
        QJsonObject o{{QLatin1String("id"), s.id},
                      {QLatin1String("checked"), s.checked},
                      {QLatin1String("passed"), s.passed},
                      {QLatin1String("caughtUp"), s.caughtUp},
                      {QLatin1String("hintsUsed"), s.hintsUsed},
                      {QLatin1String("points"), s.points},
                      {QLatin1String("maxPoints"), s.maxPoints},
                      {QLatin1String("seconds"), s.seconds}};
        if (!s.message.isEmpty())
            o.insert(QLatin1String("message"), s.message);
        stepArray.append(o);
    }
    QJsonObject root{{QLatin1String("format"), QLatin1String(kFormat)},
                     {QLatin1String("lab"), lab},
                     {QLatin1String("labVersion"), labVersion},
                     {QLatin1String("student"), student},
                     {QLatin1String("project"), project},
                     {QLatin1String("steps"), stepArray},
                     {QLatin1String("total"), total()},
                     {QLatin1String("maxTotal"), maxTotal()}};
    if (checkedAt.isValid())
        root.insert(QLatin1String("checkedAt"), checkedAt.toString(Qt::ISODate));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<LabProgress> LabProgress::fromJson(const QByteArray &json, QString *error)
{
    const JsonText::ParseResult parsed = JsonText::parse(json);
    if (!parsed.ok()) {
        *error = Tr::tr("%1:%2: %3")
                     .arg(parsed.position.line)
                     .arg(parsed.position.column)
                     .arg(parsed.error);
        return std::nullopt;
    }
    const QJsonObject root = parsed.document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat)) {
        *error =
            Tr::tr("not a lab result: expected \"format\": \"%1\"").arg(QLatin1String(kFormat));
        return std::nullopt;
    }
    LabProgress p;
    p.lab = root.value(QLatin1String("lab")).toString();
    p.labVersion = root.value(QLatin1String("labVersion")).toInt(1);
    p.student = root.value(QLatin1String("student")).toString();
    p.project = root.value(QLatin1String("project")).toString();
    p.checkedAt =
        QDateTime::fromString(root.value(QLatin1String("checkedAt")).toString(), Qt::ISODate);
    for (const QJsonValue v : root.value(QLatin1String("steps")).toArray()) {
        const QJsonObject o = v.toObject();
        Step s;
        s.id = o.value(QLatin1String("id")).toString();
        s.checked = o.value(QLatin1String("checked")).toBool();
        s.passed = o.value(QLatin1String("passed")).toBool();
        s.caughtUp = o.value(QLatin1String("caughtUp")).toBool();
        s.hintsUsed = o.value(QLatin1String("hintsUsed")).toInt();
        s.points = o.value(QLatin1String("points")).toInt();
        s.maxPoints = o.value(QLatin1String("maxPoints")).toInt();
        s.message = o.value(QLatin1String("message")).toString();
        s.seconds = o.value(QLatin1String("seconds")).toDouble();
        p.steps << s;
    }
    return p;
}

std::optional<LabProgress> LabProgress::load(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return std::nullopt;
    }
    return fromJson(f.readAll(), error);
}

bool LabProgress::save(const QString &file, QString *error) const
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(toJson()) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

QByteArray LabProgress::toJUnit() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    int failures = 0;
    double seconds = 0;
    for (const Step &s : steps) {
        failures += s.passed ? 0 : 1;
        seconds += s.seconds;
    }
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), lab);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(steps.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("time"), QString::number(seconds, 'f', 3));
    xml.writeAttribute(QStringLiteral("timestamp"),
                       (checkedAt.isValid() ? checkedAt : QDateTime::currentDateTimeUtc())
                           .toUTC()
                           .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    xml.writeAttribute(QStringLiteral("hostname"), QStringLiteral("localhost"));
    xml.writeEmptyElement(QStringLiteral("properties"));
    for (const Step &s : steps) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("name"), s.id);
        xml.writeAttribute(QStringLiteral("classname"), lab);
        xml.writeAttribute(QStringLiteral("time"), QString::number(s.seconds, 'f', 3));
        if (!s.passed) {
            const QString message = s.message.isEmpty() ? Tr::tr("not checked") : s.message;
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"), message);
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("LabCheckFailed"));
            xml.writeCharacters(message);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeTextElement(QStringLiteral("system-out"), student);
    xml.writeEmptyElement(QStringLiteral("system-err"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

namespace {

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QByteArray LabProgress::gradeCsv(const QList<LabProgress> &results)
{
    QStringList columns;
    for (const LabProgress &r : results) {
        for (const Step &s : r.steps) {
            if (!columns.contains(s.id))
                columns << s.id;
        }
    }
    QList<LabProgress> sorted = results;
    std::stable_sort(sorted.begin(), sorted.end(), [](const LabProgress &a, const LabProgress &b) {
        return a.student.compare(b.student, Qt::CaseInsensitive) < 0;
    });
    QStringList lines;
    lines << (QStringList{QStringLiteral("student"), QStringLiteral("lab")} + columns +
              QStringList{QStringLiteral("hints used"), QStringLiteral("total"),
                          QStringLiteral("max")})
                 .join(u',');
    for (const LabProgress &r : std::as_const(sorted)) {
        QStringList row{csvField(r.student), csvField(r.lab)};
        for (const QString &c : std::as_const(columns)) {
            const Step *s = r.step(c);
            row << (s ? QString::number(s->points) : QString());
        }
        row << QString::number(r.hintsUsed()) << QString::number(r.total())
            << QString::number(r.maxTotal());
        lines << row.join(u',');
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

} // namespace Berth::Model
