#include "engine/labs/labchecker.h"

#include "engine/enginetr.h"
#include "engine/labs/labcheckhelpers.h"
#include "engine/lb/haproxyconfig.h"
#include "engine/registry/ecrregistry.h"
#include "engine/scheduler/planner.h"
#include "engine/secrets/keychainsecretstore.h"

#include "model/labs/labedits.h"
#include "model/validation/validator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace Berth::Engine {

using namespace Berth::Model;
using namespace Berth::Engine::Internal;

namespace {

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return QStringLiteral("\"%1\"").arg(v.toString());
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    const QByteArray json = v.isArray()
                                ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    return json.size() > 120 ? QString::fromUtf8(json.left(117)) + QStringLiteral("...")
                             : QString::fromUtf8(json);
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

QString yesNo(bool b)
{
    return b ? Tr::tr("yes") : Tr::tr("no");
}

} // namespace

LabChecker::LabChecker(ProjectData design, ApiCall live)
    : m_design(std::move(design)), m_live(std::move(live))
{
}

LabChecker::~LabChecker() = default;

LabCheckOutcome LabChecker::evaluate(const QJsonObject &check, bool honourWait)
{
    if (LabLoader::isLiveCheck(check) && !m_live)
        return {false, true,
                Tr::tr("this step checks the running design: start the run "
                       "first (Run in the window, or 'berth run PROJECT "
                       "--headless')")};
    // Only the run changes while a check waits; the design and its plan do not.
    const bool waits = honourWait && LabLoader::isLiveCheck(check);
    const double wait = waits ? check.value(QLatin1String("wait")).toDouble() : 0;
    QElapsedTimer elapsed;
    elapsed.start();
    for (;;) {
        LabCheckOutcome result = once(check);
        if (result.passed || elapsed.elapsed() >= wait * 1000)
            return result;
        // A third of a second: a person notices no later answer, and the run's API answers
        // each question in a few milliseconds.
        QThread::msleep(300);
    }
}

LabStepOutcome LabChecker::evaluate(const Lab &, const LabStep &step,
                                    const QHash<QString, QString> &parameters, bool honourWait)
{
    for (const QJsonObject &check : step.checks) {
        const LabCheckOutcome result =
            evaluate(Lab::substitute(check, parameters).toObject(), honourWait);
        if (!result.passed)
            return {false, result.needsRun, result.message};
    }
    return {true, false, {}};
}

LabCheckOutcome LabChecker::once(const QJsonObject &check)
{
    const QString kind = check.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("design"))
        return design(check);
    if (kind == QLatin1String("finding"))
        return finding(check);
    if (kind == QLatin1String("plan"))
        return plan(check);
    if (kind == QLatin1String("service"))
        return service(check);
    if (kind == QLatin1String("task"))
        return task(check);
    if (kind == QLatin1String("event"))
        return event(check);
    if (kind == QLatin1String("http"))
        return http(check);
    if (kind == QLatin1String("image"))
        return image(check);
    if (kind == QLatin1String("targets"))
        return targets(check);
    if (kind == QLatin1String("scaling"))
        return scaling(check);
    if (kind == QLatin1String("instances"))
        return instances(check);
    return {false, false, Tr::tr("unknown check kind '%1'").arg(kind)};
}

