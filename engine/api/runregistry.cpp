#include "engine/api/runregistry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace Berth::Engine {

QString RunRegistry::fileFor(const QString &projectFile)
{
    const QString path = QFileInfo(projectFile).absoluteFilePath();
    const QByteArray id =
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir::temp().filePath(QStringLiteral("berth-runs-%1/%2.json")
                                     .arg(::getuid())
                                     .arg(QString::fromLatin1(id)));
}

bool RunRegistry::publish(const QString &projectFile, const QString &endpoint)
{
    const QString file = fileFor(projectFile);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile::setPermissions(QFileInfo(file).absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(QJsonDocument(QJsonObject{
                                {QLatin1String("project"), QFileInfo(projectFile).absoluteFilePath()},
                                {QLatin1String("endpoint"), endpoint},
                                {QLatin1String("pid"), qint64(QCoreApplication::applicationPid())}})
                  .toJson(QJsonDocument::Compact));
    return out.commit();
}

void RunRegistry::withdraw(const QString &projectFile)
{
    const QString file = fileFor(projectFile);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return;
    const QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    if (o.value(QLatin1String("pid")).toInteger() == QCoreApplication::applicationPid())
        QFile::remove(file);
}

std::optional<QString> RunRegistry::endpointOf(const QString &projectFile)
{
    QFile in(fileFor(projectFile));
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    const qint64 pid = o.value(QLatin1String("pid")).toInteger();
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return std::nullopt; // the run's process is gone
    const QString endpoint = o.value(QLatin1String("endpoint")).toString();
    if (endpoint.isEmpty())
        return std::nullopt;
    return endpoint;
}

} // namespace Berth::Engine
