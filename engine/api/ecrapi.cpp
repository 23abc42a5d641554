#include "engine/api/ecrapi.h"
#include "engine/enginetr.h"

#include "engine/registry/ecrregistry.h"
#include "engine/registry/localregistry.h"
#include "engine/runtime/runsession.h"
#include "engine/secrets/memorysecretstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Berth::Engine {

namespace {

double epoch(const QDateTime &t)
{
    return t.isValid() ? double(t.toMSecsSinceEpoch()) / 1000.0 : 0.0;
}

ApiReply failure(const EcrError &e)
{
    return ApiReply::error(e.type, e.message,
                           e.type == QLatin1String("ServerException") ? 500 : 400);
}

QJsonObject repositoryJson(const EcrRegistry &ecr, const EcrRegistry::Repository &r)
{
    return QJsonObject{{QLatin1String("repositoryArn"), r.arn},
                       {QLatin1String("registryId"), ecr.account()},
                       {QLatin1String("repositoryName"), r.record.name},
                       {QLatin1String("repositoryUri"), r.uri},
                       {QLatin1String("createdAt"), epoch(r.record.createdAt)},
                       {QLatin1String("imageTagMutability"), r.record.imageTagMutability},
                       {QLatin1String("imageScanningConfiguration"),
                        QJsonObject{{QLatin1String("scanOnPush"), r.record.scanOnPush}}},
                       {QLatin1String("encryptionConfiguration"),
                        QJsonObject{{QLatin1String("encryptionType"), QStringLiteral("AES256")}}}};
}

QList<EcrImageId> imageIds(const QJsonObject &in)
{
    QList<EcrImageId> ids;
    for (const QJsonValue &v : in.value(QLatin1String("imageIds")).toArray()) {
        const QJsonObject o = v.toObject();
        ids.append({o.value(QLatin1String("imageDigest")).toString(),
                    o.value(QLatin1String("imageTag")).toString()});
    }
    return ids;
}

QJsonObject idJson(const EcrImageId &id)
{
    QJsonObject o;
    if (!id.digest.isEmpty())
        o.insert(QLatin1String("imageDigest"), id.digest);
    if (!id.tag.isEmpty())
        o.insert(QLatin1String("imageTag"), id.tag);
    return o;
}

} // namespace

EcrApi::EcrApi(RunSession &session, QString registryPassword)
    : m_session(session), m_password(std::move(registryPassword))
{
}

const QHash<QString, EcrApi::Handler> &EcrApi::handlers()
{
    static const QHash<QString, Handler> table{
        {QStringLiteral("CreateRepository"), &EcrApi::createRepository},
        {QStringLiteral("DescribeRepositories"), &EcrApi::describeRepositories},
        {QStringLiteral("DeleteRepository"), &EcrApi::deleteRepository},
        {QStringLiteral("DescribeImages"), &EcrApi::describeImages},
        {QStringLiteral("ListImages"), &EcrApi::listImages},
        {QStringLiteral("BatchDeleteImage"), &EcrApi::batchDeleteImage},
        {QStringLiteral("GetAuthorizationToken"), &EcrApi::getAuthorizationToken},
        {QStringLiteral("PutImageTagMutability"), &EcrApi::putImageTagMutability},
    };
    return table;
}

QStringList EcrApi::operations()
{
    QStringList names = handlers().keys();
    names.sort();
    return names;
}

ApiReply EcrApi::call(const QString &operation, const QJsonObject &input)
{
    const auto handler = handlers().constFind(operation);
    if (handler == handlers().cend())
        return ApiReply::error(QStringLiteral("InvalidAction"),
                               Tr::tr("Berth's ECR does not answer %1; it answers %2.")
                                   .arg(operation, operations().join(QLatin1String(", "))));
    if (m_password.isEmpty())
        return ApiReply::error(QStringLiteral("ServerException"),
                               Tr::tr("The local registry has no password: the keychain could not "
                                      "give one when the run started."),
                               500);
    LocalRegistry registry;
    if (!registry.status().answering) {
        MemorySecretStore store;
        store.write(QLatin1String(LocalRegistry::kPasswordKey), m_password);
        QString error;
        if (!registry.start(store, &error))
            return ApiReply::error(QStringLiteral("ServerException"), error, 500);
    }
    return (*handler)(*this, input);
}