LabCheckOutcome LabChecker::design(const QJsonObject &check)
{
    const QString path = check.value(QLatin1String("path")).toString();
    const std::optional<QJsonValue> value = LabEdits::valueAt(m_design, path);
    const QString label = labelOf(check, path);
    const QString saw = value ? shown(*value) : Tr::tr("nothing there");
    if (check.contains(QLatin1String("exists"))) {
        const bool want = check.value(QLatin1String("exists")).toBool();
        return outcome(value.has_value() == want, label, saw,
                       want ? Tr::tr("a value") : Tr::tr("nothing there"));
    }
    if (check.contains(QLatin1String("equals"))) {
        const QJsonValue want = check.value(QLatin1String("equals"));
        return outcome(value && same(*value, want), label, saw, shown(want));
    }
    if (check.contains(QLatin1String("contains"))) {
        const QJsonValue want = check.value(QLatin1String("contains"));
        bool found = false;
        if (value && value->isString())
            found = value->toString().contains(want.toString());
        else if (value && value->isArray())
            found = std::any_of(value->toArray().begin(), value->toArray().end(),
                                [&](const QJsonValue &v) { return same(v, want); });
        return outcome(found, label, saw, Tr::tr("something containing %1").arg(shown(want)));
    }
    if (check.contains(QLatin1String("count"))) {
        const int want = intOf(check, "count");
        const int n = value && value->isArray() ? int(value->toArray().size()) : 0;
        return outcome(n == want, label, Tr::tr("%n element(s)", nullptr, n),
                       Tr::tr("%n element(s)", nullptr, want));
    }
    const double n = value ? value->toDouble() : 0;
    if (check.contains(QLatin1String("atLeast")))
        return outcome(value && value->isDouble() &&
                           n >= check.value(QLatin1String("atLeast")).toDouble(),
                       label, saw,
                       Tr::tr("at least %1").arg(check.value(QLatin1String("atLeast")).toDouble()));
    return outcome(
        value && value->isDouble() && n <= check.value(QLatin1String("atMost")).toDouble(), label,
        saw, Tr::tr("at most %1").arg(check.value(QLatin1String("atMost")).toDouble()));
}

LabCheckOutcome LabChecker::finding(const QJsonObject &check)
{
    const QString rule = check.value(QLatin1String("rule")).toString();
    const QString entity = check.value(QLatin1String("entity")).toString();
    const bool present = check.value(QLatin1String("present")).toBool(true);
    QStringList messages;
    for (const Diagnostic &d : Validator::validate(m_design)) {
        if (d.rule == rule && (entity.isEmpty() || d.entity == entity))
            messages << d.message;
    }
    const QString label = labelOf(check, Tr::tr("validation finding %1").arg(rule));
    return outcome(messages.isEmpty() != present, label,
                   messages.isEmpty() ? Tr::tr("no such finding")
                                      : Tr::tr("\"%1\"").arg(messages.first()),
                   present ? Tr::tr("the finding") : Tr::tr("no such finding"));
}

LabCheckOutcome LabChecker::plan(const QJsonObject &check)
{
    if (!m_plan)
        m_plan = std::make_unique<Plan>(Planner(m_design).plan());
    const QString name = check.value(QLatin1String("service")).toString();
    QList<const ServicePlan *> services;
    for (const ServicePlan &s : m_plan->services) {
        if (name.isEmpty() || s.name == name)
            services << &s;
    }
    const QString label =
        labelOf(check, name.isEmpty() ? Tr::tr("the plan") : Tr::tr("the plan of %1").arg(name));
    if (!name.isEmpty() && services.isEmpty())
        return {false, false, Tr::tr("%1: saw no service %2 in the design").arg(label, name)};
    int placed = 0;
    int unplaced = 0;
    QSet<QString> instances;
    for (const ServicePlan *s : std::as_const(services)) {
        placed += int(s->placed.size());
        unplaced += int(s->unplaced.size());
        for (const PlannedTask &t : s->placed) {
            if (!t.instance.isEmpty())
                instances.insert(t.instance);
        }
    }
    if (check.contains(QLatin1String("placed")))
        return outcome(placed == intOf(check, "placed"), label,
                       Tr::tr("%n task(s) placed", nullptr, placed),
                       Tr::tr("%n task(s) placed", nullptr, intOf(check, "placed")));
    if (check.contains(QLatin1String("unplaced")))
        return outcome(
            unplaced == intOf(check, "unplaced"), label,
            Tr::tr("%n task(s) that cannot be placed", nullptr, unplaced),
            Tr::tr("%n task(s) that cannot be placed", nullptr, intOf(check, "unplaced")));
    if (check.contains(QLatin1String("instanceCount")))
        return outcome(int(instances.size()) == intOf(check, "instanceCount"), label,
                       Tr::tr("tasks on %n instance(s)", nullptr, int(instances.size())),
                       Tr::tr("tasks on %n instance(s)", nullptr, intOf(check, "instanceCount")));
    if (check.contains(QLatin1String("instances"))) {
        QStringList want;
        for (const QJsonValue v : check.value(QLatin1String("instances")).toArray())
            want << v.toString();
        want.sort();
        QStringList saw(instances.begin(), instances.end());
        saw.sort();
        return outcome(saw == want, label,
                       Tr::tr("tasks on %1").arg(saw.join(QStringLiteral(", "))),
                       Tr::tr("tasks on %1").arg(want.join(QStringLiteral(", "))));
    }
    bool stalls = false;
    for (const PreflightFinding &f : m_plan->preflight) {
        if (name.isEmpty() || f.service == name)
            stalls = stalls || f.stalls;
    }
    const bool want = check.value(QLatin1String("stalls")).toBool();
    return outcome(stalls == want, label,
                   Tr::tr("a rolling deployment that stalls: %1").arg(yesNo(stalls)),
                   Tr::tr("a rolling deployment that stalls: %1").arg(yesNo(want)));
}

