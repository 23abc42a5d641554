// Signature Version 4 as the aws CLI signs ECS requests: botocore's own signature for a fixed
// request, key and time (computed once with botocore.auth.SigV4Auth) is what Berth computes
// and accepts; every way a request can be wrongly signed is refused with ECS's error.

#include "engine/api/sigv4.h"

#include <QTest>

using namespace Berth::Engine;

namespace {

const QString kKey = QStringLiteral("AKIDEXAMPLE");
const QString kSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const QDateTime kAt(QDate(2026, 12, 7), QTime(10, 30, 0), Qt::UTC);
// botocore 1.x, SigV4Auth(Credentials(kKey, kSecret), 'ecs', 'us-east-1').add_auth() of the
// request below at kAt.
const QByteArray kBotocoreAuthorization =
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/us-east-1/ecs/aws4_request, "
    "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
    "Signature=9cd67857985731c5a03c3ca4882044f03f5560ccc4359c3fcfdeca9a016a9f27";

SignedRequest describeServices()
{
    SignedRequest r;
    r.body = R"({"cluster": "production", "services": ["api"]})";
    r.headers = {{"Host", "127.0.0.1:4080"},
                 {"Content-Type", "application/x-amz-json-1.1"},
                 {"X-Amz-Target", "AmazonEC2ContainerServiceV20141113.DescribeServices"}};
    return r;
}

SignedRequest signedByBotocore()
{
    SignedRequest r = describeServices();
    r.headers.append(qMakePair(QByteArray("X-Amz-Date"), QByteArray("20261207T103000Z")));
    r.headers.append(qMakePair(QByteArray("Authorization"), kBotocoreAuthorization));
    return r;
}

std::optional<QString> lookup(const QString &key)
{
    if (key == kKey)
        return kSecret;
    return std::nullopt;
}

} // namespace

class tst_SigV4 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsAsBotocoreDoes()
    {
        SignedRequest r = describeServices();
        SigV4::sign(r, kKey, kSecret, QStringLiteral("us-east-1"), QStringLiteral("ecs"), kAt);
        QCOMPARE(r.header("authorization"), kBotocoreAuthorization);
        QCOMPARE(r.header("x-amz-date"), QByteArray("20261207T103000Z"));
    }

    void acceptsWhatBotocoreSigned()
    {
        const auto problem = SigV4::verify(signedByBotocore(), QStringLiteral("ecs"), lookup,
                                           kAt.addSecs(60));
        QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
    }

    void refuses_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("skewSeconds");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        enum { None, NoAuthorization, UnknownKey, WrongSecret, Body, Target, Service, Garbled };
        QTest::newRow("no signature") << int(NoAuthorization) << 0
                                      << "MissingAuthenticationTokenException"
                                      << "Missing Authentication Token";
        QTest::newRow("unknown key") << int(UnknownKey) << 0 << "UnrecognizedClientException"
                                     << "The security token included in the request is invalid.";
        QTest::newRow("wrong secret") << int(WrongSecret) << 0 << "InvalidSignatureException"
                                      << "The request signature we calculated does not match";
        QTest::newRow("body changed") << int(Body) << 0 << "InvalidSignatureException"
                                      << "does not match the signature you provided";
        QTest::newRow("target changed") << int(Target) << 0 << "InvalidSignatureException"
                                        << "does not match the signature you provided";
        QTest::newRow("other service") << int(Service) << 0 << "InvalidSignatureException"
                                       << "Credential should be scoped to correct service";
        QTest::newRow("garbled header") << int(Garbled) << 0 << "IncompleteSignatureException"
                                        << "requires 'Credential'";
        QTest::newRow("6 minutes old") << int(None) << 360 << "InvalidSignatureException"
                                       << "Signature expired: 20261207T103000Z is now earlier "
                                          "than 20261207T103100Z (20261207T103600Z - 5 min.)";
        QTest::newRow("6 minutes ahead") << int(None) << -360 << "InvalidSignatureException"
                                         << "Signature not yet current: 20261207T103000Z is "
                                            "still later than 20261207T102900Z (20261207T102400Z "
                                            "+ 5 min.)";
    }
    void refuses()
    {
        QFETCH(int, change);
        QFETCH(int, skewSeconds);
        QFETCH(QString, type);
        QFETCH(QString, message);
        SignedRequest r = describeServices();
        QString key = kKey, secret = kSecret, service = QStringLiteral("ecs");
        switch (change) {
        case 2: key = QStringLiteral("AKIAOTHERKEY0000000"); break;
        case 3: secret = QStringLiteral("not-the-secret"); break;
        case 6: service = QStringLiteral("ecr"); break;
        default: break;
        }
        SigV4::sign(r, key, secret, QStringLiteral("us-east-1"), service, kAt);
        switch (change) {
        case 1:
            r.headers.removeIf([](const auto &h) { return h.first == "Authorization"; });
            break;
        case 4: r.body = R"({"cluster": "production", "services": ["front"]})"; break;
        case 5:
            for (auto &h : r.headers) {
                if (h.first == "X-Amz-Target")
                    h.second = "AmazonEC2ContainerServiceV20141113.DeleteService";
            }
            break;
        case 7:
            for (auto &h : r.headers) {
                if (h.first == "Authorization")
                    h.second = "AWS4-HMAC-SHA256 Signature=abc";
            }
            break;
        default: break;
        }
        const auto problem = SigV4::verify(r, QStringLiteral("ecs"), lookup,
                                           kAt.addSecs(skewSeconds));
        QVERIFY(problem);
        QCOMPARE(problem->type, type);
        QVERIFY2(problem->message.contains(message), qPrintable(problem->message));
    }

    void headerNamesAndSpacesDoNotMatter()
    {
        SignedRequest r = describeServices();
        SigV4::sign(r, kKey, kSecret, QStringLiteral("us-east-1"), QStringLiteral("ecs"), kAt);
        for (auto &h : r.headers) {
            h.first = h.first.toLower();
            if (h.first == "content-type")
                h.second = "  application/x-amz-json-1.1 ";
        }
        QVERIFY(!SigV4::verify(r, QStringLiteral("ecs"), lookup, kAt));
    }
};

QTEST_GUILESS_MAIN(tst_SigV4)
#include "tst_sigv4.moc"
