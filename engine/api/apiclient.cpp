#include "engine/api/apiclient.h"

#include "engine/api/autoscalingapi.h"
#include "engine/api/ecsapi.h"
#include "engine/api/elbv2api.h"
#include "engine/api/queryprotocol.h"
#include "engine/api/sigv4.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace Berth::Engine {

ApiCallResult callEcsApi(const QString &endpoint, const QString &operation,
                         const QJsonObject &input, const QString &accessKeyId,
                         const QString &secretAccessKey, const QString &region, int timeoutMs)
{
    ApiCallResult result;
    const QUrl url(endpoint);
    const QString service =
        operation.contains(u':') ? operation.section(u':', 0, 0) : QStringLiteral("ecs");
    const QString action = operation.section(u':', -1);
    const bool query = service == QLatin1String(Elbv2Api::kSigningName);
    SignedRequest signedRequest;
    const QByteArray host = url.port() > 0
                                ? url.host().toUtf8() + ':' + QByteArray::number(url.port())
                                : url.host().toUtf8();
    if (query) {
        signedRequest.body = QueryProtocol::form(action, QLatin1String(Elbv2Api::kVersion), input);
        signedRequest.headers = {
            {"Host", host}, {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    } else {
        const char *prefix = service == QLatin1String(AutoScalingApi::kSigningName)
                                 ? AutoScalingApi::kTargetPrefix
                                 : EcsApi::kTargetPrefix;
        signedRequest.body = QJsonDocument(input).toJson(QJsonDocument::Compact);
        signedRequest.headers = {{"Host", host},
                                 {"Content-Type", "application/x-amz-json-1.1"},
                                 {"X-Amz-Target", QByteArray(prefix) + '.' + action.toLatin1()}};
    }
    SigV4::sign(signedRequest, accessKeyId, secretAccessKey, region, service,
                QDateTime::currentDateTimeUtc());

    QNetworkAccessManager network;
    QNetworkRequest request(url);
    for (const auto &[name, value] : std::as_const(signedRequest.headers)) {
        if (name.compare("Host", Qt::CaseInsensitive) != 0)
            request.setRawHeader(name, value);
    }
    QNetworkReply *reply = network.post(request, signedRequest.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        result.errorMessage = QCoreApplication::translate(
            "Berth::Engine::ApiClient", "the run's API at %1 did not answer in %2 s")
                                  .arg(endpoint)
                                  .arg(timeoutMs / 1000);
        reply->deleteLater();
        return result;
    }
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    QueryProtocol::Parsed parsed;
    if (query) {
        parsed = QueryProtocol::parse(data);
        result.body = parsed.result;
    } else {
        result.body = QJsonDocument::fromJson(data).object();
    }
    if (result.httpStatus == 0) {
        result.errorMessage = reply->errorString();
    } else if (result.httpStatus >= 400 && query) {
        result.errorType = parsed.errorCode;
        result.errorMessage =
            parsed.errorMessage.isEmpty() ? QString::fromUtf8(data) : parsed.errorMessage;
    } else if (result.httpStatus >= 400) {
        result.errorType = result.body.value(QLatin1String("__type")).toString();
        result.errorMessage = result.body.value(QLatin1String("message")).toString(
            QString::fromUtf8(data));
    } else {
        result.ok = true;
    }
    reply->deleteLater();
    return result;
}

} // namespace Berth::Engine
