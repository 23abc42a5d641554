#include "engine/docker/demoimage.h"

#include "engine/docker/dockerclient.h"
#include "engine/enginelog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Berth::Engine {

namespace {

const char digestLabel[] = "io.berth.demo-digest";

bool isContext(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo::exists(dir + QLatin1String("/Dockerfile")) &&
           QFileInfo::exists(dir + QLatin1String("/demo"));
}

QString contextDigest(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *name : {"Dockerfile", "demo"}) {
        QFile file(dir + QLatin1Char('/') + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        hash.addData(&file);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString demoImageReference()
{
    return QStringLiteral("berth/demo:1");
}

QStringList demoImageContextCandidates()
{
    QStringList candidates;
    const QString fromEnv = qEnvironmentVariable("BERTH_DEMO_CONTEXT");
    if (!fromEnv.isEmpty())
        candidates.append(fromEnv);
#ifdef BERTH_DEMO_BUILD_DIR
    candidates.append(QStringLiteral(BERTH_DEMO_BUILD_DIR));
#endif
    if (QCoreApplication::instance()) {
        const QDir appDir(QCoreApplication::applicationDirPath());
        for (const char *relative :
             {"demo-app", "../demo-app", "../../demo-app", "../share/berth/demo-app"})
            candidates.append(QDir::cleanPath(appDir.filePath(QLatin1String(relative))));
    }
    candidates.append(QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
                                                QStringLiteral("berth/demo-app"),
                                                QStandardPaths::LocateDirectory));
    candidates.removeDuplicates();
    return candidates;
}

QString demoImageContextDir()
{
    for (const QString &candidate : demoImageContextCandidates()) {
        if (isContext(candidate))
            return candidate;
    }
    return {};
}

Docker::DockerResult<QString> ensureDemoImage(Docker::DockerClient &client,
                                              const Docker::ProgressCallback &progress)
{
    using Docker::DockerError;
    const QString reference = demoImageReference();
    const QString context = demoImageContextDir();
    const QString digest = context.isEmpty() ? QString() : contextDigest(context);

    const Docker::DockerResult<QJsonObject> existing = client.inspectImage(reference);
    if (existing.ok()) {
        const QString builtFrom = existing.value()
                                      .value(QLatin1String("Config"))
                                      .toObject()
                                      .value(QLatin1String("Labels"))
                                      .toObject()
                                      .value(QLatin1String(digestLabel))
                                      .toString();
        if (digest.isEmpty() || builtFrom == digest)
            return existing.value().value(QLatin1String("Id")).toString();
        qCInfo(lcDocker) << reference << "was built from another demo binary; rebuilding";
    } else if (existing.error().httpStatus() != 404) {
        return existing.error();
    }

    if (context.isEmpty()) {
        return DockerError(
            DockerError::Kind::Usage,
            QCoreApplication::translate(
                "Berth::Engine::DemoImage",
                "The image %1 is missing and its build context (a Dockerfile "
                "and the demo binary) was not found in: %2. Build the berth-demo "
                "target or set BERTH_DEMO_CONTEXT.")
                .arg(reference, demoImageContextCandidates().join(QLatin1String(", "))));
    }
    Docker::BuildOptions options;
    options.contextDir = context;
    options.tags = {reference};
    options.labels.insert(QLatin1String(digestLabel), digest);
    options.labels.insert(QStringLiteral("io.berth.demo"), QStringLiteral("1"));
    qCInfo(lcDocker) << "building" << reference << "from" << context;
    return client.buildImage(options, progress);
}

} // namespace Berth::Engine
