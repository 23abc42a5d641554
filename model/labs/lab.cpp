#include "model/labs/lab.h"

#include "model/jsonreader.h"
#include "model/labs/labedits.h"
#include "model/modeltr.h"
#include "model/projectfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Berth::Model {

namespace {

const QLatin1String kFormat("berth-lab");

struct CheckShape
{
    QStringList required; ///< every one of these
    QStringList oneOf;    ///< at least one of these
    QStringList optional;
};

const QHash<QString, CheckShape> &checkShapes()
{
    static const QHash<QString, CheckShape> shapes{
        {QStringLiteral("design"),
         {{QStringLiteral("path")},
          {QStringLiteral("equals"), QStringLiteral("exists"), QStringLiteral("contains"),
           QStringLiteral("atLeast"), QStringLiteral("atMost"), QStringLiteral("count")},
          {}}},
        {QStringLiteral("finding"),
         {{QStringLiteral("rule")}, {}, {QStringLiteral("entity"), QStringLiteral("present")}}},
        {QStringLiteral("plan"),
         {{},
          {QStringLiteral("placed"), QStringLiteral("unplaced"), QStringLiteral("stalls"),
           QStringLiteral("instanceCount"), QStringLiteral("instances")},
          {QStringLiteral("service")}}},
        {QStringLiteral("service"),
         {{QStringLiteral("service")},
          {QStringLiteral("running"), QStringLiteral("desired"), QStringLiteral("steady"),
           QStringLiteral("deployment")},
          {}}},
        {QStringLiteral("task"),
         {{},
          {QStringLiteral("lastStatus"), QStringLiteral("stopCode"),
           QStringLiteral("reasonContains")},
          {QStringLiteral("service"), QStringLiteral("family"), QStringLiteral("count")}}},
        {QStringLiteral("event"), {{QStringLiteral("contains")}, {}, {QStringLiteral("service")}}},
        {QStringLiteral("http"),
         {{QStringLiteral("loadBalancer")},
          {QStringLiteral("status"), QStringLiteral("bodyContains")},
          {QStringLiteral("port"), QStringLiteral("path"), QStringLiteral("host")}}},
        {QStringLiteral("image"),
         {{QStringLiteral("repository")}, {QStringLiteral("tag"), QStringLiteral("count")}, {}}},
        {QStringLiteral("targets"),
         {{QStringLiteral("targetGroup")},
          {QStringLiteral("healthy"), QStringLiteral("unhealthy"), QStringLiteral("draining"),
           QStringLiteral("initial")},
          {}}},
        {QStringLiteral("scaling"),
         {{QStringLiteral("service")},
          {QStringLiteral("desiredAtLeast"), QStringLiteral("desiredAtMost"),
           QStringLiteral("contains"), QStringLiteral("notScaledReason")},
          {QStringLiteral("statusCode"), QStringLiteral("count")}}},
        {QStringLiteral("instances"),
         {{QStringLiteral("count")},
          {},
          {QStringLiteral("cluster"), QStringLiteral("capacityProvider"), QStringLiteral("status"),
           QStringLiteral("withTasks")}}},
    };
    return shapes;
}

/// A count a check compares with: N, or {"atLeast": N} and/or {"atMost": N} (or a parameter).
bool isCount(const QJsonValue &v)
{
    const auto number = [](const QJsonValue &n) {
        return n.isDouble() || (n.isString() && n.toString().startsWith(QLatin1String("{{")));
    };
    if (number(v))
        return true;
    const QJsonObject o = v.toObject();
    if (o.isEmpty())
        return false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if ((it.key() != QLatin1String("atLeast") && it.key() != QLatin1String("atMost")) ||
            !number(it.value()))
            return false;
    }
    return true;
}

class Reader
{
public:
    Reader(const QString &folder, const QString &file, const QByteArray &text,
           QList<LabProblem> *problems)
        : m_folder(folder), m_file(file), m_text(text), m_problems(problems)
    {
    }

