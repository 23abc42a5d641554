#include "ui/secrets/secretkeys.h"

#include "engine/secrets/keychainsecretstore.h"

#include <QMap>

namespace Berth::Gui {

using Engine::SecretNeed;
using Engine::SecretResolver;
using Engine::SecretStore;

bool SecretKey::registryCredentials() const
{
    if (key.startsWith(QLatin1String("registry:")))
        return true;
    return !uses.isEmpty() && uses.first().registryCredentials();
}

SecretState SecretState::check(SecretStore &store, const QString &key)
{
    const Engine::SecretResult r = store.read(key);
    if (r.ok())
        return {Status::Set, {}};
    if (r.notFound())
        return {Status::NotSet, {}};
    return {Status::Failed, r.error};
}

QList<SecretKey> SecretKeys::of(const Model::ProjectData &project)
{
    QMap<QString, SecretKey> needed;
    for (const SecretNeed &need : SecretResolver::needs(project)) {
        SecretKey &k = needed[need.key];
        k.key = need.key;
        k.uses.append(need);
    }
    QMap<QString, SecretKey> registries;
    for (const Model::TaskDefinition &td : project.taskDefinitions) {
        for (const Model::ContainerDefinition &cd : td.containers()) {
            if (cd.image().isEmpty() || cd.json().contains(QLatin1String("repositoryCredentials")))
                continue;
            const QString host = SecretResolver::registryHost(cd.image());
            if (host == QLatin1String("docker.io"))
                continue;
            SecretKey &k = registries[SecretStore::registryKey(host)];
            k.key = SecretStore::registryKey(host);
            if (!k.images.contains(cd.image()))
                k.images.append(cd.image());
        }
    }
    QList<SecretKey> out = needed.values();
    for (const SecretKey &k : std::as_const(registries)) {
        if (!needed.contains(k.key))
            out.append(k);
    }
    return out;
}

QString SecretKeys::describeUse(const SecretNeed &need)
{
    return need.registryCredentials()
               ? tr("%1 › %2 › registry credentials").arg(need.taskDefinition, need.container)
               : tr("%1 › %2 › $%3").arg(need.taskDefinition, need.container, need.variable);
}

QString SecretKeys::describeUses(const SecretKey &key)
{
    QStringList lines;
    for (const SecretNeed &need : key.uses)
        lines << describeUse(need);
    for (const QString &image : key.images)
        lines << tr("pulls of %1").arg(image);
    if (lines.isEmpty())
        lines << tr("not used by this design");
    return lines.join(u'\n');
}

QString SecretKeys::describeState(const SecretKey &key, const SecretState &state)
{
    switch (state.status) {
    case SecretState::Status::Unknown:
        return tr("checking…");
    case SecretState::Status::Set:
        return tr("set");
    case SecretState::Status::NotSet:
        return key.optional() ? tr("not set (optional)") : tr("not set");
    case SecretState::Status::Failed:
        return tr("keychain failed");
    }
    return {};
}

QHash<QString, SecretState> SecretKeys::check(SecretStore &store, const QStringList &keys)
{
    QHash<QString, SecretState> out;
    for (const QString &key : keys)
        out.insert(key, SecretState::check(store, key));
    return out;
}

std::shared_ptr<SecretStore> SecretKeys::keychain()
{
    static const std::shared_ptr<SecretStore> store =
        std::make_shared<Engine::KeychainSecretStore>();
    return store;
}

} // namespace Berth::Gui
