#pragma once

#include "engine/secrets/secretresolver.h"
#include "engine/secrets/secretstore.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace Berth::Gui {

/// One key of the secret store that a design uses, and everything that uses it.
struct SecretKey
{
    QString key;
    QList<Engine::SecretNeed> uses; ///< empty for a registry:HOST key, or one added by hand
    QStringList images;             ///< registry:HOST keys: the images pulled from HOST
    /// registry:HOST credentials: without them images are pulled anonymously.
    bool optional() const { return uses.isEmpty() && key.startsWith(QLatin1String("registry:")); }
    /// The value must be registry credentials (USER:PASSWORD or username/password JSON).
    bool registryCredentials() const;
};

/// Whether a key has a value in the store; never the value itself.
struct SecretState
{
    enum class Status { Unknown, Set, NotSet, Failed };
    Status status = Status::Unknown;
    QString error; ///< Failed: the store's reason

    /// One blocking read (never on the GUI thread); the value is dropped at once.
    static SecretState check(Engine::SecretStore &store, const QString &key);
};

/**
 * The keys a design needs, in key order: every `secrets` valueFrom and repositoryCredentials
 * parameter of its task definitions (SecretResolver::needs), then, as optional keys, the
 * registry:HOST credentials of the private registries its other images come from (Docker Hub
 * images are pulled anonymously and are not listed; such a key can still be added by hand).
 */
class SecretKeys
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Gui::SecretKeys)

public:
    static QList<SecretKey> of(const Model::ProjectData &project);
    /// "api:3 › web › $DB_PASSWORD", "api:3 › web › registry credentials"
    static QString describeUse(const Engine::SecretNeed &need);
    /// Every use of \a key, one a line (images for a registry:HOST key).
    static QString describeUses(const SecretKey &key);
    /// What the dialogs show for a state: "set", "not set", "checking…", "keychain failed"
    static QString describeState(const SecretKey &key, const SecretState &state);
    /// States of several keys in one go: blocking, for a worker thread.
    static QHash<QString, SecretState> check(Engine::SecretStore &store, const QStringList &keys);
    /// The OS keychain store the window shares (service "berth"), made on first use.
    static std::shared_ptr<Engine::SecretStore> keychain();
};

} // namespace Berth::Gui
