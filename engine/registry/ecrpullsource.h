#pragma once

#include "engine/docker/registryauth.h"

#include <QString>

#include <functional>
#include <memory>

namespace Berth::Engine {

class SecretStore;

/// How a run pulls images named with its project's ECR host: from the local registry
/// (started when it is not running), with the password from \a store; a missing
/// repository or tag is refused in the daemon's words, as ECS reports them.
std::function<bool(const QString &image, QString *local, Docker::RegistryAuth *auth,
                   QString *error)>
localEcrPullSource(std::shared_ptr<SecretStore> store);

} // namespace Berth::Engine
