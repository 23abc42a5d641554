// Every text ECS prints that Berth emits (EcsEvents' catalogue, the stop codes) has an
// explanation for the window to show beside it, and the explanation names what the text names.

#include "engine/runtime/ecsmessages.h"
#include "engine/scheduler/ecsevents.h"

#include <QTest>

using namespace Berth::Engine;

class tst_EcsMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEventExplained_data()
    {
        QTest::addColumn<QString>("text");
        for (const EcsEvents::Message &m : EcsEvents::catalogue())
            QTest::newRow(m.key) << m.sample;
        QTest::newRow("pull") << QStringLiteral("CannotPullContainerError: pull image x: denied");
        QTest::newRow("oom") << QStringLiteral(
            "OutOfMemoryError: Container killed due to memory usage");
        QTest::newRow("secrets") << QStringLiteral(
            "ResourceInitializationError: unable to pull secrets or registry "
            "auth");
    }

    void everyEventExplained()
    {
        QFETCH(QString, text);
        const QString meaning = EcsMessages::explain(text);
        QVERIFY2(!meaning.isEmpty(), qPrintable(text));
        // The service the event is about, never the raw ARN of a target group.
        if (text.startsWith(QLatin1String("(service web)")))
            QVERIFY2(meaning.contains(QLatin1String("web")), qPrintable(meaning));
        QVERIFY2(!meaning.contains(QLatin1String("arn:aws")), qPrintable(meaning));
    }

    void unhealthyTargetNamesItsReason()
    {
        const QString text = EcsEvents::targetUnhealthy(
            QStringLiteral("web"), QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9"), {}, 80,
            QStringLiteral("arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web-tg/6d0e"),
            QStringLiteral("Health checks failed with these codes: [502]"));
        const QString meaning = EcsMessages::explain(text);
        QVERIFY2(meaning.contains(QLatin1String("web-tg")) &&
                     meaning.contains(QLatin1String("0a1b2c3d4e5f")) &&
                     meaning.contains(QLatin1String("HTTP 502")),
                 qPrintable(meaning));
    }

    void notEcsNotExplained()
    {
        QVERIFY(
            EcsMessages::explain(QStringLiteral("load balancer web: HAProxy exited")).isEmpty());
        QVERIFY(EcsMessages::explainStopCode(QStringLiteral("Whatever")).isEmpty());
        for (const char *code : {"EssentialContainerExited", "UserInitiated",
                                 "ServiceSchedulerInitiated", "TaskFailedToStart"})
            QVERIFY2(!EcsMessages::explainStopCode(QLatin1String(code)).isEmpty(), code);
    }
};

QTEST_GUILESS_MAIN(tst_EcsMessages)
#include "tst_ecsmessages.moc"