    void problem(const QString &path, const QString &message)
    {
        m_problems->append({m_file, JsonText::locate(m_text, path), message});
    }
    void issues(const QList<JsonIssue> &issues)
    {
        for (const JsonIssue &i : issues)
            problem(i.path, Tr::tr("%1: %2").arg(i.path, i.message));
    }
    void unknownMembers(const JsonReader &r, const QStringList &known)
    {
        for (auto it = r.object().begin(); it != r.object().end(); ++it) {
            if (!known.contains(it.key()))
                problem(r.pathOf(it.key()),
                        Tr::tr("%1: unknown member; expected one of %2")
                            .arg(r.pathOf(it.key()), known.join(QStringLiteral(", "))));
        }
    }
    LabText text(const JsonReader &parent, const QString &key)
    {
        QList<JsonIssue> found;
        const JsonReader r(parent.rawObject(key), parent.pathOf(key), &found);
        if (!parent.has(key))
            problem(
                parent.path(),
                Tr::tr("%1: missing; give the text in \"en\" and \"ja\"").arg(parent.pathOf(key)));
        LabText t{r.string(QStringLiteral("en")).trimmed(),
                  r.string(QStringLiteral("ja")).trimmed()};
        issues(found);
        if (parent.has(key)) {
            for (const char *language : {"en", "ja"}) {
                if ((language[0] == 'e' ? t.en : t.ja).isEmpty())
                    problem(r.path(), Tr::tr("%1: the \"%2\" text is missing or empty")
                                          .arg(r.path(), QLatin1String(language)));
            }
            unknownMembers(r, {QStringLiteral("en"), QStringLiteral("ja")});
        }
        return t;
    }
    LabText markdown(const QString &stepId, const QString &path)
    {
        LabText t;
        for (const char *language : {"en", "ja"}) {
            const QString name =
                QStringLiteral("steps/%1.%2.md").arg(stepId, QLatin1String(language));
            QFile f(QDir(m_folder).filePath(name));
            QString content;
            if (f.open(QIODevice::ReadOnly))
                content = QString::fromUtf8(f.readAll());
            if (content.trimmed().isEmpty())
                problem(
                    path,
                    Tr::tr("%1: step '%2' has no %3 (missing or empty)").arg(path, stepId, name));
            (language[0] == 'e' ? t.en : t.ja) = content;
        }
        return t;
    }
    void check(const JsonReader &r)
    {
        const QString kind = r.string(QStringLiteral("kind"));
        if (!checkShapes().contains(kind)) {
            problem(r.pathOf(QStringLiteral("kind")),
                    Tr::tr("%1: \"%2\" is not a check kind; expected one of %3")
                        .arg(r.pathOf(QStringLiteral("kind")), kind,
                             LabLoader::checkKinds().join(QStringLiteral(", "))));
            return;
        }
        const CheckShape &shape = checkShapes()[kind];
        for (const QString &m : shape.required) {
            if (!r.has(m))
                problem(r.path(), Tr::tr("%1: a \"%2\" check needs \"%3\"").arg(r.path(), kind, m));
        }
        if (!shape.oneOf.isEmpty() && std::none_of(shape.oneOf.begin(), shape.oneOf.end(),
                                                   [&](const QString &m) { return r.has(m); }))
            problem(r.path(), Tr::tr("%1: a \"%2\" check needs one of %3")
                                  .arg(r.path(), kind, shape.oneOf.join(QStringLiteral(", "))));
        if (kind == QLatin1String("design")) {
            const QString p = LabEdits::pathProblem(r.string(QStringLiteral("path")));
            if (!p.isEmpty() && !r.string(QStringLiteral("path")).contains(QLatin1String("{{")))
                problem(r.pathOf(QStringLiteral("path")),
                        Tr::tr("%1: %2").arg(r.pathOf(QStringLiteral("path")), p));
        }
        if (kind == QLatin1String("targets")) {
            for (const QString &m : shape.oneOf) {
                if (r.has(m) && !isCount(r.object().value(m)))
                    problem(r.pathOf(m),
                            Tr::tr("%1: expected a number of targets, or {\"atLeast\": N} "
                                   "and/or {\"atMost\": N}")
                                .arg(r.pathOf(m)));
            }
        }
        if (kind == QLatin1String("instances")) {
            const QString count = QStringLiteral("count");
            if (r.has(count) && !isCount(r.object().value(count)))
                problem(r.pathOf(count),
                        Tr::tr("%1: expected a number of instances, or {\"atLeast\": N} "
                               "and/or {\"atMost\": N}")
                            .arg(r.pathOf(count)));
            const QString status = r.string(QStringLiteral("status"));
            if (r.has(QStringLiteral("status")) && status != QLatin1String("ACTIVE") &&
                status != QLatin1String("DRAINING"))
                problem(r.pathOf(QStringLiteral("status")),
                        Tr::tr("%1: expected \"ACTIVE\" or \"DRAINING\"")
                            .arg(r.pathOf(QStringLiteral("status"))));
            r.boolean(QStringLiteral("withTasks"));
        }
        r.number(QStringLiteral("wait"));
        if (r.has(QStringLiteral("message")))
            text(r, QStringLiteral("message"));
        unknownMembers(r, shape.required + shape.oneOf + shape.optional +
                              QStringList{QStringLiteral("kind"), QStringLiteral("wait"),
                                          QStringLiteral("message")});
    }
    void edit(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            problem(path, Tr::tr("%1: expected an object").arg(path));
            return;
        }
        const QJsonObject o = value.toObject();
        const QString kind = LabEdits::kindOf(o);
        if (kind.isEmpty()) {
            problem(path, Tr::tr("%1: not an edit; expected one of %2")
                              .arg(path, (LabEdits::designKinds() + LabEdits::liveKinds())
                                             .join(QStringLiteral(", "))));
            return;
        }
        const QString kindPath = JsonText::member(path, kind);
        if (kind == QLatin1String("set") || kind == QLatin1String("remove") ||
            kind == QLatin1String("append")) {
            const QString p = LabEdits::pathProblem(o.value(kind).toString());
            if (!o.value(kind).isString() || !p.isEmpty())
                problem(kindPath, Tr::tr("%1: %2").arg(
                                      kindPath, p.isEmpty() ? Tr::tr("expected a path") : p));
            if (kind != QLatin1String("remove") && !o.contains(QLatin1String("value")))
                problem(path, Tr::tr("%1: \"%2\" needs a \"value\"").arg(path, kind));
        } else if (kind == QLatin1String("register") && o.value(kind).isString()) {
            if (!QFileInfo::exists(QDir(m_folder).filePath(o.value(kind).toString())))
                problem(kindPath, Tr::tr("%1: there is no file %2 in the lab's folder")
                                      .arg(kindPath, o.value(kind).toString()));
        } else if (kind == QLatin1String("build") || kind == QLatin1String("push")) {
            const QJsonObject b = o.value(kind).toObject();
            const QString folder = b.value(QLatin1String("folder")).toString();
            if (kind == QLatin1String("build") &&
                (folder.isEmpty() || !QFileInfo(QDir(m_folder).filePath(folder)).isDir()))
                problem(kindPath,
                        Tr::tr("%1: \"folder\" names no folder in the lab's folder").arg(kindPath));
            if (b.value(QLatin1String("tag")).toString().isEmpty())
                problem(kindPath,
                        Tr::tr("%1: \"%2\" needs a \"tag\" (REPOSITORY:TAG)").arg(kindPath, kind));
        } else if (kind == QLatin1String("load")) {
            // As `berth load` takes them: a rate of 1 to 100000 a second, up to a day.
            const QJsonObject l = o.value(kind).toObject();
            const double rate = l.value(QLatin1String("rate")).toDouble();
            const double duration = l.value(QLatin1String("duration")).toDouble();
            if (l.value(QLatin1String("loadBalancer")).toString().isEmpty() || rate < 1 ||
                rate > 100000 || duration < 1 || duration > 86400)
                problem(kindPath, Tr::tr("%1: \"load\" needs a \"loadBalancer\", a \"rate\" (1 "
                                         "to 100000 requests a second) and a \"duration\" (1 to "
                                         "86400 seconds)")
                                      .arg(kindPath));
        }
    }

