// The rolling update rules as pure functions: limits, rounding, circuit breaker threshold,
// and what one pass starts and stops for a given list of tasks.
#include "engine/runtime/deployment.h"

#include <QRegularExpression>
#include <QTest>

using namespace Berth::Engine;

namespace {

// "o3h" = an old task, healthy; "n2p" = a PRIMARY task, not healthy yet (pending);
// "d1h" = a PRIMARY task on a draining instance, healthy.
QList<RollingTask> tasksOf(const QString &spec)
{
    QList<RollingTask> tasks;
    const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    int n = 0;
    for (const QString &word : spec.split(u' ', Qt::SkipEmptyParts)) {
        const int count = word.mid(1, word.size() - 2).toInt();
        for (int i = 0; i < count; ++i, ++n) {
            RollingTask t;
            t.id = word.left(1) + QString::number(n);
            t.primary = word.at(0) != u'o';
            t.misplaced = word.at(0) == u'd';
            t.healthy = word.back() == u'h';
            t.running = word.back() != u'p';
            t.createdAt = base.addSecs(n);
            tasks << t;
        }
    }
    return tasks;
}

int countPrefix(const QStringList &ids, QChar prefix)
{
    int n = 0;
    for (const QString &id : ids)
        n += id.startsWith(prefix);
    return n;
}

} // namespace

