#pragma once

#include <QString>

namespace Berth::Engine {

/// What one secret store call gave: a value (for reads), "not set", or a failure whose text
/// names the cause. Never carries a value in its error.
struct SecretResult
{
    enum class Status { Ok, NotFound, Failed };

    Status status = Status::Failed;
    QString value; ///< reads only
    QString error; ///< Failed: what went wrong and why

    bool ok() const { return status == Status::Ok; }
    bool notFound() const { return status == Status::NotFound; }
    bool failed() const { return status == Status::Failed; }

    static SecretResult found(const QString &value) { return {Status::Ok, value, {}}; }
    static SecretResult done() { return {Status::Ok, {}, {}}; }
    static SecretResult missing() { return {Status::NotFound, {}, {}}; }
    static SecretResult failure(const QString &error) { return {Status::Failed, {}, error}; }
};

/**
 * Where the values behind task definition `secrets` and registry credentials live (design.md
 * decision 7). Keys are the `valueFrom` string of a secret (an SSM or Secrets Manager ARN)
 * and "registry:HOST" for a registry's credentials.
 *
 * Calls block until the store answers or its own timeout passes: call them from the engine's
 * thread or a worker, never from the GUI thread.
 */
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    virtual SecretResult read(const QString &key) = 0;
    virtual SecretResult write(const QString &key, const QString &value) = 0;
    /// NotFound when there was nothing to delete.
    virtual SecretResult remove(const QString &key) = 0;

    /// The key of one file of a Docker daemon's TLS client set (ca.pem, cert.pem, key.pem),
    /// e.g. "docker-tls:manager.lab:2376:key.pem".
    static QString dockerTlsKey(const QString &hostAndPort, const QString &file)
    {
        return QStringLiteral("docker-tls:") + hostAndPort + QLatin1Char(':') + file;
    }
    /// The key of a registry's credentials, e.g. "registry:registry.example.com:5000".
    static QString registryKey(const QString &host)
    {
        return QStringLiteral("registry:") + host;
    }
};

} // namespace Berth::Engine
