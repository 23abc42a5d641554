#pragma once

#include "engine/secrets/secretstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>

namespace Berth::Engine {

/**
 * The secret store in the OS keychain through QtKeychain (Secret Service, KWallet, macOS
 * Keychain, Windows Credential Manager), under the service name "berth". Never falls back to
 * QtKeychain's plaintext file.
 *
 * Every call has Berth's own timeout: with no keychain service, or one that does not answer,
 * a call fails within timeout() with an error that names the cause. After such a failure the
 * store answers with the same error at once for a few seconds instead of waiting again.
 * Thread-safe; blocking (see SecretStore).
 */
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine::KeychainSecretStore)

public:
    static constexpr int kDefaultTimeoutMs = 4000;

    explicit KeychainSecretStore(const QString &service = QStringLiteral("berth"),
                                 int timeoutMs = kDefaultTimeoutMs);

    QString service() const { return m_service; }
    int timeout() const { return m_timeoutMs; }

    SecretResult read(const QString &key) override;
    SecretResult write(const QString &key, const QString &value) override;
    SecretResult remove(const QString &key) override;

private:
    enum class Operation { Read, Write, Delete };
    SecretResult run(Operation operation, const QString &key, const QString &value);

    QString m_service;
    int m_timeoutMs;
    QMutex m_mutex;
    QString m_unavailable;           ///< the last "no keychain" error
    QDeadlineTimer m_unavailableFor; ///< until when it is repeated without asking again
};

} // namespace Berth::Engine
