#include "engine/labs/labactions.h"

#include "engine/enginetr.h"

#include "model/labs/labedits.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

namespace Berth::Engine {

using namespace Berth::Model;

namespace {

QString liveAction(const ProjectData &design, const QString &kind, const QJsonObject &input,
                   const LabChecker::ApiCall &live)
{
    if (!live)
        return Tr::tr("%1 acts on the running design: start the run first").arg(kind);
    if (kind == QLatin1String("runTask")) {
        QJsonObject in = input;
        if (!in.contains(QLatin1String("cluster")))
            in.insert(QLatin1String("cluster"), LabChecker::clusterOf(design, {}));
        const ApiCallResult r = live(QStringLiteral("RunTask"), in);
        return r.ok ? QString() : r.errorMessage;
    }
    const QString service = input.value(QLatin1String("service")).toString();
    const QString cluster = LabChecker::clusterOf(design, service);
    // A design just edited (a new revision deploying) may have no task running for a moment:
    // the run acts on its next pass.
    QJsonArray arns;
    QElapsedTimer waited;
    waited.start();
    while (arns.isEmpty() && waited.elapsed() < 30000) {
        const ApiCallResult listed = live(
            QStringLiteral("ListTasks"), QJsonObject{{QLatin1String("cluster"), cluster},
                                                     {QLatin1String("serviceName"), service}});
        arns = listed.body.value(QLatin1String("taskArns")).toArray();
        if (arns.isEmpty())
            QThread::msleep(500);
    }
    if (arns.isEmpty())
        return Tr::tr("no task of the service %1 runs, so none can be stopped").arg(service);
    const ApiCallResult stopped = live(
        QStringLiteral("StopTask"),
        QJsonObject{{QLatin1String("cluster"), cluster},
                    {QLatin1String("task"), arns.first()},
                    {QLatin1String("reason"), input.value(QLatin1String("reason")).toString()}});
    return stopped.ok ? QString() : stopped.errorMessage;
}

} // namespace

QString applyLabEdits(ProjectData &design, const QList<QJsonObject> &edits, const Lab &lab,
                      const QHash<QString, QString> &parameters, const LabChecker::ApiCall &live)
{
    for (const QJsonObject &raw : edits) {
        const QJsonObject edit = Lab::substitute(raw, parameters).toObject();
        const QString kind = LabEdits::kindOf(edit);
        const QString problem = LabEdits::liveKinds().contains(kind)
                                    ? liveAction(design, kind, edit.value(kind).toObject(), live)
                                    : LabEdits::apply(design, edit, lab.folder);
        if (!problem.isEmpty())
            return Tr::tr("%1: %2").arg(kind, problem);
    }
    return {};
}

} // namespace Berth::Engine
