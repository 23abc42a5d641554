// The pieces of the local ECR that need no daemon: bcrypt htpasswd lines by libxcrypt (and
// their check), ECR's image references, repository names and tags, the registry's generated
// configuration, and the loopback address it is given beside the instances', ENIs' and load
// balancers'.
#include "engine/registry/htpasswd.h"
#include "engine/registry/localregistry.h"
#include "engine/scheduler/addressing.h"
#include "model/designedits.h"
#include "model/ecrreference.h"
#include "model/projectfile.h"

#include <QJsonArray>

#include <QTest>

using namespace Berth::Engine;
using namespace Berth::Model;

class tst_EcrNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bcryptLines()
    {
        QString error;
        const QByteArray line =
            Htpasswd::line(QStringLiteral("AWS"), QStringLiteral("s3cret"), &error);
        QVERIFY2(!line.isEmpty(), qPrintable(error));
        QVERIFY(line.startsWith("AWS:$2b$06$"));
        QVERIFY(line.endsWith('\n'));
        const QByteArray hash = line.mid(4).trimmed();
        QCOMPARE(hash.size(), 60);
        QVERIFY(Htpasswd::verify(QStringLiteral("s3cret"), hash));
        QVERIFY(!Htpasswd::verify(QStringLiteral("s3creT"), hash));
        QVERIFY(!Htpasswd::verify(QString(), hash));
        QVERIFY(!Htpasswd::verify(QStringLiteral("s3cret"), QByteArray()));
        // A salt of its own each time.
        QVERIFY(Htpasswd::hash(QStringLiteral("s3cret"), &error) != hash);
    }

    void parsesReferences_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::newRow("tag") << "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1" << true
                             << "web"
                             << "v1"
                             << "";
        QTest::newRow("latest") << "123456789012.dkr.ecr.eu-west-3.amazonaws.com/team/web" << true
                                << "team/web"
                                << "latest"
                                << "";
        QTest::newRow("digest") << "123456789012.dkr.ecr.us-east-1.amazonaws.com/web@sha256:abc"
                                << true << "web"
                                << ""
                                << "sha256:abc";
        QTest::newRow("docker hub") << "nginx:alpine" << false << ""
                                    << ""
                                    << "";
        QTest::newRow("other registry") << "registry.example.com:5000/web:v1" << false << ""
                                        << ""
                                        << "";
        QTest::newRow("short account")
            << "12345.dkr.ecr.us-east-1.amazonaws.com/web:v1" << false << ""
            << ""
            << "";
    }

    void parsesReferences()
    {
        QFETCH(QString, image);
        QFETCH(bool, valid);
        const EcrReference r = EcrReference::parse(image);
        QCOMPARE(r.isValid(), valid);
        if (!valid)
            return;
        QTEST(r.repository, "repository");
        QTEST(r.tag, "tag");
        QTEST(r.digest, "digest");
        if (image.endsWith(QLatin1String(":v1")) || !r.digest.isEmpty())
            QCOMPARE(r.toString(), image);
        QCOMPARE(r.repositoryUri(), r.host() + u'/' + r.repository);
    }

    void namesAndTags()
    {
        QVERIFY(EcrReference::isValidRepositoryName(QStringLiteral("web")));
        QVERIFY(EcrReference::isValidRepositoryName(QStringLiteral("team/web-app_2")));
        QVERIFY(!EcrReference::isValidRepositoryName(QStringLiteral("w")));
        QVERIFY(!EcrReference::isValidRepositoryName(QStringLiteral("Web")));
        QVERIFY(!EcrReference::isValidRepositoryName(QStringLiteral("web/")));
        QVERIFY(!EcrReference::isValidRepositoryName(QStringLiteral("-web")));
        QVERIFY(EcrReference::isValidTag(QStringLiteral("v1.2_rc-3")));
        QVERIFY(!EcrReference::isValidTag(QStringLiteral("-v1")));
        QVERIFY(!EcrReference::isValidTag(QString(301, u'a')));
        QCOMPARE(EcrReference::repositoryArn("123456789012", "us-east-1", "web"),
                 QStringLiteral("arn:aws:ecr:us-east-1:123456789012:repository/web"));
    }

    void configuration()
    {
        const LocalRegistry registry(QStringLiteral("127.80.0.1:5000"), QStringLiteral("/s"));
        const QString config = registry.configText();
        QVERIFY(config.contains(QStringLiteral("rootdirectory: /s/storage")));
        QVERIFY(config.contains(QStringLiteral("  delete:\n    enabled: true")));
        QVERIFY(config.contains(QStringLiteral("addr: 127.80.0.1:5000")));
        QVERIFY(config.contains(QStringLiteral("path: /s/htpasswd")));
        QVERIFY(config.contains(QStringLiteral("realm: berth-ecr")));
        QCOMPARE(LocalRegistry(QStringLiteral("127.80.0.1:5000"), QStringLiteral("/s"))
                     .auth(QStringLiteral("pw"))
                     .isEmpty(),
                 false);
    }

    void repositoriesInTheDesign()
    {
        ProjectData p;
        p.registerTaskDefinition(QJsonObject{
            {"family", "web"},
            {"containerDefinitions",
             QJsonArray{QJsonObject{
                 {"name", "web"},
                 {"image", "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/web:v1"}}}}});
        p.registerTaskDefinition(
            QJsonObject{{"family", "other"},
                        {"containerDefinitions",
                         QJsonArray{QJsonObject{{"name", "db"}, {"image", "postgres:15"}}}}});
        EcrRepository r;
        r.name = QStringLiteral("shop/web");
        r.imageTagMutability = QStringLiteral("IMMUTABLE");
        r.keepLastImages = 5;
        r.position = QPointF(10, 20);
        p.repositories << r;
        QCOMPARE(p.repositoryUri("shop/web"),
                 QStringLiteral("123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/web"));
        QCOMPARE(p.familiesUsingRepository("shop/web"), QStringList{"web"});

        // Saved and loaded as it was; a design without repositories has no such member.
        const auto loaded = ProjectFile::parse(ProjectFile::serialize(p));
        QVERIFY2(loaded.data.has_value(), qPrintable(loaded.error));
        QCOMPARE(loaded.data->repositories, p.repositories);
        QVERIFY(!ProjectFile::serialize(ProjectData()).contains("repositories"));

        // Renaming takes the images along; a bad name is refused.
        QVERIFY(!DesignEdits::rename(p, EntityRef::repository("shop/web"), "Shop").isEmpty());
        QCOMPARE(DesignEdits::rename(p, EntityRef::repository("shop/web"), "shop/api"), QString());
        QCOMPARE(p.latestRevision("web")->containers().first().image(),
                 QStringLiteral("123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api:v1"));
        QCOMPARE(p.familiesUsingRepository("shop/api"), QStringList{"web"});
        DesignEdits::remove(p, {EntityRef::repository("shop/api")});
        QVERIFY(p.repositories.isEmpty());
        QVERIFY(p.latestRevision("web")); // the task definition stays
    }

    void reservedAddress()
    {
        const QString registry = Addressing::registryAddress();
        QCOMPARE(registry, QStringLiteral("127.80.0.1"));
        QVERIFY(!registry.startsWith(Addressing::instanceAddress(0, 0).section(u'.', 0, 1)));
        QVERIFY(!registry.startsWith(Addressing::taskAddress(0).section(u'.', 0, 1)));
        QVERIFY(!registry.startsWith(QStringLiteral("127.79.")));
        if (qEnvironmentVariableIsEmpty("BERTH_REGISTRY_ADDRESS"))
            QCOMPARE(LocalRegistry::defaultAddress(), QStringLiteral("127.80.0.1:5000"));
    }
};

QTEST_GUILESS_MAIN(tst_EcrNames)
#include "tst_ecrnames.moc"