private:
    QString m_folder;
    QString m_file;
    QByteArray m_text;
    QList<LabProblem> *m_problems;
};

} // namespace

QString LabText::text() const
{
    if (QLocale().language() == QLocale::Japanese && !ja.isEmpty())
        return ja;
    return en;
}

QString Lab::designPath() const
{
    return QDir(folder).filePath(design);
}

int Lab::totalPoints() const
{
    int total = 0;
    for (const LabStep &s : steps)
        total += s.points;
    return total;
}

int Lab::stepIndex(const QString &stepId) const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id == stepId)
            return int(i);
    }
    return -1;
}

int Lab::pointsAfterHints(const LabStep &step, int hintsUsed) const
{
    const int lost = (step.points * hintCostPercent * hintsUsed + 99) / 100;
    return std::max(0, step.points - lost);
}

QHash<QString, QString> Lab::parameterValues(const QString &student) const
{
    QHash<QString, QString> values;
    for (const LabParameter &p : parameters) {
        const QByteArray digest = QCryptographicHash::hash(
            (id + u'\n' + p.name + u'\n' + student.trimmed().toLower()).toUtf8(),
            QCryptographicHash::Sha256);
        quint32 n = 0;
        for (int i = 0; i < 4; ++i)
            n = (n << 8) | quint8(digest.at(i));
        const quint32 span = quint32(p.max - p.min + 1);
        values.insert(p.name, QString::number(p.min + int(n % span)));
    }
    return values;
}

