#include "engine/api/apiclient.h"

#include "engine/api/ecsapi.h"
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
    SignedRequest signedRequest;
    signedRequest.body = QJsonDocument(input).toJson(QJsonDocument::Compact);
    const QByteArray host = url.port() > 0
                                ? url.host().toUtf8() + ':' + QByteArray::number(url.port())
                                : url.host().toUtf8();
    const QByteArray target = QByteArray(EcsApi::kTargetPrefix) + '.' + operation.toLatin1();
    signedRequest.headers = {{"Host", host},
                             {"Content-Type", "application/x-amz-json-1.1"},
                             {"X-Amz-Target", target}};
    SigV4::sign(signedRequest, accessKeyId, secretAccessKey, region, QStringLiteral("ecs"),
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
    result.body = QJsonDocument::fromJson(data).object();
    if (result.httpStatus == 0) {
        result.errorMessage = reply->errorString();
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
