#include "engine/runtime/imagepreparer.h"
#include "engine/enginetr.h"

#include "engine/docker/demoimage.h"
#include "engine/docker/pullprogress.h"
#include "engine/enginelog.h"
#include "engine/runtime/containerruntime.h"
#include "model/ecrreference.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace Berth::Engine {

ImagePreparer::ImagePreparer(std::shared_ptr<ContainerRuntime> runtime, Progress progress,
                             Notice notice)
    : m_runtime(std::move(runtime)), m_progress(std::move(progress)), m_notice(std::move(notice))
{
}

bool ImagePreparer::usesDemoImage(const Model::ProjectData &project)
{
    for (const Model::TaskDefinition &td : project.taskDefinitions) {
        for (const Model::ContainerDefinition &c : td.containers()) {
            if (c.image() == demoImageReference())
                return true;
        }
    }
    return false;
}

QStringList ImagePreparer::imagesToPull(const Model::ProjectData &project)
{
    QStringList images;
    const QString ecrHost =
        Model::EcrReference::registryHost(project.accountId, project.region) + u'/';
    for (const Model::Service &s : project.services) {
        const Model::TaskDefinition *td = project.taskDefinitionOf(s);
        if (!td)
            continue;
        for (const Model::ContainerDefinition &c : td->containers()) {
            const QString image = c.image();
            // The project's ECR images come from the local registry as each task starts.
            if (image.isEmpty() || image == demoImageReference()
                || c.json().contains(QLatin1String("repositoryCredentials"))
                || image.startsWith(ecrHost))
                continue;
            if (!images.contains(image))
                images << image;
        }
    }
    return images;
}

QString ImagePreparer::prepare(const Model::ProjectData &project,
                               const std::atomic<bool> &cancelled)
{
    m_progress(Tr::tr("Connecting to Docker…"), 0, 0);
    const auto ping = m_runtime->ping();
    if (!ping.ok())
        return ping.error().message();
    if (usesDemoImage(project) && !cancelled)
        buildDemoImage();
    pullMissing(imagesToPull(project), cancelled);
    return {};
}

void ImagePreparer::buildDemoImage()
{
    m_progress(Tr::tr("Building the demo image %1…").arg(demoImageReference()), 0, 0);
    static const QRegularExpression step(QStringLiteral("Step (\\d+)/(\\d+)"));
    const auto built = m_runtime->ensureDemoImage([this](const Docker::ProgressMessage &m) {
        const QString line = m.text.trimmed();
        const QRegularExpressionMatch match = step.match(line);
        if (match.hasMatch())
            m_progress(Tr::tr("Building the demo image: %1").arg(line),
                       match.captured(1).toInt() - 1, match.captured(2).toInt());
    });
    // A failed build is not the end: the tasks report it as ECS would
    // (CannotPullContainerError) and the user sees why.
    if (!built.ok()) {
        qCWarning(lcEngine) << "demo image:" << built.error().message();
        m_notice(built.error().message());
    }
}

void ImagePreparer::pullMissing(const QStringList &images, const std::atomic<bool> &cancelled)
{
    for (const QString &image : images) {
        if (cancelled)
            return;
        const auto exists = m_runtime->imageExists(image);
        if (!exists.ok() || exists.value())
            continue;
        m_progress(Tr::tr("Pulling %1…").arg(image), 0, 0);
        Docker::PullProgress progress;
        QElapsedTimer shown;
        shown.start();
        const auto pulled =
            m_runtime->pullImage(image, {}, [&](const Docker::ProgressMessage &m) {
                progress.add(m);
                if (shown.elapsed() < 100 && progress.doneBytes() < progress.totalBytes())
                    return; // a few updates a second are enough for a bar
                shown.restart();
                // In KiB: a progress bar counts in int.
                m_progress(Tr::tr("Pulling %1: %2").arg(image, progress.summary()),
                           int(progress.doneBytes() / 1024), int(progress.totalBytes() / 1024));
            });
        if (!pulled.ok()) {
            // The run goes on: the tasks of this image stop with CannotPullContainerError,
            // as on ECS, and say why.
            qCWarning(lcEngine) << "pull" << image << pulled.error().message();
            m_notice(Tr::tr("Could not pull %1: %2. Tasks that use it will stop with "
                            "CannotPullContainerError; check the image name and that the "
                            "registry can be reached.")
                         .arg(image, pulled.error().message()));
        }
    }
}

} // namespace Berth::Engine