QString LabChecker::clusterOf(const ProjectData &design, const QString &service)
{
    if (const Service *s = design.service(service))
        return s->cluster;
    return design.clusters.isEmpty() ? QString() : design.clusters.first().name;
}

std::optional<LabCheckOutcome>
LabChecker::describeService(const QString &name, const QString &label, QJsonObject *service)
{
    const ApiCallResult r =
        m_live(QStringLiteral("DescribeServices"),
               QJsonObject{{QLatin1String("cluster"), clusterOf(m_design, name)},
                           {QLatin1String("services"), QJsonArray{name}}});
    if (!r.ok)
        return LabCheckOutcome{false, false,
                               Tr::tr("%1: the run did not answer: %2").arg(label, r.errorMessage)};
    const QJsonArray services = r.body.value(QLatin1String("services")).toArray();
    if (services.isEmpty())
        return LabCheckOutcome{false, false,
                               Tr::tr("%1: saw no such service in the run").arg(label)};
    *service = services.first().toObject();
    return std::nullopt;
}

LabCheckOutcome LabChecker::service(const QJsonObject &check)
{
    const QString name = check.value(QLatin1String("service")).toString();
    const QString label = labelOf(check, Tr::tr("service %1").arg(name));
    QJsonObject s;
    if (const std::optional<LabCheckOutcome> failed = describeService(name, label, &s))
        return *failed;
    const int running = intOf(s, "runningCount");
    const int desired = intOf(s, "desiredCount");
    const QJsonArray deployments = s.value(QLatin1String("deployments")).toArray();
    const QJsonObject primary =
        deployments.isEmpty() ? QJsonObject() : deployments.first().toObject();
    if (check.contains(QLatin1String("running")))
        return outcome(running == intOf(check, "running"), label,
                       Tr::tr("%n running task(s)", nullptr, running),
                       Tr::tr("%n running task(s)", nullptr, intOf(check, "running")));
    if (check.contains(QLatin1String("desired")))
        return outcome(desired == intOf(check, "desired"), label,
                       Tr::tr("a desired count of %1").arg(desired),
                       Tr::tr("a desired count of %1").arg(intOf(check, "desired")));
    if (check.contains(QLatin1String("deployment"))) {
        const QString state = primary.value(QLatin1String("rolloutState")).toString();
        const QString want = check.value(QLatin1String("deployment")).toString();
        return outcome(
            state == want, label,
            Tr::tr("the latest deployment %1").arg(state.isEmpty() ? QStringLiteral("-") : state),
            Tr::tr("the latest deployment %1").arg(want));
    }
    const bool steady =
        deployments.size() == 1 && running == desired &&
        primary.value(QLatin1String("rolloutState")).toString() != QLatin1String("IN_PROGRESS");
    const bool want = check.value(QLatin1String("steady")).toBool();
    return outcome(steady == want, label,
                   Tr::tr("steady state: %1 (%2 of %3 running, %n deployment(s))", nullptr,
                          int(deployments.size()))
                       .arg(yesNo(steady))
                       .arg(running)
                       .arg(desired),
                   Tr::tr("steady state: %1").arg(yesNo(want)));
}

