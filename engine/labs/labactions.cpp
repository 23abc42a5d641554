#include "engine/labs/labactions.h"

#include "engine/docker/demoimage.h"
#include "engine/docker/dockerclient.h"
#include "engine/enginetr.h"
#include "engine/lb/loadgenerator.h"
#include "engine/registry/imagetransfer.h"
#include "engine/secrets/keychainsecretstore.h"

#include "model/ecrreference.h"
#include "model/labs/labedits.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QThread>

namespace Berth::Engine {

using namespace Berth::Model;

namespace {

/// `berth image build FOLDER --tag REPOSITORY:TAG` (the folder is the lab's) and `berth
/// image push REPOSITORY:TAG`, into the design's account and Region.
QString imageAction(const ProjectData &design, const QString &kind, const QJsonObject &input,
                    const QString &labFolder)
{
    const QString tag = input.value(QLatin1String("tag")).toString();
    const qsizetype colon = tag.lastIndexOf(u':');
    if (colon <= 0)
        return Tr::tr("'%1' is not REPOSITORY:TAG").arg(tag);
    const QString repository = tag.left(colon);
    const QString ecrName =
        EcrReference::registryHost(design.accountId, design.region) + u'/' + tag;
    QString error;
    if (kind == QLatin1String("build")) {
        const QString folder =
            QDir(labFolder).filePath(input.value(QLatin1String("folder")).toString());
        // A lab's image starts from the demo image, which a run has: make sure of it.
        QFile dockerfile(QDir(folder).filePath(QStringLiteral("Dockerfile")));
        if (dockerfile.open(QIODevice::ReadOnly) &&
            dockerfile.readAll().contains(demoImageReference().toUtf8())) {
            Docker::DockerClient docker;
            const auto demo = ensureDemoImage(docker);
            if (!demo.ok())
                return demo.error().message();
        }
        return ImageTransfer::build(folder, {ecrName}, {}, &error).isEmpty() ? error : QString();
    }
    KeychainSecretStore store;
    ImageTransfer::Published published;
    const ImageTransfer::Publish pushed = ImageTransfer::publish(
        store, design.accountId, design.region, design.repository(repository), repository,
        tag.mid(colon + 1), {}, &published, &error);
    return pushed == ImageTransfer::Publish::Pushed ? QString() : error;
}

QString liveAction(const ProjectData &design, const QString &kind, const QJsonObject &input,
                   const QString &labFolder, const LabChecker::ApiCall &live)
{
    if (!live)
        return Tr::tr("%1 acts on the running design: start the run first").arg(kind);
    if (kind == QLatin1String("build") || kind == QLatin1String("push"))
        return imageAction(design, kind, input, labFolder);
    if (kind == QLatin1String("load")) {
        // As `berth load` sends it, for the whole duration: a lab's scaling steps are checked
        // once the load has done its work.
        LoadSettings settings;
        QString problem;
        settings.url = LoadGenerator::listenerUrl(
            design, input.value(QLatin1String("loadBalancer")).toString(),
            input.value(QLatin1String("path")).toString(), &problem);
        if (settings.url.isEmpty())
            return problem;
        settings.rate = input.value(QLatin1String("rate")).toDouble();
        settings.durationSeconds = input.value(QLatin1String("duration")).toDouble();
        const LoadSummary summary = LoadGenerator(settings).run({});
        if (!summary.problem.isEmpty())
            return summary.problem;
        if (summary.totals.answered == 0)
            return Tr::tr("nothing answered at %1; check that the run is still running")
                .arg(settings.url);
        return {};
    }
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
        const QString problem =
            LabEdits::liveKinds().contains(kind)
                ? liveAction(design, kind, edit.value(kind).toObject(), lab.folder, live)
                : LabEdits::apply(design, edit, lab.folder);
        if (!problem.isEmpty())
            return Tr::tr("%1: %2").arg(kind, problem);
    }
    return {};
}

} // namespace Berth::Engine
