#pragma once

#include "engine/registry/ecrregistry.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Berth::Model {
struct EcrRepository;
}

namespace Berth::Engine {

class SecretStore;

/**
 * Building and pushing images for the faces that must not reach Docker themselves (the
 * command line, the window): a folder with a Dockerfile is sent to the daemon's /build as a
 * tar archive, and a push goes through the daemon's /images/{name}/push with the registry's
 * credentials. Blocking; not on the GUI thread.
 */
namespace ImageTransfer {

/// A line for the user and, when known, bytes done of a total (0: unknown).
using Progress = std::function<void(const QString &text, qint64 done, qint64 total)>;

/// Builds \a dir (its Dockerfile) as \a tags; returns the image id, or empty and *error.
QString build(const QString &dir, const QStringList &tags, const Progress &progress,
              QString *error);
/// Pushes the local image \a source as REPO:TAG of \a registry (see EcrRegistry::push).
EcrError push(EcrRegistry &registry, const QString &source, const QString &repository,
              const QString &tag, bool create, const Progress &progress, QString *digest);
/// Pulls REPO:TAG from \a registry and names it also as ECR does (HOST/REPO:TAG), as a
/// run does for its tasks; false with *error in the daemon's words ECS shows after
/// "CannotPullContainerError: ".
bool pull(EcrRegistry &registry, const QString &repository, const QString &tag,
          const Progress &progress, QString *error);
/// How a publish ended: pushed; the registry or its password was not to be had (nothing was
/// tried); or the registry refused (ECR's words).
enum class Publish { Pushed, Unavailable, Refused };

/// What a publish pushed: the image's ECR name, the registry's reference, its digest, and
/// one sentence for each of the design's repository settings it applied.
struct Published
{
    QString ecrName;
    QString local;
    QString digest;
    QStringList notes;
};

/// Pushes REPOSITORY:TAG of \a account and \a region as `berth image push` and the window's
/// "Build and push" do: starts the local registry when it does not run, opens ECR with the
/// password from \a store, applies \a designed's settings (mutability, lifecycle rule) when
/// the design has the repository, and pushes the image built under its ECR name (or under
/// the registry's name). *error says what went wrong and what to do.
Publish publish(SecretStore &store, const QString &account, const QString &region,
                const Model::EcrRepository *designed, const QString &repository,
                const QString &tag, const Progress &progress, Published *out, QString *error);
/// Whether the daemon has \a reference.
bool exists(const QString &reference);

} // namespace ImageTransfer

} // namespace Berth::Engine