LabCheckOutcome LabChecker::task(const QJsonObject &check)
{
    const QString serviceName = check.value(QLatin1String("service")).toString();
    const QString family = check.value(QLatin1String("family")).toString();
    const QString label =
        labelOf(check, !serviceName.isEmpty() ? Tr::tr("tasks of service %1").arg(serviceName)
                       : !family.isEmpty()    ? Tr::tr("tasks of %1").arg(family)
                                              : Tr::tr("tasks"));
    const QString lastStatus = check.value(QLatin1String("lastStatus")).toString();
    const QString stopCode = check.value(QLatin1String("stopCode")).toString();
    const QString reason = check.value(QLatin1String("reasonContains")).toString();
    const int want = check.value(QLatin1String("count")).toInt(1);
    QStringList clusters;
    if (!serviceName.isEmpty())
        clusters << clusterOf(m_design, serviceName);
    else
        for (const Cluster &c : m_design.clusters)
            clusters << c.name;
    int matching = 0;
    QStringList seen;
    for (const QString &cluster : std::as_const(clusters)) {
        for (const char *desired : {"RUNNING", "STOPPED"}) {
            QJsonObject in{{QLatin1String("cluster"), cluster},
                           {QLatin1String("desiredStatus"), QLatin1String(desired)}};
            if (!serviceName.isEmpty())
                in.insert(QLatin1String("serviceName"), serviceName);
            if (!family.isEmpty())
                in.insert(QLatin1String("family"), family);
            const ApiCallResult listed = m_live(QStringLiteral("ListTasks"), in);
            if (!listed.ok)
                return {false, false,
                        Tr::tr("%1: the run did not answer: %2").arg(label, listed.errorMessage)};
            const QJsonArray arns = listed.body.value(QLatin1String("taskArns")).toArray();
            if (arns.isEmpty())
                continue;
            const ApiCallResult described = m_live(
                QStringLiteral("DescribeTasks"),
                QJsonObject{{QLatin1String("cluster"), cluster}, {QLatin1String("tasks"), arns}});
            for (const QJsonValue v : described.body.value(QLatin1String("tasks")).toArray()) {
                const QJsonObject t = v.toObject();
                const QString status = t.value(QLatin1String("lastStatus")).toString();
                const QString code = t.value(QLatin1String("stopCode")).toString();
                const QString why = t.value(QLatin1String("stoppedReason")).toString();
                seen << (code.isEmpty() ? status
                                        : QStringLiteral("%1 %2 \"%3\"").arg(status, code, why));
                if ((lastStatus.isEmpty() || status == lastStatus) &&
                    (stopCode.isEmpty() || code == stopCode) &&
                    (reason.isEmpty() || why.contains(reason)))
                    ++matching;
            }
        }
    }
    QStringList wanted;
    if (!lastStatus.isEmpty())
        wanted << lastStatus;
    if (!stopCode.isEmpty())
        wanted << stopCode;
    if (!reason.isEmpty())
        wanted << Tr::tr("a reason containing \"%1\"").arg(reason);
    seen.removeDuplicates();
    return outcome(
        matching >= want, label,
        seen.isEmpty() ? Tr::tr("no tasks") : seen.mid(0, 4).join(QStringLiteral("; ")),
        Tr::tr("at least %n task(s): %1", nullptr, want).arg(wanted.join(QStringLiteral(", "))));
}

LabCheckOutcome LabChecker::event(const QJsonObject &check)
{
    const QString name = check.value(QLatin1String("service")).toString();
    const QString text = check.value(QLatin1String("contains")).toString();
    const QString label = labelOf(check, Tr::tr("events of service %1").arg(name));
    QJsonObject s;
    if (const std::optional<LabCheckOutcome> failed = describeService(name, label, &s))
        return *failed;
    const QJsonArray events = s.value(QLatin1String("events")).toArray();
    for (const QJsonValue e : events) {
        if (e.toObject().value(QLatin1String("message")).toString().contains(text))
            return {true, false, {}};
    }
    return outcome(false, label,
                   events.isEmpty()
                       ? Tr::tr("no events")
                       : Tr::tr("\"%1\"").arg(
                             events.first().toObject().value(QLatin1String("message")).toString()),
                   Tr::tr("an event containing \"%1\"").arg(text));
}

