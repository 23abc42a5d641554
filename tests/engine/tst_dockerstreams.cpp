#include "engine/docker/jsonstreamdecoder.h"
#include "engine/docker/multiplexedstreamdecoder.h"

#include <QJsonDocument>
#include <QTest>

using namespace Berth::Engine::Docker;

namespace {

QByteArray frame(LogStreamKind stream, const QByteArray &payload)
{
    QByteArray bytes(8, '\0');
    bytes[0] = char(stream);
    const quint32 size = quint32(payload.size());
    bytes[4] = char(size >> 24);
    bytes[5] = char(size >> 16);
    bytes[6] = char(size >> 8);
    bytes[7] = char(size);
    return bytes + payload;
}

QString describe(const QList<LogFrame> &frames)
{
    QStringList parts;
    for (const LogFrame &f : frames)
        parts.append(QStringLiteral("%1:%2").arg(int(f.stream)).arg(QString::fromUtf8(f.data)));
    return parts.join(QLatin1Char('|'));
}

QList<LogFrame> decodeInPieces(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    MultiplexedStreamDecoder decoder;
    QList<LogFrame> frames;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        frames += decoder.feed(QByteArrayView(bytes).sliced(from, cut - from));
        from = cut;
    }
    frames += decoder.feed(QByteArrayView(bytes).sliced(from));
    return frames;
}

QStringList compact(const QList<QJsonObject> &objects)
{
    QStringList out;
    for (const QJsonObject &object : objects)
        out.append(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    return out;
}

} // namespace

class TestDockerStreams : public QObject
{
    Q_OBJECT

private slots:
    void framesSplitAnywhere_data();
    void framesSplitAnywhere();
    void framesKeepStreamKinds();
    void frameHeaderOfGiantSize();
    void rawTtyOutputPassesThrough();
    void jsonSplitAnywhere_data();
    void jsonSplitAnywhere();
    void jsonManyObjectsInOneChunk();
    void jsonGarbageIsSkipped();
    void jsonKeepsPendingBytes();
};

void TestDockerStreams::framesSplitAnywhere_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one stdout frame")
        << frame(LogStreamKind::Stdout, "hello\n") << QStringLiteral("1:hello\n");
    QTest::newRow("stdout then stderr")
        << frame(LogStreamKind::Stdout, "out\n") + frame(LogStreamKind::Stderr, "err\n")
        << QStringLiteral("1:out\n|2:err\n");
    QTest::newRow("empty frame is skipped")
        << frame(LogStreamKind::Stdout, "") + frame(LogStreamKind::Stderr, "x")
        << QStringLiteral("2:x");
    QTest::newRow("binary payload with header-like bytes")
        << frame(LogStreamKind::Stderr, QByteArray("\x01\x00\x00\x00\x00\x00\x00\x05", 8)) +
               frame(LogStreamKind::Stdout, "tail")
        << QStringLiteral("2:%1|1:tail")
               .arg(QString::fromUtf8(QByteArray("\x01\x00\x00\x00\x00\x00\x00\x05", 8)));
    QTest::newRow("system stream")
        << frame(LogStreamKind::System, "sys") << QStringLiteral("3:sys");
    const QByteArray big(70000, 'b');
    QTest::newRow("frame larger than 64 KiB")
        << frame(LogStreamKind::Stdout, big) + frame(LogStreamKind::Stderr, "e")
        << QStringLiteral("1:%1|2:e").arg(QString::fromLatin1(big));
}

void TestDockerStreams::framesSplitAnywhere()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    QCOMPARE(describe(decodeInPieces(bytes, {})), expected);
    // Every split point; on large inputs, every one near the ends and a stride between.
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        if (bytes.size() > 4096 && cut > 64 && cut < bytes.size() - 64 && cut % 997)
            continue;
        QCOMPARE(describe(decodeInPieces(bytes, {cut})), expected);
    }
    // Every pair of split points, and byte by byte, on small inputs.
    if (bytes.size() < 64) {
        for (qsizetype a = 0; a <= bytes.size(); ++a) {
            for (qsizetype b = a; b <= bytes.size(); ++b)
                QCOMPARE(describe(decodeInPieces(bytes, {a, b})), expected);
        }
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < bytes.size(); ++i)
            everyByte.append(i);
        QCOMPARE(describe(decodeInPieces(bytes, everyByte)), expected);
    }
}

void TestDockerStreams::framesKeepStreamKinds()
{
    MultiplexedStreamDecoder decoder;
    const QByteArray bytes =
        frame(LogStreamKind::Stderr, "bad\n") + frame(LogStreamKind::Stdout, "good\n");
    QList<LogFrame> frames = decoder.feed(QByteArrayView(bytes).first(10));
    QVERIFY(frames.isEmpty());
    QCOMPARE(decoder.pendingBytes(), 10);
    frames = decoder.feed(QByteArrayView(bytes).sliced(10));
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames.at(0).stream, LogStreamKind::Stderr);
    QCOMPARE(frames.at(0).data, QByteArray("bad\n"));
    QCOMPARE(frames.at(1).stream, LogStreamKind::Stdout);
    QCOMPARE(frames.at(1).data, QByteArray("good\n"));
    QCOMPARE(decoder.pendingBytes(), 0);
    QVERIFY(!decoder.isCorrupt());
}

