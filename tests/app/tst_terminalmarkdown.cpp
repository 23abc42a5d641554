// A lab step's Markdown as `berth lab start` and `berth lab show` print it: headings, lists,
// code spans and blocks, emphasis and links, plain without a terminal, ANSI styles with one,
// wrapped to the width in terminal columns (Japanese characters take two, and break between
// characters but never before a closing mark).

#include "app/cli/terminalmarkdown.h"

#include <QTest>

using Berth::Cli::TerminalMarkdown;

namespace {

QString plain(const QString &markdown, int width = 0)
{
    return TerminalMarkdown::render(markdown, {width, false});
}

QString styled(const QString &markdown, int width = 0)
{
    return TerminalMarkdown::render(markdown, {width, true});
}

} // namespace

class tst_TerminalMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void columns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::newRow("ascii") << QStringLiteral("berth lab") << 9;
        QTest::newRow("kana and kanji") << QStringLiteral("タスク定義") << 10;
        QTest::newRow("mixed") << QStringLiteral("サービス web") << 12;
        QTest::newRow("fullwidth punctuation") << QStringLiteral("（例）。") << 8;
        QTest::newRow("ANSI takes none") << QStringLiteral("\x1b[1mweb\x1b[0m") << 3;
        QTest::newRow("combining mark") << QStringLiteral("e\u0301") << 1;
    }
    void columns()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);
        QCOMPARE(TerminalMarkdown::columns(text), columns);
    }

    void plainTextHasNoEscapes()
    {
        const QString out =
            plain(QStringLiteral("# Title\n\nSome **bold**, *italic* and `code`.\n\n"
                                 "- one\n- two\n\n```sh\nberth run x\n```\n"));
        QVERIFY(!out.contains(u'\x1b'));
        QCOMPARE(out, QStringLiteral("Title\n"
                                     "=====\n"
                                     "\n"
                                     "Some bold, italic and `code`.\n"
                                     "\n"
                                     "- one\n"
                                     "- two\n"
                                     "\n"
                                     "    berth run x\n"));
    }

    void stylesAreAnsi()
    {
        const QString out =
            styled(QStringLiteral("## Step\n\nRun **Run**, then `berth load`.\n\n- a\n"));
        QCOMPARE(out, QStringLiteral("\x1b[1mStep\x1b[0m\n"
                                     "\n"
                                     "Run \x1b[1mRun\x1b[0m, then \x1b[36mberth load\x1b[0m.\n"
                                     "\n"
                                     "• a\n"));
    }

    void headingLevelsAndLinks()
    {
        QCOMPARE(plain(QStringLiteral("## Sub heading ##")),
                 QStringLiteral("Sub heading\n-----------\n"));
        QCOMPARE(plain(QStringLiteral("See [the docs](docs/labs.md) and [x](x).")),
                 QStringLiteral("See the docs (docs/labs.md) and x.\n"));
        QCOMPARE(styled(QStringLiteral("# T")), QStringLiteral("\x1b[1;4mT\x1b[0m\n"));
    }

    void softBreaksJoin()
    {
        // English lines join with a space, Japanese ones without.
        QCOMPARE(plain(QStringLiteral("one\ntwo")), QStringLiteral("one two\n"));
        QCOMPARE(plain(QStringLiteral("サービスを\n作成します")),
                 QStringLiteral("サービスを作成します\n"));
    }

    void wrapsEnglishAtSpacesWithHangingIndent()
    {
        const QString out = plain(QStringLiteral("- alpha beta gamma delta epsilon\n"
                                                 "1. zeta eta theta iota kappa\n"),
                                  16);
        QCOMPARE(out, QStringLiteral("- alpha beta\n"
                                     "  gamma delta\n"
                                     "  epsilon\n"
                                     "1. zeta eta\n"
                                     "   theta iota\n"
                                     "   kappa\n"));
        for (const QString &line : out.split(u'\n'))
            QVERIFY2(TerminalMarkdown::columns(line) <= 16, qPrintable(line));
    }

    void wrapsJapaneseByColumns()
    {
        const QString text =
            QStringLiteral("サービスの必要数を増やすと、新しいタスクが起動します。");
        const QString out = plain(text, 20);
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 3, qPrintable(out));
        for (const QString &line : lines) {
            QVERIFY2(TerminalMarkdown::columns(line) <= 20, qPrintable(line));
            // No line starts with a closing mark (、 。).
            QVERIFY2(!line.startsWith(u'、') && !line.startsWith(u'。'), qPrintable(out));
        }
        QCOMPARE(lines.join(QString()), text);
        // Ten wide characters fill twenty columns exactly.
        QCOMPARE(lines.first(), QStringLiteral("サービスの必要数を増"));
    }

    void stylesDoNotCountTowardTheWidth()
    {
        const QString out = styled(QStringLiteral("**aaaa** `bbbb` cccc dddd"), 14);
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(TerminalMarkdown::columns(lines.at(0)), 14);
        // Each line closes its own styles: a pager shows it alone.
        QVERIFY(lines.at(0).endsWith(QStringLiteral("cccc")));
        QCOMPARE(lines.at(1), QStringLiteral("dddd"));
    }

    void codeBlocksAreNotWrapped()
    {
        const QString out = plain(
            QStringLiteral("```\naws application-autoscaling register-scalable-target\n```"), 20);
        QCOMPARE(out, QStringLiteral("    aws application-autoscaling register-scalable-target\n"));
    }

    void quotesAndRules()
    {
        QCOMPARE(plain(QStringLiteral("> quoted\n> text\n\n---")),
                 QStringLiteral("> quoted text\n\n----------------------------------------\n"));
    }

    void literalMarkersStay()
    {
        // snake_case, a lone star, an unclosed backtick and an escaped star stay as written.
        QCOMPARE(plain(QStringLiteral("ECS_CONTAINER_METADATA_URI_V4 is 2 * 3, `x and \\*y\\*")),
                 QStringLiteral("ECS_CONTAINER_METADATA_URI_V4 is 2 * 3, `x and *y*\n"));
    }
};

QTEST_GUILESS_MAIN(tst_TerminalMarkdown)
#include "tst_terminalmarkdown.moc"
