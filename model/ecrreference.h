#pragma once

#include <QString>

namespace Berth::Model {

/**
 * An image reference in ECR's form, ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO[:TAG|@DIGEST],
 * and ECR's rules for repository names and tags (botocore's ECR model, 2015-09-21).
 */
struct EcrReference
{
    QString account;
    QString region;
    QString repository;
    QString tag;    ///< "latest" when neither a tag nor a digest is given
    QString digest; ///< "sha256:..." for a reference by digest

    bool isValid() const { return !account.isEmpty() && !repository.isEmpty(); }
    /// ACCOUNT.dkr.ecr.REGION.amazonaws.com
    QString host() const { return registryHost(account, region); }
    /// The repository's URI, without tag: HOST/REPO.
    QString repositoryUri() const { return host() + u'/' + repository; }
    /// HOST/REPO:TAG or HOST/REPO@DIGEST.
    QString toString() const;
    /// REPO:TAG or REPO@DIGEST, as the same image is named under another registry host.
    QString pathAndReference() const;

    /// Reads \a image; invalid when its host is not an ECR registry's.
    static EcrReference parse(const QString &image);
    static QString registryHost(const QString &account, const QString &region);
    /// arn:aws:ecr:REGION:ACCOUNT:repository/NAME
    static QString repositoryArn(const QString &account, const QString &region,
                                 const QString &name);
    /// Lower case, 2-256 characters, components [a-z0-9]+ joined by '.', '_', '__' or '-',
    /// namespaces with '/'.
    static bool isValidRepositoryName(const QString &name);
    /// 1-300 characters of [A-Za-z0-9_.-], not starting with '.' or '-'.
    static bool isValidTag(const QString &tag);
};

} // namespace Berth::Model
