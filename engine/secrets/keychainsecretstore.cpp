#include "engine/secrets/keychainsecretstore.h"

#include "engine/secrets/secretindex.h"

#include "engine/secrets/keychainthread.h"
#include "engine/secrets/secretslog.h"

#include <QWaitCondition>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Berth::Engine {

namespace {

constexpr int kRepeatFailureMs = 5000;

/// What the keychain thread hands back to the waiting caller.
struct Pending
{
    QMutex mutex;
    QWaitCondition done;
    bool finished = false;
    bool noBackend = false;
    SecretResult result;
};

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, int timeoutMs)
    : m_service(service), m_timeoutMs(timeoutMs)
{
}

SecretResult KeychainSecretStore::read(const QString &key)
{
    return run(Operation::Read, key, {});
}

SecretResult KeychainSecretStore::write(const QString &key, const QString &value)
{
    const SecretResult result = run(Operation::Write, key, value);
    if (result.ok())
        SecretIndex::add(key);
    return result;
}

SecretResult KeychainSecretStore::remove(const QString &key)
{
    const SecretResult result = run(Operation::Delete, key, {});
    if (!result.failed())
        SecretIndex::remove(key);
    return result;
}

SecretResult KeychainSecretStore::run(Operation operation, const QString &key,
                                      const QString &value)
{
    const char *what = operation == Operation::Read    ? "read"
                       : operation == Operation::Write ? "write"
                                                       : "delete";
    {
        QMutexLocker lock(&m_mutex);
        if (!m_unavailable.isEmpty() && !m_unavailableFor.hasExpired()) {
            qCDebug(lcSecrets).noquote() << "keychain" << what << key
                                         << "not tried: it failed moments ago";
            return SecretResult::failure(m_unavailable);
        }
    }
    auto &thread = Internal::KeychainThread::instance();
    if (thread.isCurrent()) {
        qCWarning(lcSecrets).noquote() << "keychain" << what << key
                                       << "called from the keychain's own thread";
        return SecretResult::failure(tr("the keychain was called from its own thread"));
    }
    auto pending = std::make_shared<Pending>();
    const QString service = m_service;
    thread.post([pending, operation, service, key, value] {
        QKeychain::Job *job = nullptr;
        if (operation == Operation::Read) {
            job = new QKeychain::ReadPasswordJob(service);
        } else if (operation == Operation::Write) {
            auto *write = new QKeychain::WritePasswordJob(service);
            write->setTextData(value);
            job = write;
        } else {
            job = new QKeychain::DeletePasswordJob(service);
        }
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plaintext file on disk
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, job, [pending](QKeychain::Job *j) {
            SecretResult r;
            switch (j->error()) {
            case QKeychain::NoError:
                r = SecretResult::done();
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                    r.value = read->textData();
                break;
            case QKeychain::EntryNotFound:
                r = SecretResult::missing();
                break;
            case QKeychain::NoBackendAvailable:
                r = SecretResult::failure(
                    tr("no keychain service is available (%1); Berth needs a Secret Service "
                       "such as gnome-keyring or KWallet on the D-Bus session bus")
                        .arg(j->errorString()));
                break;
            case QKeychain::AccessDenied:
            case QKeychain::AccessDeniedByUser:
                r = SecretResult::failure(
                    tr("the keychain denied access (%1); unlock it and try again")
                        .arg(j->errorString()));
                break;
            default:
                r = SecretResult::failure(
                    tr("the keychain failed: %1 (Berth keeps secrets in the OS keychain: a "
                       "Secret Service such as gnome-keyring on the D-Bus session bus)")
                        .arg(j->errorString()));
                break;
            }
            QMutexLocker lock(&pending->mutex);
            pending->noBackend = j->error() == QKeychain::NoBackendAvailable;
            pending->result = r;
            pending->finished = true;
            pending->done.wakeAll();
        });
        job->start();
    });

    QDeadlineTimer deadline(m_timeoutMs);
    QMutexLocker lock(&pending->mutex);
    while (!pending->finished) {
        if (!pending->done.wait(&pending->mutex, deadline))
            break;
    }
    SecretResult result = pending->finished
                              ? pending->result
                              : SecretResult::failure(
                                    tr("the keychain did not answer within %1 s; is a Secret "
                                       "Service such as gnome-keyring running and unlocked in "
                                       "this D-Bus session?")
                                        .arg(m_timeoutMs / 1000.0));
    const bool unavailable = !pending->finished || pending->noBackend;
    lock.unlock();
    if (!result.failed()) {
        qCDebug(lcSecrets).noquote() << "keychain" << what << key << ":"
                                     << (result.notFound() ? "not set" : "done");
    } else {
        qCWarning(lcSecrets).noquote() << "keychain" << what << key << ":"
                                       << result.error;
        // No backend, or none answering: asking again at once would only wait again.
        if (unavailable) {
            QMutexLocker self(&m_mutex);
            m_unavailable = result.error;
            m_unavailableFor.setRemainingTime(kRepeatFailureMs);
        }
    }
    return result;
}

} // namespace Berth::Engine