QString Lab::substitute(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        text.replace(QStringLiteral("{{%1}}").arg(it.key()), it.value());
    return text;
}

QJsonValue Lab::substitute(const QJsonValue &value, const QHash<QString, QString> &values)
{
    if (values.isEmpty())
        return value;
    if (value.isString()) {
        const QString s = value.toString();
        static const QRegularExpression whole(QStringLiteral("^\\{\\{([A-Za-z0-9_]+)\\}\\}$"));
        const QRegularExpressionMatch m = whole.match(s);
        if (m.hasMatch() && values.contains(m.captured(1))) {
            bool isNumber = false;
            const int n = values.value(m.captured(1)).toInt(&isNumber);
            if (isNumber)
                return n;
        }
        return substitute(s, values);
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue v : value.toArray())
            out.append(substitute(v, values));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), substitute(it.value(), values));
        return out;
    }
    return value;
}

QStringList LabLoader::searchPath()
{
    QStringList roots;
    if (qEnvironmentVariableIsSet("BERTH_LABS_DIR"))
        roots << qEnvironmentVariable("BERTH_LABS_DIR");
    roots << QDir(QCoreApplication::applicationDirPath())
                 .filePath(QStringLiteral("../share/berth/labs"))
          << QStringLiteral(BERTH_SOURCE_LABS_DIR);
    return roots;
}

QStringList LabLoader::folders()
{
    for (const QString &root : searchPath()) {
        const QStringList out = folders(root);
        if (!out.isEmpty())
            return out;
    }
    return {};
}

namespace {

struct CourseLine
{
    int line = 0;
    QString name;
};

QList<CourseLine> courseLines(const QDir &root)
{
    QList<CourseLine> out;
    QFile course(root.filePath(QStringLiteral("course.txt")));
    if (!course.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    const QStringList lines = QString::fromUtf8(course.readAll()).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString name = lines.at(i).section(u'#', 0, 0).trimmed();
        if (!name.isEmpty())
            out.append({int(i + 1), name});
    }
    return out;
}

QStringList labNames(const QDir &root)
{
    QStringList labs;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(root.filePath(name + QStringLiteral("/lab.json"))))
            labs << name;
    }
    return labs;
}

} // namespace

QStringList LabLoader::folders(const QString &root)
{
    const QDir dir(root);
    const QStringList labs = labNames(dir);
    // The course's order first, as course.txt names the folders; the others after it, by name.
    QStringList ordered;
    for (const CourseLine &c : courseLines(dir)) {
        if (labs.contains(c.name) && !ordered.contains(c.name))
            ordered << c.name;
    }
    for (const QString &name : labs) {
        if (!ordered.contains(name))
            ordered << name;
    }
    QStringList out;
    for (const QString &name : std::as_const(ordered))
        out << dir.filePath(name);
    return out;
}

