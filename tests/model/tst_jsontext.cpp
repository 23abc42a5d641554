#include "model/jsontext.h"

#include <QTest>

using namespace Berth::Model;

class tst_JsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locate_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("root") << "$" << 1 << 1;
        QTest::newRow("member") << "$.family" << 2 << 3;
        QTest::newRow("array element") << "$.containerDefinitions[1]" << 5 << 5;
        QTest::newRow("nested member") << "$.containerDefinitions[1].memory" << 5 << 19;
        QTest::newRow("missing member falls back to parent")
            << "$.containerDefinitions[1].cpu" << 5 << 5;
        QTest::newRow("quoted key") << "$.labels[\"a.b\"]" << 7 << 14;
        QTest::newRow("escaped string before") << "$.after" << 8 << 3;
    }

    void locate()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        const QByteArray text = "{\n"
                                "  \"family\": \"web\",\n"
                                "  \"containerDefinitions\": [\n"
                                "    {\"name\": \"a\", \"memory\": 1},\n"
                                "    {\"name\": \"b\", \"memory\": 2}\n"
                                "  ],\n"
                                "  \"labels\": {\"a.b\": \"x\\\"}\"},\n"
                                "  \"after\": 1\n"
                                "}";
        const TextPosition p = JsonText::locate(text, path);
        QCOMPARE(p.line, line);
        QCOMPARE(p.column, column);
    }

    void pathsBuild()
    {
        QCOMPARE(JsonText::member(QStringLiteral("$"), QStringLiteral("family")),
                 QStringLiteral("$.family"));
        QCOMPARE(JsonText::member(QStringLiteral("$.l"), QStringLiteral("a.b")),
                 QStringLiteral("$.l[\"a.b\"]"));
        QCOMPARE(JsonText::index(QStringLiteral("$.c"), 3), QStringLiteral("$.c[3]"));
    }

    void columnsCountCharacters()
    {
        // "é" is two bytes in UTF-8 but one column.
        const QByteArray text = "{\"\xC3\xA9\": 1 \"x\": 2}";
        const JsonText::ParseResult r = JsonText::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.position.line, 1);
        QCOMPARE(r.position.column, 9); // the second member, where a ',' belongs
    }
};

QTEST_GUILESS_MAIN(tst_JsonText)
#include "tst_jsontext.moc"
