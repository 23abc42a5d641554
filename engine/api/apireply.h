#pragma once

#include <QJsonObject>
#include <QString>

namespace Berth::Engine {

/// An answer of the API: HTTP status and the JSON body (an error is
/// {"__type": "...Exception", "message": "..."} with a 4xx or 5xx status).
struct ApiReply
{
    int status = 200;
    QJsonObject body;

    static ApiReply error(const QString &type, const QString &message, int status = 400)
    {
        return ApiReply{status, QJsonObject{{QLatin1String("__type"), type},
                                            {QLatin1String("message"), message}}};
    }
    bool ok() const { return status < 300; }
};

} // namespace Berth::Engine
