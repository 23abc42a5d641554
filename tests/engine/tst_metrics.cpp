#include "engine/metrics/containerstats.h"
#include "engine/metrics/kernelcounters.h"
#include "engine/metrics/ringbuffer.h"

#include <QJsonDocument>
#include <QTest>

using namespace Berth::Engine;

class tst_Metrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringBufferKeepsTheNewest_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("appended");
        QTest::newRow("partly filled") << 5 << 3;
        QTest::newRow("exactly full") << 5 << 5;
        QTest::newRow("wrapped") << 5 << 12;
        QTest::newRow("one slot") << 1 << 4;
    }

    void ringBufferKeepsTheNewest()
    {
        QFETCH(int, capacity);
        QFETCH(int, appended);
        RingBuffer<int> ring(capacity);
        for (int i = 0; i < appended; ++i)
            ring.append(i);
        const int kept = qMin(capacity, appended);
        QCOMPARE(ring.size(), kept);
        QCOMPARE(ring.capacity(), capacity);
        QCOMPARE(ring.last(), appended - 1);
        const QList<int> items = ring.toList();
        for (int i = 0; i < kept; ++i)
            QCOMPARE(items.at(i), appended - kept + i);
    }

    void statsFromDaemonJson_data()
    {
        QTest::addColumn<QByteArray>("current");
        QTest::addColumn<QByteArray>("previous");
        QTest::addColumn<double>("cpuPercent");
        QTest::addColumn<double>("memoryMiB");
        const QByteArray v2 =
            R"({"read": "2026-11-21T10:00:01.5Z",
                "cpu_stats": {"cpu_usage": {"total_usage": 1500000000}, "online_cpus": 2,
                              "system_cpu_usage": 20000000000},
                "precpu_stats": {"cpu_usage": {"total_usage": 1000000000},
                                 "system_cpu_usage": 18000000000},
                "memory_stats": {"usage": 73400320, "limit": 134217728,
                                 "stats": {"inactive_file": 10485760}},
                "networks": {"eth0": {"rx_bytes": 100, "tx_bytes": 50}}})";
        // 0.5 s of CPU over 2 s of system time on 2 CPUs: 50% of one core.
        QTest::newRow("precpu in the sample") << v2 << QByteArray() << 50.0 << 60.0;
        const QByteArray previous =
            R"({"cpu_stats": {"cpu_usage": {"total_usage": 500000000},
                              "system_cpu_usage": 16000000000}})";
        // Own previous sample wins over precpu_stats: 1 s over 4 s on 2 CPUs.
        QTest::newRow("previous sample") << v2 << previous << 50.0 << 60.0;
        const QByteArray v1 =
            R"({"cpu_stats": {"cpu_usage": {"total_usage": 300, "percpu_usage": [1, 2, 3, 4]},
                              "system_cpu_usage": 1000},
                "precpu_stats": {"cpu_usage": {"total_usage": 200}, "system_cpu_usage": 800},
                "memory_stats": {"usage": 20971520, "limit": 1073741824,
                                 "stats": {"total_inactive_file": 4194304}}})";
        // cgroup v1: CPU count from percpu_usage; 100/200 on 4 CPUs = 200%.
        QTest::newRow("cgroup v1") << v1 << QByteArray() << 200.0 << 16.0;
        const QByteArray first =
            R"({"cpu_stats": {"cpu_usage": {"total_usage": 300}, "system_cpu_usage": 1000},
                "precpu_stats": {"cpu_usage": {"total_usage": 0}},
                "memory_stats": {"usage": 1048576}})";
        // The first sample of a stream has no previous system time: no CPU figure yet.
        QTest::newRow("first sample") << first << QByteArray() << 0.0 << 1.0;
    }

    void statsFromDaemonJson()
    {
        QFETCH(QByteArray, current);
        QFETCH(QByteArray, previous);
        QFETCH(double, cpuPercent);
        QFETCH(double, memoryMiB);
        const auto s = ContainerStats::fromJson(QJsonDocument::fromJson(current).object(),
                                                QJsonDocument::fromJson(previous).object());
        QVERIFY(s);
        QCOMPARE(s->cpuPercent, cpuPercent);
        QCOMPARE(s->memoryMiB, memoryMiB);
        QCOMPARE(s->cpuUnits(), cpuPercent / 100.0 * 1024.0);
    }

    void emptyObjectIsNoSample()
    {
        QVERIFY(!ContainerStats::fromJson(QJsonObject()));
    }

    // The kernel's counter files as cgroup v1 and v2 and procfs write them.
    void kernelTextIsRead()
    {
        using namespace Berth::Engine::KernelText;
        QCOMPARE(leadingNumber("123456789\n"), 123456789);
        QCOMPARE(leadingNumber("max\n"), -1);
        QCOMPARE(leadingNumber(""), -1);

        const std::string_view cpuStat = "usage_usec 2500000\nuser_usec 2000000\n"
                                         "system_usec 500000\n";
        QCOMPARE(keyedValue(cpuStat, "usage_usec"), 2500000);
        QCOMPARE(keyedValue(cpuStat, "system_usec"), 500000);
        QCOMPARE(keyedValue(cpuStat, "usage"), -1); // a key is a whole word
        const std::string_view v1Memory = "cache 8192\ninactive_file 100\n"
                                          "total_inactive_file 4096\n";
        QCOMPARE(keyedValue(v1Memory, "total_inactive_file"), 4096);
        QCOMPARE(keyedValue(v1Memory, "inactive_file"), 100);

        qint64 read = -1, written = -1;
        blockBytes("8:0 Read 4096\n8:0 Write 1024\n8:0 Sync 0\n8:16 Read 10\n"
                   "8:16 Write 0\nTotal 5130\n",
                   &read, &written);
        QCOMPARE(read, 4106);
        QCOMPARE(written, 1024);
        blockBytes("8:0 rbytes=2048 wbytes=512 rios=3 wios=1 dbytes=0 dios=0\n"
                   "259:0 rbytes=1 wbytes=2 rios=1 wios=1\n",
                   &read, &written);
        QCOMPARE(read, 2049);
        QCOMPARE(written, 514);
        blockBytes("", &read, &written);
        QCOMPARE(read, 0);

        const std::string_view netDev =
            "Inter-|   Receive                                                |  Transmit\n"
            " face |bytes    packets errs drop fifo frame compressed multicast|bytes    "
            "packets errs drop fifo colls carrier compressed\n"
            "    lo:   99999      10    0    0    0     0          0         0    99999      "
            "10    0    0    0     0       0          0\n"
            "  eth0:    1500      12    0    0    0     0          0         0      700       "
            "9    0    0    0     0       0          0\n"
            "  eth1:      10       1    0    0    0     0          0         0       20       "
            "1    0    0    0     0       0          0\n";
        qint64 received = -1, sent = -1;
        QVERIFY(networkBytes(netDev, &received, &sent));
        QCOMPARE(received, 1510); // the loopback is not counted
        QCOMPARE(sent, 720);
        QVERIFY(!networkBytes("", &received, &sent));
    }
};

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
