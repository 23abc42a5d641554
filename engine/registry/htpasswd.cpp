#include "engine/registry/htpasswd.h"
#include "engine/enginetr.h"

#include <QCoreApplication>

#include <crypt.h>

#include <cstring>
#include <memory>

namespace Berth::Engine::Htpasswd {

QByteArray hash(const QString &password, QString *error, int cost)
{
    char salt[CRYPT_GENSALT_OUTPUT_SIZE] = {};
    // No random bytes given: libxcrypt takes them from the OS.
    if (!crypt_gensalt_rn("$2b$", cost, nullptr, 0, salt, sizeof salt) || salt[0] == '*') {
        if (error)
            *error = Tr::tr("cannot make a bcrypt salt (libxcrypt): %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    // struct crypt_data is about 32 KB: keep it off the stack.
    auto data = std::make_unique<crypt_data>();
    std::memset(data.get(), 0, sizeof(crypt_data));
    const QByteArray utf8 = password.toUtf8();
    const char *result = crypt_r(utf8.constData(), salt, data.get());
    if (!result || result[0] == '*') {
        if (error)
            *error = Tr::tr("libxcrypt could not hash the registry password with bcrypt");
        return {};
    }
    return QByteArray(result);
}

bool verify(const QString &password, const QByteArray &storedHash)
{
    if (storedHash.isEmpty())
        return false;
    auto data = std::make_unique<crypt_data>();
    std::memset(data.get(), 0, sizeof(crypt_data));
    const QByteArray utf8 = password.toUtf8();
    const char *result = crypt_r(utf8.constData(), storedHash.constData(), data.get());
    if (!result || result[0] == '*')
        return false;
    const QByteArray computed(result);
    if (computed.size() != storedHash.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < computed.size(); ++i)
        diff |= static_cast<unsigned char>(computed.at(i) ^ storedHash.at(i));
    return diff == 0;
}

QByteArray line(const QString &user, const QString &password, QString *error)
{
    const QByteArray hashed = hash(password, error);
    if (hashed.isEmpty())
        return {};
    return user.toUtf8() + ':' + hashed + '\n';
}

} // namespace Berth::Engine::Htpasswd
