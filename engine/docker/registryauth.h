#pragma once

#include <QByteArray>
#include <QString>

namespace Berth::Engine::Docker {

/**
 * Credentials for a registry, sent to the daemon in the X-Registry-Auth header (base64url of
 * a JSON object). Either username/password or an identity token.
 */
class RegistryAuth
{
public:
    RegistryAuth() = default;
    RegistryAuth(QString username, QString password, QString serverAddress);
    static RegistryAuth fromIdentityToken(QString token, QString serverAddress);

    bool isEmpty() const { return m_username.isEmpty() && m_identityToken.isEmpty(); }
    /** The X-Registry-Auth header value. */
    QByteArray headerValue() const;

private:
    QString m_username;
    QString m_password;
    QString m_serverAddress;
    QString m_identityToken;
};

} // namespace Berth::Engine::Docker
