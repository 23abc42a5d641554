#include "engine/api/sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Berth::Engine {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

/// Header values are trimmed and inner runs of spaces become one (SigV4's canonical form).
QByteArray canonicalValue(const QByteArray &value)
{
    return value.simplified();
}

/// Query parameters sorted by name, each name and value URI-encoded (none for JSON calls).
QByteArray canonicalQuery(const QByteArray &query)
{
    if (query.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> params;
    for (const QByteArray &part : query.split('&')) {
        const int eq = part.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(eq < 0 ? part : part.left(eq));
        const QByteArray value = eq < 0 ? QByteArray()
                                        : QByteArray::fromPercentEncoding(part.mid(eq + 1));
        params.append({name.toPercentEncoding(), value.toPercentEncoding()});
    }
    std::sort(params.begin(), params.end());
    QList<QByteArray> joined;
    for (const auto &[name, value] : params)
        joined << name + '=' + value;
    return joined.join('&');
}

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

QByteArray SignedRequest::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QByteArray SigV4::canonicalRequest(const SignedRequest &request,
                                   const QList<QByteArray> &signedHeaders)
{
    QByteArray canonical = request.method + '\n' + (request.path.isEmpty() ? "/" : request.path)
                           + '\n' + canonicalQuery(request.query) + '\n';
    for (const QByteArray &name : signedHeaders) {
        // A header sent twice is signed as its values joined by commas.
        QList<QByteArray> values;
        for (const auto &[n, v] : request.headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                values << canonicalValue(v);
        }
        canonical += name + ':' + values.join(',') + '\n';
    }
    canonical += '\n' + signedHeaders.join(';') + '\n' + sha256Hex(request.body);
    return canonical;
}

QByteArray SigV4::signingKey(const QString &secret, const QByteArray &date, const QString &region,
                             const QString &service)
{
    const QByteArray kDate = hmac("AWS4" + secret.toUtf8(), date);
    const QByteArray kRegion = hmac(kDate, region.toUtf8());
    const QByteArray kService = hmac(kRegion, service.toUtf8());
    return hmac(kService, "aws4_request");
}

std::optional<SignatureProblem> SigV4::verify(const SignedRequest &request,
                                              const QString &service,
                                              const SecretLookup &secretOf, const QDateTime &now)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return SignatureProblem{QStringLiteral("MissingAuthenticationTokenException"),
                                QStringLiteral("Missing Authentication Token")};
    static const QRegularExpression form(QStringLiteral(
        "^AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/"
        "aws4_request,\\s*SignedHeaders=([a-z0-9;_.-]+),\\s*Signature=([0-9a-f]{64})$"));
    const QRegularExpressionMatch m = form.match(QString::fromLatin1(authorization.trimmed()));
    if (!m.hasMatch())
        return SignatureProblem{QStringLiteral("IncompleteSignatureException"),
                                QStringLiteral("Authorization header requires 'Credential', "
                                               "'Signature' and 'SignedHeaders' parameters.")};
    const QString accessKey = m.captured(1);
    const QByteArray scopeDate = m.captured(2).toLatin1();
    const QString region = m.captured(3);
    const QString scopeService = m.captured(4);
    const QList<QByteArray> signedHeaders = m.captured(5).toLatin1().split(';');
    const QByteArray signature = m.captured(6).toLatin1();

    const std::optional<QString> secret = secretOf(accessKey);
    if (!secret)
        return SignatureProblem{QStringLiteral("UnrecognizedClientException"),
                                QStringLiteral("The security token included in the request is "
                                               "invalid.")};
    const QByteArray amzDate = request.header("x-amz-date");
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(amzDate),
                                               QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QDateTime signedAt = at;
    signedAt.setTimeSpec(Qt::UTC);
    if (!at.isValid() || !amzDate.startsWith(scopeDate) || !signedHeaders.contains("host")
        || scopeService != service)
        return SignatureProblem{QStringLiteral("InvalidSignatureException"),
                                QStringLiteral("Credential should be scoped to correct service: "
                                               "'%1'. ")
                                    .arg(service)};
    const QDateTime utcNow = now.toUTC();
    if (signedAt < utcNow.addSecs(-kSkewSeconds))
        return SignatureProblem{
            QStringLiteral("InvalidSignatureException"),
            QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - 5 min.)")
                .arg(stamp(signedAt), stamp(utcNow.addSecs(-kSkewSeconds)), stamp(utcNow))};
    if (signedAt > utcNow.addSecs(kSkewSeconds))
        return SignatureProblem{
            QStringLiteral("InvalidSignatureException"),
            QStringLiteral("Signature not yet current: %1 is still later than %2 (%3 + 5 min.)")
                .arg(stamp(signedAt), stamp(utcNow.addSecs(kSkewSeconds)), stamp(utcNow))};
    const QByteArray canonical = canonicalRequest(request, signedHeaders);
    const QByteArray scope = scopeDate + '/' + region.toUtf8() + '/' + service.toUtf8()
                             + "/aws4_request";
    const QByteArray toSign = "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n'
                              + sha256Hex(canonical);
    const QByteArray expected =
        hmac(signingKey(*secret, scopeDate, region, service), toSign).toHex();
    if (!sameBytes(expected, signature))
        return SignatureProblem{
            QStringLiteral("InvalidSignatureException"),
            QStringLiteral("The request signature we calculated does not match the signature "
                           "you provided. Check your AWS Secret Access Key and signing method. "
                           "Consult the service documentation for details.")};
    return std::nullopt;
}

void SigV4::sign(SignedRequest &request, const QString &accessKeyId, const QString &secret,
                 const QString &region, const QString &service, const QDateTime &at)
{
    const QByteArray amzDate = stamp(at).toLatin1();
    request.headers.removeIf([](const auto &h) {
        return h.first.compare("x-amz-date", Qt::CaseInsensitive) == 0
               || h.first.compare("authorization", Qt::CaseInsensitive) == 0;
    });
    request.headers.append({"X-Amz-Date", amzDate});
    QList<QByteArray> names;
    for (const auto &h : request.headers) {
        const QByteArray name = h.first.toLower();
        if ((name == "host" || name == "content-type" || name.startsWith("x-amz-"))
            && !names.contains(name))
            names << name;
    }
    std::sort(names.begin(), names.end());
    const QByteArray date = amzDate.left(8);
    const QByteArray scope = date + '/' + region.toUtf8() + '/' + service.toUtf8()
                             + "/aws4_request";
    const QByteArray toSign = "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n'
                              + sha256Hex(canonicalRequest(request, names));
    const QByteArray signature = hmac(signingKey(secret, date, region, service), toSign).toHex();
    request.headers.append({"Authorization", "AWS4-HMAC-SHA256 Credential=" + accessKeyId.toUtf8()
                                                 + '/' + scope + ", SignedHeaders="
                                                 + names.join(';') + ", Signature=" + signature});
}

} // namespace Berth::Engine
