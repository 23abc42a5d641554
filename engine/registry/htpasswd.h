#pragma once

#include <QByteArray>
#include <QString>

namespace Berth::Engine::Htpasswd {

/// A bcrypt hash ($2b$, cost \a cost) of \a password by libxcrypt's crypt_r, with a salt
/// from the OS; empty, with *error, when libxcrypt refuses.
QByteArray hash(const QString &password, QString *error, int cost = 10);
/// Whether \a password gives \a storedHash again (compared in constant time).
bool verify(const QString &password, const QByteArray &storedHash);
/// One htpasswd line, "USER:HASH\n"; empty with *error on failure.
QByteArray line(const QString &user, const QString &password, QString *error);

} // namespace Berth::Engine::Htpasswd
