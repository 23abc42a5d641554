#include "engine/secrets/keychainsecretstore.h"

#include "engine/secrets/secretindex.h"

#include "engine/secrets/keychainthread.h"
#include "engine/secrets/secretslog.h"

#include <QWaitCondition>

#if BERTH_SECRET_SERVICE
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>

#include <dlfcn.h>
#endif

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

/// True when the Secret Service's default collection, where Berth's secrets live, is locked.
/// A lookup in a locked collection that cannot prompt (no prompter, or the prompt dismissed)
/// comes back from QtKeychain as "not found", which would send the user to set a secret that
/// is there. Other collections (a second keyring left locked) do not count: a secret that is
/// really missing from an unlocked default collection is "not set".
bool secretServiceLocked()
{
#if BERTH_SECRET_SERVICE
    const QString service = QStringLiteral("org.freedesktop.secrets");
    QDBusMessage alias = QDBusMessage::createMethodCall(
        service, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    const QDBusMessage found = QDBusConnection::sessionBus().call(alias, QDBus::Block, 1000);
    if (found.type() != QDBusMessage::ReplyMessage || found.arguments().isEmpty())
        return false;
    const QString path = found.arguments().constFirst().value<QDBusObjectPath>().path();
    if (path.isEmpty() || path == QLatin1String("/"))
        return false;
    QDBusMessage get = QDBusMessage::createMethodCall(
        service, path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 1000);
    return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty() &&
           reply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
#else
    return false;
#endif
}

/// Drops libsecret's shared connection to the Secret Service (QtKeychain's backend there), so
/// the next job opens a new one. libsecret keeps the session it opened with the keyring's
/// daemon for the life of the process: after the daemon was restarted every lookup failed
/// with "The session does not exist" until Berth itself was restarted. Keychain thread only.
void forgetSecretServiceSession()
{
#if BERTH_SECRET_SERVICE
    static const auto disconnect = [] {
        void *library = ::dlopen("libsecret-1.so.0", RTLD_LAZY | RTLD_NOLOAD);
        return library ? reinterpret_cast<void (*)()>(::dlsym(library, "secret_service_disconnect"))
                       : nullptr;
    }();
    if (disconnect)
        disconnect();
#endif
}

/// Keeps Berth running when the session bus goes away. libsecret talks over GDBus' shared
/// session connection, which by default raises SIGTERM in the process when its bus closes
/// (exit-on-close): a logout or a restarted bus would end a run and remove its containers.
/// Without the bus a secret simply cannot be read, which the run reports per task. The
/// connection is asked for after each job, as a bus that came back brings a new one.
/// Keychain thread only.
void keepRunningWhenTheBusCloses()
{
#if BERTH_SECRET_SERVICE
    struct Gio
    {
        void *(*busGetSync)(int, void *, void **) = nullptr;
        void (*setExitOnClose)(void *, int) = nullptr;
        void (*unref)(void *) = nullptr;
        void (*errorFree)(void *) = nullptr;
    };
    static const Gio gio = [] {
        Gio g;
        // Loaded by libsecret when the keychain was first asked; never loaded here.
        void *library = ::dlopen("libgio-2.0.so.0", RTLD_LAZY | RTLD_NOLOAD);
        if (!library)
            return g;
        g.busGetSync = reinterpret_cast<decltype(g.busGetSync)>(::dlsym(library, "g_bus_get_sync"));
        g.setExitOnClose = reinterpret_cast<decltype(g.setExitOnClose)>(
            ::dlsym(library, "g_dbus_connection_set_exit_on_close"));
        g.unref = reinterpret_cast<decltype(g.unref)>(::dlsym(library, "g_object_unref"));
        g.errorFree = reinterpret_cast<decltype(g.errorFree)>(::dlsym(library, "g_error_free"));
        return g;
    }();
    if (!gio.busGetSync || !gio.setExitOnClose || !gio.unref || !gio.errorFree)
        return;
    constexpr int sessionBus = 2; // G_BUS_TYPE_SESSION
    void *error = nullptr;
    if (void *connection = gio.busGetSync(sessionBus, nullptr, &error)) {
        gio.setExitOnClose(connection, 0);
        gio.unref(connection);
    } else if (error) {
        gio.errorFree(error);
    }
#endif
}

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
                    tr("the keychain failed: %1; Berth keeps secrets in the OS keychain (a "
                       "Secret Service such as gnome-keyring on the D-Bus session bus): start "
                       "or unlock it and try again")
                        .arg(j->errorString()));
                // A keychain that went away and came back needs a new session.
                forgetSecretServiceSession();
                break;
            }
            keepRunningWhenTheBusCloses();
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
    if (result.notFound() && operation == Operation::Read && secretServiceLocked())
        result = SecretResult::failure(
            tr("the keychain is locked; unlock it (log in to the desktop, or unlock the "
               "keyring in a tool such as Seahorse) and try again"));
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
