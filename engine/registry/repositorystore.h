#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Berth::Engine {

/// What ECR knows of a repository that the registry does not: when it was created, whether
/// its tags may be overwritten, and when each image was pushed.
struct RepositoryRecord
{
    QString name;
    QDateTime createdAt;
    QString imageTagMutability = QStringLiteral("MUTABLE");
    bool scanOnPush = false;
    int keepLastImages = 0; ///< the design's lifecycle rule; 0: none
};

/// The records, in repositories.json beside the registry's storage; every call reads or
/// writes the file, so the CLI, the window and the API see the same.
class RepositoryStore
{
public:
    explicit RepositoryStore(QString path);

    QHash<QString, RepositoryRecord> repositories() const;
    bool put(const RepositoryRecord &record, QString *error);
    bool remove(const QString &name, QString *error);
    /// When \a digest was first pushed to \a repository, or invalid.
    QDateTime pushedAt(const QString &repository, const QString &digest) const;
    bool recordPush(const QString &repository, const QString &digest, const QDateTime &at,
                    QString *error);

private:
    struct Data
    {
        QHash<QString, RepositoryRecord> repositories;
        QHash<QString, QDateTime> pushes; ///< "repository@digest"
    };
    Data load() const;
    bool save(const Data &data, QString *error) const;

    QString m_path;
};

} // namespace Berth::Engine
