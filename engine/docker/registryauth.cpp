#include "engine/docker/registryauth.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Engine::Docker {

RegistryAuth::RegistryAuth(QString username, QString password, QString serverAddress)
    : m_username(std::move(username)), m_password(std::move(password)),
      m_serverAddress(std::move(serverAddress))
{
}

RegistryAuth RegistryAuth::fromIdentityToken(QString token, QString serverAddress)
{
    RegistryAuth auth;
    auth.m_identityToken = std::move(token);
    auth.m_serverAddress = std::move(serverAddress);
    return auth;
}

QByteArray RegistryAuth::headerValue() const
{
    QJsonObject object;
    if (!m_identityToken.isEmpty()) {
        object.insert(QLatin1String("identitytoken"), m_identityToken);
    } else {
        object.insert(QLatin1String("username"), m_username);
        object.insert(QLatin1String("password"), m_password);
    }
    if (!m_serverAddress.isEmpty())
        object.insert(QLatin1String("serveraddress"), m_serverAddress);
    return QJsonDocument(object)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding);
}

} // namespace Berth::Engine::Docker
