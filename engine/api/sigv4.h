#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace Berth::Engine {

/// An HTTP request as Signature Version 4 sees it.
struct SignedRequest
{
    QByteArray method = "POST";
    QByteArray path = "/";
    QByteArray query;                            ///< without '?'
    QList<QPair<QByteArray, QByteArray>> headers; ///< as received; names in any case
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

/// Why a request was refused, in the words AWS's JSON services use (HTTP 400).
struct SignatureProblem
{
    QString type;    ///< UnrecognizedClientException, InvalidSignatureException, ...
    QString message;
};

/**
 * AWS Signature Version 4 (AWS4-HMAC-SHA256), as the aws CLI and the SDKs sign requests to
 * ECS: the server recomputes the signature from the received bytes with the secret behind
 * the access key, and compares in constant time. Requests more than five minutes away from
 * \a now are refused as ECS refuses them.
 */
class SigV4
{
public:
    /// The secret of an access key id, or nothing when the key is unknown.
    using SecretLookup = std::function<std::optional<QString>(const QString &accessKeyId)>;

    /// Nothing when the request is signed by a known key, for \a service, in time.
    static std::optional<SignatureProblem> verify(const SignedRequest &request,
                                                  const QString &service,
                                                  const SecretLookup &secretOf,
                                                  const QDateTime &now);
    /// Adds X-Amz-Date and Authorization (signing content-type, host, x-amz-date and any
    /// x-amz-* header), as botocore does; for clients and tests.
    static void sign(SignedRequest &request, const QString &accessKeyId, const QString &secret,
                     const QString &region, const QString &service, const QDateTime &at);

    static QByteArray canonicalRequest(const SignedRequest &request,
                                       const QList<QByteArray> &signedHeaders);
    static QByteArray signingKey(const QString &secret, const QByteArray &date,
                                 const QString &region, const QString &service);
    /// Five minutes, as ECS allows.
    static constexpr int kSkewSeconds = 300;
};

} // namespace Berth::Engine
