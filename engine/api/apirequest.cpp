#include "engine/api/apirequest.h"

#include <QJsonDocument>

namespace Berth::Engine {

DecodedRequest decodeRequest(const SignedRequest &request, const QString &targetPrefix,
                             const QString &service, const SigV4::SecretLookup &secretOf,
                             const QDateTime &now)
{
    DecodedRequest decoded;
    const QString target = QString::fromLatin1(request.header("x-amz-target"));
    decoded.operation = target.section(u'.', 1);
    const std::optional<SignatureProblem> problem = SigV4::verify(
        request, service,
        [&](const QString &key) {
            decoded.accessKeyId = key;
            return secretOf(key);
        },
        now);
    if (problem) {
        const bool missing = problem->type == QLatin1String("MissingAuthenticationTokenException");
        decoded.error = ApiReply::error(problem->type, problem->message, missing ? 403 : 400);
        return decoded;
    }
    if (target.section(u'.', 0, 0) != targetPrefix || decoded.operation.isEmpty()) {
        decoded.error = ApiReply::error(QStringLiteral("UnknownOperationException"),
                                        QStringLiteral("The X-Amz-Target %1 names no operation.")
                                            .arg(target));
        return decoded;
    }
    QJsonParseError parseError;
    const QByteArray body = request.body.isEmpty() ? QByteArrayLiteral("{}") : request.body;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        decoded.error = ApiReply::error(
            QStringLiteral("SerializationException"),
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("The request body is not JSON at offset %1: %2")
                      .arg(parseError.offset)
                      .arg(parseError.errorString())
                : QStringLiteral("The request body must be a JSON object."));
        return decoded;
    }
    decoded.input = document.object();
    return decoded;
}

} // namespace Berth::Engine
