#include "model/ecrreference.h"

#include <QRegularExpression>

namespace Berth::Model {

QString EcrReference::registryHost(const QString &account, const QString &region)
{
    return QStringLiteral("%1.dkr.ecr.%2.amazonaws.com").arg(account, region);
}

QString EcrReference::repositoryArn(const QString &account, const QString &region,
                                    const QString &name)
{
    return QStringLiteral("arn:aws:ecr:%1:%2:repository/%3").arg(region, account, name);
}

QString EcrReference::pathAndReference() const
{
    if (!digest.isEmpty())
        return repository + u'@' + digest;
    return repository + u':' + (tag.isEmpty() ? QStringLiteral("latest") : tag);
}

QString EcrReference::toString() const
{
    return host() + u'/' + pathAndReference();
}

EcrReference EcrReference::parse(const QString &image)
{
    static const QRegularExpression host(
        QStringLiteral("^([0-9]{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.amazonaws\\.com/(.+)$"));
    const QRegularExpressionMatch m = host.match(image);
    if (!m.hasMatch())
        return {};
    EcrReference r;
    r.account = m.captured(1);
    r.region = m.captured(2);
    QString rest = m.captured(3);
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        r.digest = rest.mid(at + 1);
        rest = rest.left(at);
    } else {
        const qsizetype colon = rest.lastIndexOf(u':');
        if (colon > rest.lastIndexOf(u'/')) {
            r.tag = rest.mid(colon + 1);
            rest = rest.left(colon);
        } else {
            r.tag = QStringLiteral("latest");
        }
    }
    r.repository = rest;
    return r;
}

bool EcrReference::isValidRepositoryName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*$"));
    return name.size() >= 2 && name.size() <= 256 && pattern.match(name).hasMatch();
}

bool EcrReference::isValidTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,299}$"));
    return pattern.match(tag).hasMatch();
}

} // namespace Berth::Model
