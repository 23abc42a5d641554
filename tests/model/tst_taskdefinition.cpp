#include "model/containerinstance.h"
#include "model/instancetypes.h"
#include "model/taskdefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Berth::Model;

class tst_TaskDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseCpu_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("units");
        QTest::newRow("units") << "256" << 256;
        QTest::newRow("vcpu") << "1 vCPU" << 1024;
        QTest::newRow("vcpu no space") << "2vcpu" << 2048;
        QTest::newRow("fraction") << "0.25 vCPU" << 256;
        QTest::newRow("garbage") << "lots" << -1;
        QTest::newRow("fraction units") << "2.5" << -1;
    }

    void parseCpu()
    {
        QFETCH(QString, text);
        QFETCH(int, units);
        QCOMPARE(TaskDefinition::parseCpu(text).value_or(-1), units);
    }

    void parseMemory_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mib");
        QTest::newRow("mib") << "512" << 512;
        QTest::newRow("gb") << "2 GB" << 2048;
        QTest::newRow("gb lower") << "0.5gb" << 512;
        QTest::newRow("mb") << "768 MB" << 768;
        QTest::newRow("unknown unit") << "2 TB" << -1;
    }

    void parseMemory()
    {
        QFETCH(QString, text);
        QFETCH(int, mib);
        QCOMPARE(TaskDefinition::parseMemory(text).value_or(-1), mib);
    }

    void reservations_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("cpu");
        QTest::addColumn<int>("memory");
        QTest::newRow("container sums")
            << QByteArray("{\"containerDefinitions\": [{\"cpu\": 100, \"memory\": 300}, "
                          "{\"cpu\": 50, \"memory\": 500, \"memoryReservation\": 200}]}")
            << 150 << 500;
        QTest::newRow("task level wins")
            << QByteArray("{\"cpu\": \"1 vCPU\", \"memory\": \"2 GB\", \"containerDefinitions\":"
                          " [{\"cpu\": 100, \"memory\": 300}]}")
            << 1024 << 2048;
        QTest::newRow("no cpu") << QByteArray("{\"containerDefinitions\": [{\"memory\": 64}]}")
                                << 0 << 64;
    }

    void reservations()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, cpu);
        QFETCH(int, memory);
        const TaskDefinition td(QJsonDocument::fromJson(json).object());
        QCOMPARE(td.reservedCpu(), cpu);
        QCOMPARE(td.reservedMemory(), memory);
    }

    void accessors()
    {
        const TaskDefinition td(QJsonDocument::fromJson(R"({"family": "web",
            "containerDefinitions": [{"name": "a", "essential": false,
              "portMappings": [{"containerPort": 80}, {"containerPort": 53, "hostPort": 53,
                                "protocol": "udp"}],
              "dependsOn": [{"containerName": "b", "condition": "HEALTHY"}],
              "healthCheck": {"command": ["CMD", "true"], "interval": 7}},
              {"name": "b"}]})")
                                    .object(),
                                3);
        QCOMPARE(td.key(), QStringLiteral("web:3"));
        QCOMPARE(td.networkMode(), QStringLiteral("bridge"));
        const ContainerDefinition a = *td.container(QStringLiteral("a"));
        QVERIFY(!a.essential());
        QVERIFY(td.container(QStringLiteral("b"))->essential());
        QVERIFY(!td.container(QStringLiteral("c")));
        QCOMPARE(a.portMappings().size(), 2);
        QVERIFY(a.portMappings().at(0).isDynamic());
        QCOMPARE(a.portMappings().at(1).protocol, QStringLiteral("udp"));
        QVERIFY(!a.portMappings().at(1).isDynamic());
        QCOMPARE(a.dependsOn().first().condition, QStringLiteral("HEALTHY"));
        QCOMPARE(a.healthCheck()->interval, 7);
        QCOMPARE(a.healthCheck()->retries, 3);
        QVERIFY(!td.container(QStringLiteral("b"))->healthCheck());
    }

    void instanceTypes()
    {
        const auto t = InstanceTypes::find(QStringLiteral("t3.medium"));
        QVERIFY(t);
        QCOMPARE(t->cpuUnits(), 2048);
        QCOMPARE(t->memoryMiB, 4096);
        QCOMPARE(t->awsvpcTaskLimit(), 2);
        QVERIFY(!InstanceTypes::find(QStringLiteral("x9.huge")));
        const ContainerInstance ci = ContainerInstance::ofType(
            QStringLiteral("i1"), QStringLiteral("m5.xlarge"), QStringLiteral("eu-west-1b"));
        QCOMPARE(ci.cpuUnits, 4096);
        QVERIFY(ci.memoryMiB < 16384 && ci.memoryMiB > 15000);
        QCOMPARE(ci.allAttributes().value(QStringLiteral("ecs.availability-zone")),
                 QStringLiteral("eu-west-1b"));
        QVERIFY(ci.ec2InstanceId(QStringLiteral("c")).startsWith(QStringLiteral("i-")));
        QVERIFY(ci.ec2InstanceId(QStringLiteral("c")) != ci.ec2InstanceId(QStringLiteral("d")));
    }
};

QTEST_GUILESS_MAIN(tst_TaskDefinition)
#include "tst_taskdefinition.moc"
