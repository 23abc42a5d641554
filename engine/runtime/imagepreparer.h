#pragma once

#include "model/projectdata.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Berth::Engine {

class ContainerRuntime;

/// What a run needs from the daemon before its tasks start: the demo image built and the
/// images the services name pulled, each with progress. Blocking; a run session calls it on a
/// worker thread.
class ImagePreparer
{
public:
    /// A step for the user: a line, and a value of a maximum (0: unknown; -1: done).
    using Progress = std::function<void(const QString &text, int value, int maximum)>;
    /// Something the user should know that does not end the preparation (a failed pull).
    using Notice = std::function<void(const QString &text)>;

    ImagePreparer(std::shared_ptr<ContainerRuntime> runtime, Progress progress,
                  Notice notice);

    /// Pings the daemon, builds the demo image when \a project uses it, pulls the missing
    /// images. Returns why Docker cannot be reached, or an empty string. Stops early when
    /// \a cancelled turns true.
    QString prepare(const Model::ProjectData &project, const std::atomic<bool> &cancelled);

    static bool usesDemoImage(const Model::ProjectData &project);
    /// Images the services' task definitions name, but the demo image and those behind
    /// registry credentials (the engine pulls those with the secret it resolves).
    static QStringList imagesToPull(const Model::ProjectData &project);

private:
    void buildDemoImage();
    void pullMissing(const QStringList &images, const std::atomic<bool> &cancelled);

    std::shared_ptr<ContainerRuntime> m_runtime;
    Progress m_progress;
    Notice m_notice;
};

} // namespace Berth::Engine