QList<LabProblem> LabLoader::courseProblems(const QString &root)
{
    const QDir dir(root);
    const QStringList labs = labNames(dir);
    QList<LabProblem> problems;
    for (const CourseLine &c : courseLines(dir)) {
        if (!labs.contains(c.name))
            problems.append({dir.filePath(QStringLiteral("course.txt")), {c.line, 1},
                             Tr::tr("no lab folder named %1 here (a folder with a lab.json); "
                                    "correct the name or remove the line")
                                 .arg(c.name)});
    }
    return problems;
}

QString LabLoader::find(const QString &name)
{
    if (QFileInfo::exists(QDir(name).filePath(QStringLiteral("lab.json"))))
        return name;
    for (const QString &folder : folders()) {
        if (QFileInfo(folder).fileName() == name)
            return folder;
    }
    return {};
}

QStringList LabLoader::checkKinds()
{
    QStringList kinds = checkShapes().keys();
    kinds.sort();
    return kinds;
}

bool LabLoader::isLiveCheck(const QJsonObject &check)
{
    static const QStringList live{QStringLiteral("service"), QStringLiteral("task"),
                                  QStringLiteral("event"),   QStringLiteral("http"),
                                  QStringLiteral("image"),   QStringLiteral("targets"),
                                  QStringLiteral("scaling"), QStringLiteral("instances")};
    return live.contains(check.value(QLatin1String("kind")).toString());
}

