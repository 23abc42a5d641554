#pragma once

#include "engine/secrets/secretstore.h"

#include <QHash>
#include <QMutex>

namespace Berth::Engine {

/// A store in memory: for tests, and for runs that must not touch the OS keychain.
class MemorySecretStore final : public SecretStore
{
public:
    SecretResult read(const QString &key) override;
    SecretResult write(const QString &key, const QString &value) override;
    SecretResult remove(const QString &key) override;

    /// Makes every call fail with \a error (empty: work again), as a broken keychain would.
    void setFailure(const QString &error);

private:
    QMutex m_mutex;
    QHash<QString, QString> m_values;
    QString m_failure;
};

} // namespace Berth::Engine
