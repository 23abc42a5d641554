// libFuzzer target: the ECS API's request decoding (Signature Version 4 header parsing and
// checking, X-Amz-Target, the JSON body) on arbitrary bytes. Input: header lines
// "Name: value", an empty line, the body. When the first byte is odd the request is signed
// first, so the fuzzer also reaches the body's decoding behind a valid signature.
#include "engine/api/apirequest.h"

#include <cstddef>
#include <cstdint>

using namespace Berth::Engine;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf("\n\n");
    const QByteArray head = split < 0 ? input : input.left(split);
    SignedRequest request;
    request.body = split < 0 ? QByteArray() : input.mid(split + 2);
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    static const QDateTime at(QDate(2026, 12, 7), QTime(10, 30), Qt::UTC);
    const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    if (size > 0 && (data[0] & 1))
        SigV4::sign(request, QStringLiteral("AKIDEXAMPLE"), secret, QStringLiteral("us-east-1"),
                    QStringLiteral("ecs"), at);
    const DecodedRequest decoded = decodeRequest(
        request, QStringLiteral("AmazonEC2ContainerServiceV20141113"), QStringLiteral("ecs"),
        [&secret](const QString &key) -> std::optional<QString> {
            if (key == QLatin1String("AKIDEXAMPLE"))
                return secret;
            return std::nullopt;
        },
        at);
    // A request is either refused with an exception name or decoded into an operation.
    if (decoded.error && decoded.error->body.value(QLatin1String("__type")).toString().isEmpty())
        __builtin_trap();
    return 0;
}
