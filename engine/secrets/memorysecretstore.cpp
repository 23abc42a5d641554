#include "engine/secrets/memorysecretstore.h"

namespace Berth::Engine {

SecretResult MemorySecretStore::read(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (!m_failure.isEmpty())
        return SecretResult::failure(m_failure);
    const auto it = m_values.constFind(key);
    return it == m_values.cend() ? SecretResult::missing() : SecretResult::found(*it);
}

SecretResult MemorySecretStore::write(const QString &key, const QString &value)
{
    QMutexLocker lock(&m_mutex);
    if (!m_failure.isEmpty())
        return SecretResult::failure(m_failure);
    m_values.insert(key, value);
    return SecretResult::done();
}

SecretResult MemorySecretStore::remove(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (!m_failure.isEmpty())
        return SecretResult::failure(m_failure);
    return m_values.remove(key) ? SecretResult::done() : SecretResult::missing();
}

void MemorySecretStore::setFailure(const QString &error)
{
    QMutexLocker lock(&m_mutex);
    m_failure = error;
}

} // namespace Berth::Engine