LabCheckOutcome LabChecker::http(const QJsonObject &check)
{
    const QString name = check.value(QLatin1String("loadBalancer")).toString();
    const QString label = labelOf(check, Tr::tr("load balancer %1").arg(name));
    int index = -1;
    for (qsizetype i = 0; i < m_design.loadBalancers.size(); ++i) {
        if (m_design.loadBalancers.at(i).name == name)
            index = int(i);
    }
    if (index < 0 || m_design.loadBalancers.at(index).listeners.isEmpty())
        return {false, false,
                Tr::tr("%1: saw no such load balancer with a listener in the "
                       "design")
                    .arg(label)};
    const int port = check.value(QLatin1String("port"))
                         .toInt(m_design.loadBalancers.at(index).listeners.first().port);
    const QString address = HaproxyConfig::loadBalancerAddress(index);
    QNetworkAccessManager network;
    int status = 0;
    QByteArray body;
    QString failure;
    // The listener's own port, or the unprivileged one it moved to (design decision 5).
    for (const int p : {port, HaproxyConfig::unprivilegedPort(port)}) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://%1:%2%3")
                     .arg(address)
                     .arg(p)
                     .arg(check.value(QLatin1String("path")).toString(QStringLiteral("/")))));
        if (check.contains(QLatin1String("host")))
            request.setRawHeader("Host", check.value(QLatin1String("host")).toString().toUtf8());
        request.setTransferTimeout(5000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        body = reply->readAll();
        failure = reply->errorString();
        const bool refused = reply->error() == QNetworkReply::ConnectionRefusedError;
        reply->deleteLater();
        if (!refused)
            break;
    }
    const QString saw =
        status == 0
            ? Tr::tr("no answer (%1)").arg(failure)
            : Tr::tr("HTTP %1 \"%2\"").arg(status).arg(QString::fromUtf8(body.left(80)).trimmed());
    if (check.contains(QLatin1String("status")) &&
        status != check.value(QLatin1String("status")).toInt())
        return outcome(false, label, saw,
                       Tr::tr("HTTP %1").arg(check.value(QLatin1String("status")).toInt()));
    const QString text = check.value(QLatin1String("bodyContains")).toString();
    return outcome(status != 0 && QString::fromUtf8(body).contains(text), label, saw,
                   Tr::tr("a body containing \"%1\"").arg(text));
}

LabCheckOutcome LabChecker::image(const QJsonObject &check)
{
    const QString repository = check.value(QLatin1String("repository")).toString();
    const QString tag = check.value(QLatin1String("tag")).toString();
    const QString label = labelOf(check, Tr::tr("images of repository %1").arg(repository));
    KeychainSecretStore store;
    QString error;
    std::optional<EcrRegistry> ecr =
        EcrRegistry::open(store, m_design.accountId, m_design.region, &error);
    QList<EcrRegistry::Image> images;
    const EcrError listed = ecr ? ecr->describeImages(repository, {}, &images) : EcrError();
    const QString expected = tag.isEmpty()
                                 ? Tr::tr("at least %n image(s)", nullptr, intOf(check, "count"))
                                 : Tr::tr("an image tagged %1").arg(tag);
    if (listed.type == QLatin1String("RepositoryNotFoundException"))
        return outcome(false, label, Tr::tr("no repository %1").arg(repository), expected);
    if (!ecr || listed.isError())
        return {false, false,
                Tr::tr("%1: the registry did not answer: %2")
                    .arg(label, ecr ? listed.type + QStringLiteral(": ") + listed.message : error)};
    QStringList tags;
    for (const EcrRegistry::Image &i : std::as_const(images))
        tags << i.image.tags;
    tags.sort();
    const int n = int(images.size());
    const QString saw =
        tags.isEmpty()
            ? Tr::tr("%n image(s)", nullptr, n)
            : Tr::tr("%n image(s) tagged %1", nullptr, n).arg(tags.join(QStringLiteral(", ")));
    if (!tag.isEmpty() && !tags.contains(tag))
        return outcome(false, label, saw, expected);
    const int want = intOf(check, "count");
    return outcome(n >= want, label, saw, Tr::tr("at least %n image(s)", nullptr, want));
}

} // namespace Berth::Engine