LabLoader::Result LabLoader::load(const QString &folder)
{
    Result result;
    const QString file = QDir(folder).filePath(QStringLiteral("lab.json"));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        result.problems.append({file,
                                {},
                                f.exists() ? Tr::tr("cannot read the file: %1").arg(f.errorString())
                                           : Tr::tr("no such file; a lab folder holds lab.json")});
        return result;
    }
    const QByteArray text = f.readAll();
    const JsonText::ParseResult parsed = JsonText::parse(text);
    if (!parsed.ok()) {
        result.problems.append({file, parsed.position, parsed.error});
        return result;
    }
    if (!parsed.document.isObject()) {
        result.problems.append({file, {1, 1}, Tr::tr("expected an object at the top")});
        return result;
    }
    Reader reader(folder, file, text, &result.problems);
    QList<JsonIssue> issues;
    const JsonReader root(parsed.document.object(), QStringLiteral("$"), &issues);
    Lab lab;
    lab.folder = folder;
    if (root.string(QStringLiteral("format")) != kFormat)
        reader.problem(QStringLiteral("$.format"),
                       Tr::tr("$.format: expected \"%1\"").arg(kFormat));
    lab.id = root.string(QStringLiteral("id"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(lab.id).hasMatch())
        reader.problem(QStringLiteral("$.id"),
                       Tr::tr("$.id: expected lower-case letters, digits and '-'"));
    lab.version = root.integer(QStringLiteral("version"), 1);
    lab.title = reader.text(root, QStringLiteral("title"));
    lab.hintCostPercent = root.integer(QStringLiteral("hintCostPercent"), 25);
    if (lab.hintCostPercent < 0 || lab.hintCostPercent > 100)
        reader.problem(QStringLiteral("$.hintCostPercent"),
                       Tr::tr("$.hintCostPercent: expected 0 to 100"));
    lab.design = root.string(QStringLiteral("design"));
    if (lab.design.isEmpty()) {
        reader.problem(QStringLiteral("$"), Tr::tr("$.design: missing; name the starting "
                                                   "design, e.g. \"start.berth\""));
    } else {
        const ProjectFile::LoadResult design = ProjectFile::load(lab.designPath());
        if (!design.ok())
            result.problems.append({lab.designPath(), design.position, design.error});
    }
    const QJsonObject parameters = root.rawObject(QStringLiteral("parameters"));
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        const JsonReader p(it.value().toObject(),
                           JsonText::member(QStringLiteral("$.parameters"), it.key()), &issues);
        LabParameter parameter{it.key(), p.integer(QStringLiteral("min")),
                               p.integer(QStringLiteral("max"))};
        if (!it.value().isObject() || parameter.max < parameter.min)
            reader.problem(
                p.path(),
                Tr::tr("%1: expected {\"min\": N, \"max\": M} with N <= M").arg(p.path()));
        lab.parameters << parameter;
    }
    QSet<QString> stepIds;
    const QList<JsonReader> steps = root.children(QStringLiteral("steps"));
    if (steps.isEmpty())
        reader.problem(QStringLiteral("$"), Tr::tr("$.steps: a lab needs at least one step"));
    for (const JsonReader &s : steps) {
        LabStep step;
        step.id = s.string(QStringLiteral("id"));
        if (!idPattern.match(step.id).hasMatch())
            reader.problem(s.pathOf(QStringLiteral("id")),
                           Tr::tr("%1: expected lower-case letters, digits and '-'")
                               .arg(s.pathOf(QStringLiteral("id"))));
        else if (stepIds.contains(step.id))
            reader.problem(s.pathOf(QStringLiteral("id")),
                           Tr::tr("%1: another step has the id '%2'")
                               .arg(s.pathOf(QStringLiteral("id")), step.id));
        stepIds.insert(step.id);
        step.title = reader.text(s, QStringLiteral("title"));
        step.points = s.integer(QStringLiteral("points"), 10);
        if (idPattern.match(step.id).hasMatch())
            step.markdown = reader.markdown(step.id, s.path());
        for (const JsonReader &h : s.children(QStringLiteral("hints"))) {
            const LabText t{h.string(QStringLiteral("en")).trimmed(),
                            h.string(QStringLiteral("ja")).trimmed()};
            if (t.en.isEmpty() || t.ja.isEmpty())
                reader.problem(h.path(),
                               Tr::tr("%1: a hint needs \"en\" and \"ja\" texts").arg(h.path()));
            step.hints << t;
        }
        const QList<JsonReader> checks = s.children(QStringLiteral("checks"));
        if (checks.isEmpty())
            reader.problem(
                s.path(),
                Tr::tr("%1: a step needs at least one check in \"checks\"").arg(s.path()));
        for (const JsonReader &c : checks) {
            reader.check(c);
            step.checks << c.object();
        }
        const QJsonArray solution = s.rawArray(QStringLiteral("solution"));
        if (solution.isEmpty())
            reader.problem(s.path(), Tr::tr("%1: a step needs its \"solution\" (the edits "
                                            "that complete it, for catch-up)")
                                         .arg(s.path()));
        for (qsizetype i = 0; i < solution.size(); ++i) {
            reader.edit(solution.at(i), JsonText::index(s.pathOf(QStringLiteral("solution")), i));
            step.solution << solution.at(i).toObject();
        }
        const QJsonArray mistakes = s.rawArray(QStringLiteral("mistakes"));
        for (qsizetype i = 0; i < mistakes.size(); ++i) {
            const QString path = JsonText::index(s.pathOf(QStringLiteral("mistakes")), i);
            if (!mistakes.at(i).isArray()) {
                reader.problem(path, Tr::tr("%1: expected an array of edits").arg(path));
                continue;
            }
            const QJsonArray edits = mistakes.at(i).toArray();
            for (qsizetype j = 0; j < edits.size(); ++j)
                reader.edit(edits.at(j), JsonText::index(path, j));
            step.mistakes << edits;
        }
        reader.unknownMembers(s, {QStringLiteral("id"), QStringLiteral("title"),
                                  QStringLiteral("points"), QStringLiteral("hints"),
                                  QStringLiteral("checks"), QStringLiteral("solution"),
                                  QStringLiteral("mistakes")});
        lab.steps << step;
    }
    reader.unknownMembers(root, {QStringLiteral("format"), QStringLiteral("id"),
                                 QStringLiteral("version"), QStringLiteral("title"),
                                 QStringLiteral("design"), QStringLiteral("hintCostPercent"),
                                 QStringLiteral("parameters"), QStringLiteral("steps")});
    reader.issues(issues);
    result.lab = lab;
    return result;
}

} // namespace Berth::Model