class tst_Deployment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limits_data()
    {
        QTest::addColumn<int>("desired");
        QTest::addColumn<int>("minPercent");
        QTest::addColumn<int>("maxPercent");
        QTest::addColumn<int>("floor");
        QTest::addColumn<int>("ceiling");
        QTest::newRow("100/200 of 4") << 4 << 100 << 200 << 4 << 8;
        QTest::newRow("50/100 of 3: floor rounds up") << 3 << 50 << 100 << 2 << 3;
        QTest::newRow("50/150 of 3: ceiling rounds down") << 3 << 50 << 150 << 2 << 4;
        QTest::newRow("0/100 of 1") << 1 << 0 << 100 << 0 << 1;
        QTest::newRow("zero desired") << 0 << 100 << 200 << 0 << 0;
        QTest::newRow("33% of 10") << 10 << 33 << 133 << 4 << 13;
    }
    void limits()
    {
        QFETCH(int, desired);
        QFETCH(int, minPercent);
        QFETCH(int, maxPercent);
        QFETCH(int, floor);
        QFETCH(int, ceiling);
        QCOMPARE(Deployment::minimumHealthy(desired, minPercent), floor);
        QCOMPARE(Deployment::maximumTasks(desired, maxPercent), ceiling);
    }

    void circuitBreakerThreshold_data()
    {
        QTest::addColumn<int>("desired");
        QTest::addColumn<int>("threshold");
        QTest::newRow("1: at least 3") << 1 << 3;
        QTest::newRow("6: still 3") << 6 << 3;
        QTest::newRow("7: half, rounded up") << 7 << 4;
        QTest::newRow("10") << 10 << 5;
        QTest::newRow("1000: at most 200") << 1000 << 200;
    }
    void circuitBreakerThreshold()
    {
        QFETCH(int, desired);
        QFETCH(int, threshold);
        QCOMPARE(Deployment::circuitBreakerThreshold(desired), threshold);
    }

    void ids()
    {
        const QString a = Deployment::newId();
        QVERIFY2(QRegularExpression(QStringLiteral("^ecs-svc/\\d{19}$")).match(a).hasMatch(),
                 qPrintable(a));
        QVERIFY(a != Deployment::newId());
        QCOMPARE(Deployment::idFor(QStringLiteral("x")), Deployment::idFor(QStringLiteral("x")));
        QVERIFY(Deployment::idFor(QStringLiteral("x")) != Deployment::idFor(QStringLiteral("y")));
    }

    void healthyAfterSecondsCanBeShortened()
    {
        Deployment::setHealthyAfterSeconds(3);
        QCOMPARE(Deployment::healthyAfterSeconds(), 3);
        Deployment::setHealthyAfterSeconds(-1);
        qunsetenv("BERTH_HEALTHY_AFTER_SECONDS");
        QCOMPARE(Deployment::healthyAfterSeconds(), Deployment::kHealthyAfterSeconds);
        Deployment::setHealthyAfterSeconds(-1);
        qputenv("BERTH_HEALTHY_AFTER_SECONDS", "7");
        QCOMPARE(Deployment::healthyAfterSeconds(), 7);
        Deployment::setHealthyAfterSeconds(-1);
        qunsetenv("BERTH_HEALTHY_AFTER_SECONDS");
    }

    void decide_data()
    {
        QTest::addColumn<int>("desired");
        QTest::addColumn<int>("minPercent");
        QTest::addColumn<int>("maxPercent");
        QTest::addColumn<QString>("tasks");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("stopOld");
        QTest::addColumn<int>("stopNew");
        QTest::addColumn<bool>("blocked");
        // A new revision: 100/200 starts the whole new set beside the old one.
        QTest::newRow("100/200 first step") << 2 << 100 << 200 << "o2h" << 2 << 0 << 0 << false;
        QTest::newRow("100/200 new not healthy: wait")
            << 2 << 100 << 200 << "o2h n2r" << 0 << 0 << 0 << false;
        QTest::newRow("100/200 one new healthy: one old goes")
            << 2 << 100 << 200 << "o2h n1h n1r" << 0 << 1 << 0 << false;
        QTest::newRow("100/200 done") << 2 << 100 << 200 << "o2h n2h" << 0 << 2 << 0 << false;
        // 50/100: stop first, then start, never above the desired count.
        QTest::newRow("50/100 first step") << 2 << 50 << 100 << "o2h" << 0 << 1 << 0 << false;
        QTest::newRow("50/100 second step")
            << 2 << 50 << 100 << "o1h" << 1 << 0 << 0 << false;
        QTest::newRow("50/100 waits for health")
            << 2 << 50 << 100 << "o1h n1r" << 0 << 0 << 0 << false;
        QTest::newRow("50/100 third step")
            << 2 << 50 << 100 << "o1h n1h" << 0 << 1 << 0 << false;
        // 100/100 can do nothing: ECS's deployment-configuration event.
        QTest::newRow("100/100 blocked") << 1 << 100 << 100 << "o1h" << 0 << 0 << 0 << true;
        QTest::newRow("0/100 stops first") << 1 << 0 << 100 << "o1h" << 0 << 1 << 0 << false;
        // Old tasks that are not healthy cost nothing.
        QTest::newRow("unhealthy old stops freely")
            << 2 << 100 << 200 << "o2r n2r" << 0 << 2 << 0 << false;
        // Scale to 0 ends a stalled deployment.
        QTest::newRow("scale to 0") << 0 << 100 << 200 << "o1h" << 0 << 1 << 0 << false;
        // Scale in: the surplus goes, pending ones first.
        QTest::newRow("scale in") << 1 << 100 << 200 << "n2h n1p" << 0 << 0 << 2 << false;
        QTest::newRow("scale out") << 3 << 100 << 200 << "n1h" << 2 << 0 << 0 << false;
        QTest::newRow("steady") << 2 << 100 << 200 << "n2h" << 0 << 0 << 0 << false;
        // Draining: replacements first, the drained task once they are healthy.
        QTest::newRow("drain 100/200 starts")
            << 2 << 100 << 200 << "n1h d1h" << 1 << 0 << 0 << false;
        QTest::newRow("drain 100/200 moves")
            << 2 << 100 << 200 << "n2h d1h" << 0 << 0 << 1 << false;
        QTest::newRow("drain 50/100 stops first")
            << 2 << 50 << 100 << "n1h d1h" << 0 << 0 << 1 << false;
    }
    void decide()
    {
        QFETCH(int, desired);
        QFETCH(int, minPercent);
        QFETCH(int, maxPercent);
        QFETCH(QString, tasks);
        QFETCH(int, start);
        QFETCH(int, stopOld);
        QFETCH(int, stopNew);
        QFETCH(bool, blocked);
        const QList<RollingTask> list = tasksOf(tasks);
        const RollingDecision d = decideRolling(desired, minPercent, maxPercent, list);
        QCOMPARE(d.start, start);
        QCOMPARE(countPrefix(d.stop, u'o'), stopOld);
        QCOMPARE(countPrefix(d.stop, u'n') + countPrefix(d.stop, u'd'), stopNew);
        QCOMPARE(d.blockedByConfiguration, blocked);
        // The limits hold after the pass.
        int active = int(list.size()) - int(d.stop.size()) + d.start;
        int healthy = 0;
        for (const RollingTask &t : list)
            healthy += t.healthy && !d.stop.contains(t.id);
        QVERIFY(active <= qMax(Deployment::maximumTasks(desired, maxPercent), int(list.size())));
        if (desired > 0 && healthy < Deployment::minimumHealthy(desired, minPercent)) {
            for (const QString &id : d.stop) // only tasks that were not healthy went
                QVERIFY(!std::find_if(list.begin(), list.end(), [&](const RollingTask &t) {
                             return t.id == id;
                         })->healthy);
        }
    }

    void scaleInStopsPendingThenNewest()
    {
        QList<RollingTask> list = tasksOf(QStringLiteral("n3h"));
        list[0].running = false;
        list[0].healthy = false;
        const RollingDecision d = decideRolling(1, 100, 200, list);
        QCOMPARE(d.stop, (QStringList{QStringLiteral("n0"), QStringLiteral("n2")}));
    }

    void scaleInKeepsTheZonesBalanced()
    {
        // Zone a: n0, n1 (both on i1); zone b: n2. Scaling in to 2 stops a task in zone a,
        // though n2 is the newest.
        QList<RollingTask> list = tasksOf(QStringLiteral("n3h"));
        list[0].zone = list[1].zone = QStringLiteral("us-east-1a");
        list[0].instance = list[1].instance = QStringLiteral("i1");
        list[2].zone = QStringLiteral("us-east-1b");
        list[2].instance = QStringLiteral("i2");
        const RollingDecision d = decideRolling(2, 100, 200, list);
        QCOMPARE(d.stop.size(), 1);
        QVERIFY2(d.stop.first() != QLatin1String("n2"), qPrintable(d.stop.first()));
    }

    void throttleGrowsToTwentySevenMinutes()
    {
        Deployment::setTimeScale(1.0);
        QCOMPARE(Deployment::retryDelayMs(0), 0);
        QCOMPARE(Deployment::retryDelayMs(1), 5000);
        QCOMPARE(Deployment::retryDelayMs(2), 10000);
        QVERIFY(Deployment::retryDelayMs(5) > Deployment::retryDelayMs(4));
        QCOMPARE(Deployment::retryDelayMs(30), qint64(27) * 60 * 1000);
        // A lab clock at 60x: 27 minutes become 27 seconds.
        Deployment::setTimeScale(60.0);
        QCOMPARE(Deployment::retryDelayMs(30), qint64(27) * 1000);
        Deployment::setTimeScale(-1.0);
    }
};

QTEST_GUILESS_MAIN(tst_Deployment)
#include "tst_deployment.moc"
