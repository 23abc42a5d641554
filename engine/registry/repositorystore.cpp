#include "engine/registry/repositorystore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Berth::Engine {

RepositoryStore::RepositoryStore(QString path) : m_path(std::move(path))
{
}

RepositoryStore::Data RepositoryStore::load() const
{
    Data data;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return data;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject repos = root.value(QLatin1String("repositories")).toObject();
    for (auto it = repos.begin(); it != repos.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        RepositoryRecord r;
        r.name = it.key();
        r.createdAt = QDateTime::fromString(o.value(QLatin1String("createdAt")).toString(),
                                            Qt::ISODateWithMs);
        r.imageTagMutability =
            o.value(QLatin1String("imageTagMutability")).toString(r.imageTagMutability);
        r.scanOnPush = o.value(QLatin1String("scanOnPush")).toBool();
        r.keepLastImages = o.value(QLatin1String("keepLastImages")).toInt();
        data.repositories.insert(r.name, r);
    }
    const QJsonObject pushes = root.value(QLatin1String("pushedAt")).toObject();
    for (auto it = pushes.begin(); it != pushes.end(); ++it)
        data.pushes.insert(it.key(),
                           QDateTime::fromString(it.value().toString(), Qt::ISODateWithMs));
    return data;
}

bool RepositoryStore::save(const Data &data, QString *error) const
{
    QJsonObject repos;
    for (const RepositoryRecord &r : data.repositories)
        repos.insert(
            r.name,
            QJsonObject{{QLatin1String("createdAt"), r.createdAt.toString(Qt::ISODateWithMs)},
                        {QLatin1String("imageTagMutability"), r.imageTagMutability},
                        {QLatin1String("scanOnPush"), r.scanOnPush},
                        {QLatin1String("keepLastImages"), r.keepLastImages}});
    QJsonObject pushes;
    for (auto it = data.pushes.begin(); it != data.pushes.end(); ++it)
        pushes.insert(it.key(), it.value().toString(Qt::ISODateWithMs));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QLatin1String("repositories"), repos},
                                         {QLatin1String("pushedAt"), pushes}})
                   .toJson());
    if (!file.commit()) {
        *error =
            QCoreApplication::translate("Berth::Engine::RepositoryStore", "cannot write %1: %2")
                .arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QHash<QString, RepositoryRecord> RepositoryStore::repositories() const
{
    return load().repositories;
}

bool RepositoryStore::put(const RepositoryRecord &record, QString *error)
{
    Data data = load();
    data.repositories.insert(record.name, record);
    return save(data, error);
}

bool RepositoryStore::remove(const QString &name, QString *error)
{
    Data data = load();
    data.repositories.remove(name);
    const QString prefix = name + u'@';
    data.pushes.removeIf([&](const auto &it) { return it.key().startsWith(prefix); });
    return save(data, error);
}

QDateTime RepositoryStore::pushedAt(const QString &repository, const QString &digest) const
{
    return load().pushes.value(repository + u'@' + digest);
}

bool RepositoryStore::recordPush(const QString &repository, const QString &digest,
                                 const QDateTime &at, QString *error)
{
    Data data = load();
    const QString key = repository + u'@' + digest;
    if (data.pushes.contains(key))
        return true;
    data.pushes.insert(key, at);
    return save(data, error);
}

} // namespace Berth::Engine
