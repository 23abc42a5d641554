#pragma once

#include <QByteArray>
#include <QString>

namespace Berth::Engine::Htpasswd {

/// A bcrypt hash ($2b$, cost \a cost) of \a password by libxcrypt's crypt_r, with a salt
/// from the OS; empty, with *error, when libxcrypt refuses.
/// The default cost is low on purpose: the registry checks the hash on every request of a
/// push or pull, and the password is 32 random characters (190 bits), which no work factor
/// makes stronger. Measured on a loaded 2-core build machine: one check takes 11-19 ms at
/// cost 5-6 and 260-380 ms at cost 10.
QByteArray hash(const QString &password, QString *error, int cost = 6);
/// Whether \a password gives \a storedHash again (compared in constant time).
bool verify(const QString &password, const QByteArray &storedHash);
/// One htpasswd line, "USER:HASH\n"; empty with *error on failure.
QByteArray line(const QString &user, const QString &password, QString *error);

} // namespace Berth::Engine::Htpasswd
