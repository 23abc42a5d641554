#include "engine/api/apiserver.h"

#include "engine/api/apirequest.h"
#include "engine/api/queryprotocol.h"
#include "engine/enginelog.h"
#include "engine/runtime/runsession.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QUuid>

namespace Berth::Engine {

namespace {

const QByteArray kJsonType = QByteArrayLiteral("application/x-amz-json-1.1");

QHttpServerResponse respond(const ApiReply &reply)
{
    QHttpServerResponse response(kJsonType, QJsonDocument(reply.body).toJson(QJsonDocument::Compact),
                                 QHttpServerResponse::StatusCode(reply.status));
    response.setHeader(QByteArrayLiteral("x-amzn-RequestId"),
                       QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    return response;
}

} // namespace

ApiServer::ApiServer(RunSession &session, ApiCredentials credentials, QString registryPassword,
                     QObject *parent)
    : QObject(parent), m_session(session), m_api(session),
      m_ecr(session, std::move(registryPassword)), m_scaling(session), m_elb(session),
      m_cloudWatch(session), m_credentials(std::move(credentials)),
      m_server(std::make_unique<QHttpServer>())
{
    qRegisterMetaType<Berth::Engine::ApiCall>();
    m_server->route(QStringLiteral("/"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request) { return handle(request); });
}

ApiServer::~ApiServer() = default;

bool ApiServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0) {
        if (error)
            *error = tr("The ECS API cannot listen on %1:%2 (in use?); choose another port.")
                         .arg(address.toString())
                         .arg(port);
        return false;
    }
    m_address = address;
    m_port = bound;
    qCInfo(lcEngine) << "ECS API on" << endpoint();
    return true;
}

QString ApiServer::endpoint() const
{
    return QStringLiteral("http://%1:%2").arg(m_address.toString()).arg(m_port);
}

QString ApiServer::environment(const ApiCredentials &credentials, const QString &endpoint,
                               const QString &region)
{
    return QStringLiteral("export AWS_ACCESS_KEY_ID=%1\n"
                          "export AWS_SECRET_ACCESS_KEY=%2\n"
                          "export AWS_DEFAULT_REGION=%3\n"
                          "export AWS_ENDPOINT_URL=%4\n"
                          "# aws CLI 2.12 and older (Debian 12's) ignore AWS_ENDPOINT_URL:\n"
                          "# aws --endpoint-url %4 ecs list-clusters\n")
        .arg(credentials.accessKeyId, credentials.secretAccessKey, region, endpoint);
}

QHttpServerResponse ApiServer::handle(const QHttpServerRequest &request)
{
    SignedRequest signedRequest;
    signedRequest.method = "POST";
    signedRequest.path = request.url().path(QUrl::FullyEncoded).toLatin1();
    signedRequest.query = request.url().query(QUrl::FullyEncoded).toLatin1();
    signedRequest.headers = request.headers();
    signedRequest.body = request.body();

    // Elastic Load Balancing and CloudWatch speak the query protocol: no target, a form body.
    if (signedRequest.header("x-amz-target").isEmpty() &&
        signedRequest.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return handleQuery(signedRequest);

    const ApiCredentials &credentials = m_credentials;
    // One endpoint for ECS, ECR, Application Auto Scaling and CloudWatch, as `aws
    // --endpoint-url` points each at it; all but ECS's requests are signed for their own
    // service names.
    const QByteArray target = signedRequest.header("x-amz-target");
    enum class Face { Ecs, Ecr, Scaling } face = Face::Ecs;
    if (target.startsWith(QByteArray(EcrApi::kTargetPrefix) + '.'))
        face = Face::Ecr;
    else if (target.startsWith(QByteArray(AutoScalingApi::kTargetPrefix) + '.'))
        face = Face::Scaling;
    const QLatin1String prefix(face == Face::Ecr       ? EcrApi::kTargetPrefix
                               : face == Face::Scaling ? AutoScalingApi::kTargetPrefix
                                                       : EcsApi::kTargetPrefix);
    const QString signingName = face == Face::Ecr ? QStringLiteral("ecr")
                                : face == Face::Scaling
                                    ? QLatin1String(AutoScalingApi::kSigningName)
                                    : QStringLiteral("ecs");
    const DecodedRequest decoded = decodeRequest(
        signedRequest, prefix, signingName,
        [&credentials](const QString &key) -> std::optional<QString> {
            if (key == credentials.accessKeyId)
                return credentials.secretAccessKey;
            return std::nullopt;
        },
        QDateTime::currentDateTimeUtc());
    const ApiReply reply = decoded.error       ? *decoded.error
                           : face == Face::Ecr ? m_ecr.call(decoded.operation, decoded.input)
                           : face == Face::Scaling
                               ? m_scaling.call(decoded.operation, decoded.input)
                               : m_api.call(decoded.operation, decoded.input);
    ApiCall call{face == Face::Ecr       ? QStringLiteral("ecr")
                 : face == Face::Scaling ? QStringLiteral("application-autoscaling")
                                         : QStringLiteral("ecs"),
                 decoded.operation.isEmpty() ? QStringLiteral("(none)") : decoded.operation,
                 decoded.accessKeyId, reply.status,
                 reply.ok() ? QString() : reply.body.value(QLatin1String("__type")).toString()};
    Q_EMIT called(call);
    return respond(reply);
}

QHttpServerResponse ApiServer::handleQuery(const SignedRequest &request)
{
    const QJsonObject input = QueryProtocol::parseForm(request.body);
    // Which service: the one the request is signed for (Credential=KEY/DATE/REGION/SERVICE/...).
    const bool cloudWatch =
        request.header("authorization")
            .contains(QByteArray("/") + CloudWatchApi::kSigningName + "/aws4_request");
    QString accessKeyId;
    const std::optional<SignatureProblem> problem = SigV4::verify(
        request, QLatin1String(cloudWatch ? CloudWatchApi::kSigningName : Elbv2Api::kSigningName),
        [&](const QString &key) -> std::optional<QString> {
            accessKeyId = key;
            if (key == m_credentials.accessKeyId)
                return m_credentials.secretAccessKey;
            return std::nullopt;
        },
        QDateTime::currentDateTimeUtc());
    QueryReply reply;
    if (problem) {
        // The query protocol's names for what the JSON services call otherwise.
        const QString code = problem->type == QLatin1String("UnrecognizedClientException")
                                 ? QStringLiteral("InvalidClientTokenId")
                             : problem->type == QLatin1String("MissingAuthenticationTokenException")
                                 ? QStringLiteral("MissingAuthenticationToken")
                                 : QStringLiteral("SignatureDoesNotMatch");
        reply = cloudWatch ? CloudWatchApi::error(code, problem->message, 403)
                           : Elbv2Api::error(code, problem->message, 403);
    } else {
        reply = cloudWatch ? m_cloudWatch.call(input) : m_elb.call(input);
    }
    const QString action = input.value(QLatin1String("Action")).toString();
    Q_EMIT called(ApiCall{cloudWatch ? QStringLiteral("cloudwatch")
                                     : QStringLiteral("elasticloadbalancing"),
                          action.isEmpty() ? QStringLiteral("(none)") : action, accessKeyId,
                          reply.status, reply.errorCode});
    QHttpServerResponse response(QByteArrayLiteral("text/xml"), reply.xml,
                                 QHttpServerResponse::StatusCode(reply.status));
    response.setHeader(QByteArrayLiteral("x-amzn-RequestId"),
                       QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    return response;
}

} // namespace Berth::Engine
