#include "engine/secrets/secretresolver.h"

#include "engine/secrets/secretslog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Engine {

using Model::ContainerDefinition;

QString SecretResolver::errorPrefix()
{
    return QStringLiteral("ResourceInitializationError: unable to pull secrets or registry "
                          "auth: ");
}

QList<SecretNeed> SecretResolver::needs(const Model::TaskDefinition &td)
{
    QList<SecretNeed> out;
    for (const ContainerDefinition &cd : td.containers()) {
        const QString credentials = cd.json()
                                        .value(QLatin1String("repositoryCredentials"))
                                        .toObject()
                                        .value(QLatin1String("credentialsParameter"))
                                        .toString();
        if (!credentials.isEmpty())
            out.append({credentials, td.key(), cd.name(), {}});
        for (const Model::SecretReference &s : cd.secrets())
            out.append({s.valueFrom, td.key(), cd.name(), s.name});
    }
    return out;
}

QList<SecretNeed> SecretResolver::needs(const Model::ProjectData &project)
{
    QList<SecretNeed> out;
    for (const Model::TaskDefinition &td : project.taskDefinitions)
        out += needs(td);
    return out;
}

QString SecretResolver::registryHost(const QString &image)
{
    const qsizetype slash = image.indexOf(u'/');
    if (slash < 0)
        return QStringLiteral("docker.io");
    const QString first = image.left(slash);
    // As the docker CLI reads a reference: a first part with a dot or a port, or localhost,
    // is a registry; anything else is a Docker Hub namespace.
    if (first.contains(u'.') || first.contains(u':') || first == QLatin1String("localhost"))
        return first;
    return QStringLiteral("docker.io");
}

bool SecretResolver::parseCredentials(const QString &value, const QString &server,
                                      Docker::RegistryAuth *auth)
{
    const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QString user = o.value(QLatin1String("username")).toString();
        const QString password = o.value(QLatin1String("password")).toString();
        if (user.isEmpty() || password.isEmpty())
            return false;
        *auth = Docker::RegistryAuth(user, password, server);
        return true;
    }
    const qsizetype colon = value.indexOf(u':');
    if (colon <= 0 || colon == value.size() - 1)
        return false;
    *auth = Docker::RegistryAuth(value.left(colon), value.mid(colon + 1), server);
    return true;
}

bool SecretResolver::resolve(const Model::TaskDefinition &td, ResolvedSecrets *out,
                             QString *error)
{
    const QList<SecretNeed> wanted = needs(td);
    if (wanted.isEmpty())
        return true;
    const auto refuse = [&](const QString &why) {
        *error = errorPrefix() + why;
        qCInfo(lcSecrets).noquote() << "secrets of" << td.key() << "not resolved:" << why;
        return false;
    };
    if (!m_store)
        return refuse(tr("no secret store is available for %1").arg(wanted[0].key));
    for (const SecretNeed &need : wanted) {
        const SecretResult r = m_store->read(need.key);
        if (r.failed())
            return refuse(tr("%1: %2").arg(need.key, r.error));
        if (r.notFound()) {
            const QString use =
                need.registryCredentials()
                    ? tr("the repositoryCredentials of container %1").arg(need.container)
                    : tr("variable %1 of container %2").arg(need.variable, need.container);
            return refuse(
                tr("secret %1 (%2) is not set; 'berth secret set %1' sets it").arg(need.key, use));
        }
        if (need.registryCredentials()) {
            Docker::RegistryAuth auth;
            const ContainerDefinition cd = *td.container(need.container);
            if (!parseCredentials(r.value, registryHost(cd.image()), &auth))
                return refuse(tr("secret %1 is not registry credentials: store "
                                 "{\"username\": ..., \"password\": ...} or USER:PASSWORD")
                                  .arg(need.key));
            out->registryAuth.insert(need.container, auth);
        } else {
            out->values[need.container].insert(need.variable, r.value);
        }
    }
    qCDebug(lcSecrets).noquote() << td.key() << ":" << wanted.size() << "secret(s) resolved";
    return true;
}

bool SecretResolver::registryAuthFor(const QString &image, Docker::RegistryAuth *auth,
                                     QString *error)
{
    if (!m_store)
        return true;
    const QString host = registryHost(image);
    const QString key = SecretStore::registryKey(host);
    const SecretResult r = m_store->read(key);
    if (r.notFound())
        return true;
    if (r.failed()) {
        *error = errorPrefix() + tr("%1: %2").arg(key, r.error);
        return false;
    }
    if (!parseCredentials(r.value, host, auth)) {
        *error = errorPrefix()
                 + tr("secret %1 is not registry credentials: store "
                      "{\"username\": ..., \"password\": ...} or USER:PASSWORD")
                       .arg(key);
        return false;
    }
    return true;
}

} // namespace Berth::Engine
