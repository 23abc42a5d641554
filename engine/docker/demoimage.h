#pragma once

#include "engine/docker/dockerresult.h"
#include "engine/docker/dockertypes.h"

#include <QString>
#include <QStringList>

namespace Berth::Engine {

namespace Docker {
class DockerClient;
}

/** The demo image's reference: berth/demo:1. */
QString demoImageReference();

/** Where demoImageContextDir() looks, in order. */
QStringList demoImageContextCandidates();

/**
 * The demo image's build context (a Dockerfile and the static demo binary): $BERTH_DEMO_CONTEXT,
 * the build tree, next to the executable, or share/berth/demo-app. Empty when none is found.
 */
QString demoImageContextDir();

/**
 * Builds berth/demo:1 through the daemon's /build endpoint when it is missing or was built
 * from a different binary; returns the image id. Blocks: call it on the engine's thread.
 */
Docker::DockerResult<QString> ensureDemoImage(Docker::DockerClient &client,
                                              const Docker::ProgressCallback &progress = {});

} // namespace Berth::Engine
