#pragma once

#include "engine/api/apireply.h"
#include "engine/api/sigv4.h"

#include <optional>

namespace Berth::Engine {

/// A request to the API as it came off the wire, checked and decoded: who signed it, the
/// operation, its input, or the error to answer instead.
struct DecodedRequest
{
    QString accessKeyId; ///< as the signature names it, known or not
    QString operation;   ///< the X-Amz-Target's part after the dot
    QJsonObject input;
    std::optional<ApiReply> error;
};

/// Checks the signature (for \a service, against \a secretOf, at \a now), the X-Amz-Target
/// (\a targetPrefix.OPERATION) and that the body is a JSON object, in that order, as AWS's
/// JSON services do. Pure: the server calls it, and so does a fuzz target.
DecodedRequest decodeRequest(const SignedRequest &request, const QString &targetPrefix,
                             const QString &service, const SigV4::SecretLookup &secretOf,
                             const QDateTime &now);

} // namespace Berth::Engine