void TestDockerStreams::frameHeaderOfGiantSize()
{
    MultiplexedStreamDecoder decoder;
    const QList<LogFrame> frames = decoder.feed(QByteArray("\x01\x00\x00\x00\x7f\xff\xff\xff", 8));
    QVERIFY(decoder.isCorrupt());
    QCOMPARE(frames.size(), 1);
}

void TestDockerStreams::rawTtyOutputPassesThrough()
{
    MultiplexedStreamDecoder decoder;
    QList<LogFrame> frames = decoder.feed("plain tty output\n");
    QVERIFY(decoder.isCorrupt());
    frames += decoder.feed("more\n");
    QCOMPARE(describe(frames), QStringLiteral("1:plain tty output\n|1:more\n"));
}

void TestDockerStreams::jsonSplitAnywhere_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("json lines")
        << QByteArray("{\"status\":\"start\",\"id\":\"a\"}\n{\"status\":\"die\",\"id\":\"a\"}\n")
        << QStringList{R"({"id":"a","status":"start"})", R"({"id":"a","status":"die"})"};
    QTest::newRow("concatenated without separator")
        << QByteArray("{\"a\":1}{\"b\":2}{\"c\":3}")
        << QStringList{R"({"a":1})", R"({"b":2})", R"({"c":3})"};
    QTest::newRow("braces and escapes inside strings")
        << QByteArray(R"({"stream":"}{ \"quoted\" \\"} {"x":"\\\""})")
        << QStringList{R"({"stream":"}{ \"quoted\" \\"})", R"({"x":"\\\""})"};
    QTest::newRow("nested objects and arrays")
        << QByteArray(R"({"Actor":{"ID":"c1","Attributes":{"io.berth.task":"t1"}},"n":[1,[2]]})"
                      "\r\n")
        << QStringList{R"({"Actor":{"Attributes":{"io.berth.task":"t1"},"ID":"c1"},"n":[1,[2]]})"};
    QTest::newRow("unicode") << QByteArray("{\"t\":\"\xc3\xa9t\xc3\xa9 \\u00e9\"}\n")
                             << QStringList{QStringLiteral("{\"t\":\"été é\"}")};
    QTest::newRow("pull progress")
        << QByteArray(R"({"status":"Downloading","progressDetail":{"current":10,"total":100},)"
                      R"("id":"abc"})"
                      "\n"
                      R"({"errorDetail":{"message":"denied"},"error":"denied"})"
                      "\n")
        << QStringList{R"({"id":"abc","progressDetail":{"current":10,"total":100},)"
                       R"("status":"Downloading"})",
                       R"({"error":"denied","errorDetail":{"message":"denied"}})"};
}

void TestDockerStreams::jsonSplitAnywhere()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);

    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        JsonStreamDecoder decoder;
        QList<QJsonObject> objects = decoder.feed(QByteArrayView(bytes).first(cut));
        objects += decoder.feed(QByteArrayView(bytes).sliced(cut));
        QCOMPARE(compact(objects), expected);
        QCOMPARE(decoder.errorCount(), 0);
        QCOMPARE(decoder.pendingBytes(), 0);
    }
    JsonStreamDecoder bytewise;
    QList<QJsonObject> objects;
    for (char c : bytes)
        objects += bytewise.feed(QByteArrayView(&c, 1));
    QCOMPARE(compact(objects), expected);
}

void TestDockerStreams::jsonManyObjectsInOneChunk()
{
    QByteArray bytes;
    for (int i = 0; i < 500; ++i)
        bytes += QStringLiteral("{\"n\":%1}\n").arg(i).toUtf8();
    JsonStreamDecoder decoder;
    const QList<QJsonObject> objects = decoder.feed(bytes);
    QCOMPARE(objects.size(), 500);
    QCOMPARE(objects.first().value(QLatin1String("n")).toInt(), 0);
    QCOMPARE(objects.last().value(QLatin1String("n")).toInt(), 499);
}

void TestDockerStreams::jsonGarbageIsSkipped()
{
    JsonStreamDecoder decoder;
    const QList<QJsonObject> objects = decoder.feed("{\"a\":1}\nnot json\n{\"b\":tru}{\"c\":3}");
    QCOMPARE(compact(objects), (QStringList{R"({"a":1})", R"({"c":3})"}));
    QCOMPARE(decoder.errorCount(), 2);
    QVERIFY(!decoder.lastError().isEmpty());
}

void TestDockerStreams::jsonKeepsPendingBytes()
{
    JsonStreamDecoder decoder;
    QVERIFY(decoder.feed("{\"partial\": \"va").isEmpty());
    QVERIFY(decoder.pendingBytes() > 0);
    const QList<QJsonObject> objects = decoder.feed("lue\"}");
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.first().value(QLatin1String("partial")).toString(), QStringLiteral("value"));
    QCOMPARE(decoder.pendingBytes(), 0);
}

QTEST_GUILESS_MAIN(TestDockerStreams)
#include "tst_dockerstreams.moc"