EcrRegistry EcrApi::registry() const
{
    const Model::ProjectData design = m_session.design();
    return EcrRegistry(LocalRegistry(), m_password, design.accountId, design.region);
}

ApiReply EcrApi::createRepository(const QJsonObject &in)
{
    EcrRegistry ecr = registry();
    EcrRegistry::Repository created;
    const EcrError e =
        ecr.createRepository(in.value(QLatin1String("repositoryName")).toString(),
                             in.value(QLatin1String("imageTagMutability")).toString(),
                             in.value(QLatin1String("imageScanningConfiguration"))
                                 .toObject()
                                 .value(QLatin1String("scanOnPush"))
                                 .toBool(),
                             &created);
    if (e.isError())
        return failure(e);
    // As every change through the API: an edit of the design (undoable in the window).
    const QString edited =
        m_session.editDesign(QStringLiteral("CreateRepository %1").arg(created.record.name),
                             [&](Model::ProjectData &design) {
                                 if (design.repository(created.record.name))
                                     return;
                                 Model::EcrRepository r;
                                 r.name = created.record.name;
                                 r.imageTagMutability = created.record.imageTagMutability;
                                 r.scanOnPush = created.record.scanOnPush;
                                 r.position = QPointF(40, 40 + 100 * design.repositories.size());
                                 design.repositories.append(r);
                             });
    if (!edited.isEmpty())
        return ApiReply::error(QStringLiteral("InvalidParameterException"), edited);
    return {200, QJsonObject{{QLatin1String("repository"), repositoryJson(ecr, created)}}};
}

ApiReply EcrApi::describeRepositories(const QJsonObject &in)
{
    EcrRegistry ecr = registry();
    QStringList names;
    for (const QJsonValue &v : in.value(QLatin1String("repositoryNames")).toArray())
        names << v.toString();
    QList<EcrRegistry::Repository> found;
    const EcrError e = ecr.describeRepositories(names, &found);
    if (e.isError())
        return failure(e);
    QJsonArray out;
    for (const EcrRegistry::Repository &r : found)
        out.append(repositoryJson(ecr, r));
    return {200, QJsonObject{{QLatin1String("repositories"), out}}};
}

ApiReply EcrApi::deleteRepository(const QJsonObject &in)
{
    EcrRegistry ecr = registry();
    EcrRegistry::Repository deleted;
    const EcrError e = ecr.deleteRepository(in.value(QLatin1String("repositoryName")).toString(),
                                            in.value(QLatin1String("force")).toBool(), &deleted);
    if (e.isError())
        return failure(e);
    if (m_session.design().repository(deleted.record.name))
        m_session.editDesign(QStringLiteral("DeleteRepository %1").arg(deleted.record.name),
                             [&](Model::ProjectData &design) {
                                 design.repositories.removeIf([&](const Model::EcrRepository &r) {
                                     return r.name == deleted.record.name;
                                 });
                             });
    return {200, QJsonObject{{QLatin1String("repository"), repositoryJson(ecr, deleted)}}};
}

ApiReply EcrApi::describeImages(const QJsonObject &in)
{
    EcrRegistry ecr = registry();
    const QString name = in.value(QLatin1String("repositoryName")).toString();
    QList<EcrRegistry::Image> images;
    const EcrError e = ecr.describeImages(name, imageIds(in), &images);
    if (e.isError())
        return failure(e);
    const QString tagStatus =
        in.value(QLatin1String("filter")).toObject().value(QLatin1String("tagStatus")).toString();
    QJsonArray out;
    for (const EcrRegistry::Image &i : images) {
        if ((tagStatus == QLatin1String("TAGGED") && i.image.tags.isEmpty()) ||
            (tagStatus == QLatin1String("UNTAGGED") && !i.image.tags.isEmpty()))
            continue;
        QJsonObject o{{QLatin1String("registryId"), ecr.account()},
                      {QLatin1String("repositoryName"), name},
                      {QLatin1String("imageDigest"), i.image.digest},
                      {QLatin1String("imageSizeInBytes"), double(i.image.size)},
                      {QLatin1String("imageManifestMediaType"), i.image.mediaType}};
        if (!i.image.tags.isEmpty())
            o.insert(QLatin1String("imageTags"), QJsonArray::fromStringList(i.image.tags));
        // Pushed outside Berth (a plain docker push): the registry does not say when.
        if (i.pushedAt.isValid())
            o.insert(QLatin1String("imagePushedAt"), epoch(i.pushedAt));
        out.append(o);
    }
    return {200, QJsonObject{{QLatin1String("imageDetails"), out}}};
}

