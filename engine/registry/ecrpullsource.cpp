#include "engine/registry/ecrpullsource.h"

#include "engine/registry/ecrregistry.h"
#include "engine/registry/localregistry.h"
#include "engine/registry/registrylog.h"
#include "model/ecrreference.h"

#include <QCoreApplication>

namespace Berth::Engine {

std::function<bool(const QString &, QString *, Docker::RegistryAuth *, QString *)>
localEcrPullSource(std::shared_ptr<SecretStore> store)
{
    return
        [store](const QString &image, QString *local, Docker::RegistryAuth *auth, QString *error) {
            const Model::EcrReference ref = Model::EcrReference::parse(image);
            if (!ref.isValid() || !store) {
                *error = QCoreApplication::translate("Berth::Engine::EcrPullSource",
                                                     "%1 is not an image of this project's ECR")
                             .arg(image);
                return false;
            }
            LocalRegistry registry;
            QString why;
            if (!registry.status().answering && !registry.start(*store, &why)) {
                *error = QCoreApplication::translate(
                             "Berth::Engine::EcrPullSource",
                             "Error response from daemon: the local registry that serves %1 "
                             "cannot start: %2")
                             .arg(ref.host(), why);
                return false;
            }
            auto ecr = EcrRegistry::open(*store, ref.account, ref.region, &why, registry);
            if (!ecr) {
                *error = why;
                return false;
            }
            const QString problem =
                ecr->pullProblem(ref.repository, ref.digest.isEmpty() ? ref.tag : ref.digest);
            if (!problem.isEmpty()) {
                *error = problem;
                return false;
            }
            *local = registry.address() + u'/' + ref.pathAndReference();
            *auth = ecr->auth();
            return true;
        };
}

} // namespace Berth::Engine