ApiReply EcrApi::listImages(const QJsonObject &in)
{
    EcrRegistry ecr = registry();
    QList<EcrRegistry::Image> images;
    const EcrError e =
        ecr.describeImages(in.value(QLatin1String("repositoryName")).toString(), {}, &images);
    if (e.isError())
        return failure(e);
    QJsonArray out;
    for (const EcrRegistry::Image &i : images) {
        for (const QString &tag : i.image.tags)
            out.append(idJson({i.image.digest, tag}));
        if (i.image.tags.isEmpty())
            out.append(idJson({i.image.digest, {}}));
    }
    return {200, QJsonObject{{QLatin1String("imageIds"), out}}};
}

ApiReply EcrApi::batchDeleteImage(const QJsonObject &in)
{
    EcrRegistry ecr = registry();
    QList<EcrImageId> deleted;
    QList<EcrRegistry::Failure> failures;
    const EcrError e = ecr.batchDeleteImage(in.value(QLatin1String("repositoryName")).toString(),
                                            imageIds(in), &deleted, &failures);
    if (e.isError())
        return failure(e);
    QJsonArray ids, failed;
    for (const EcrImageId &id : deleted)
        ids.append(idJson(id));
    for (const EcrRegistry::Failure &f : failures)
        failed.append(QJsonObject{{QLatin1String("imageId"), idJson(f.id)},
                                  {QLatin1String("failureCode"), f.code},
                                  {QLatin1String("failureReason"), f.reason}});
    return {200,
            QJsonObject{{QLatin1String("imageIds"), ids}, {QLatin1String("failures"), failed}}};
}

ApiReply EcrApi::getAuthorizationToken(const QJsonObject &)
{
    EcrRegistry ecr = registry();
    const QByteArray token = (QLatin1String(LocalRegistry::kUser) + u':' + m_password).toUtf8();
    // ECR's proxyEndpoint is https://ACCOUNT.dkr.ecr.REGION.amazonaws.com; the registry that
    // answers here is the local one, and that is where docker login must go.
    return {200,
            QJsonObject{
                {QLatin1String("authorizationData"),
                 QJsonArray{QJsonObject{
                     {QLatin1String("authorizationToken"), QString::fromLatin1(token.toBase64())},
                     {QLatin1String("expiresAt"),
                      epoch(QDateTime::currentDateTimeUtc().addSecs(12 * 3600))},
                     {QLatin1String("proxyEndpoint"),
                      QStringLiteral("http://") + ecr.local().address()}}}}}};
}

ApiReply EcrApi::putImageTagMutability(const QJsonObject &in)
{
    EcrRegistry ecr = registry();
    const QString name = in.value(QLatin1String("repositoryName")).toString();
    const QString mutability = in.value(QLatin1String("imageTagMutability")).toString();
    const EcrError e = ecr.putImageTagMutability(name, mutability);
    if (e.isError())
        return failure(e);
    if (m_session.design().repository(name))
        m_session.editDesign(QStringLiteral("PutImageTagMutability %1").arg(name),
                             [&](Model::ProjectData &design) {
                                 for (Model::EcrRepository &r : design.repositories) {
                                     if (r.name == name)
                                         r.imageTagMutability = mutability;
                                 }
                             });
    return {200, QJsonObject{{QLatin1String("registryId"), ecr.account()},
                             {QLatin1String("repositoryName"), name},
                             {QLatin1String("imageTagMutability"), mutability}}};
}

} // namespace Berth::Engine
