// berth_ja.ts as a release needs it: every message translated and none left over, the .ts as
// current as the sources (lupdate finds nothing new), the same %1 placeholders in each
// translation as in its English, one plural form (Japanese has no plural), the glossary's
// terms used wherever their English is, and ECS's own texts not offered for translation.

#include "tests/skiporfail.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; ///< "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList translations; ///< one per plural form
    QString where() const { return context + QStringLiteral(": \"") + source.left(90) + u'"'; }
};

// Fails naming every problem, one line each (a QVERIFY2 message would be cut short).
void failOn(const QStringList &problems, const QString &what)
{
    for (const QString &p : problems)
        qWarning().noquote() << p;
    if (!problems.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 message(s) %2").arg(problems.size()).arg(what)));
}

QString sourceDir()
{
    return qEnvironmentVariable("BERTH_SOURCE_DIR");
}

QString tsFile()
{
    return sourceDir() + QStringLiteral("/resources/translations/berth_ja.ts");
}

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context,
                        {},
                        {},
                        {},
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                        {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            } else {
                m.translations << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList out;
    for (const auto &m : re.globalMatch(text))
        out << m.captured(1);
    out.sort();
    out.removeDuplicates();
    return out;
}

// The English a glossary term is looked for in: without quoted text, options, commands,
// JSON members (camelCase) and hyphenated names, which stay as they are in Japanese too.
QString prose(QString text)
{
    static const QList<QRegularExpression> code{
        QRegularExpression(QStringLiteral("'[^']*'")),
        QRegularExpression(QStringLiteral("\"[^\"]*\"")),
        QRegularExpression(QStringLiteral("`[^`]*`")),
        QRegularExpression(QStringLiteral("\\bberth \\S+( \\S+)?")),
        QRegularExpression(QStringLiteral("--?[\\w-]+")),
        QRegularExpression(QStringLiteral("\\b\\w*[a-z][A-Z]\\w*\\b")),
        QRegularExpression(QStringLiteral("\\b\\w+(-\\w+)+\\b")),
        QRegularExpression(QStringLiteral("<[^>]*>")),
        QRegularExpression(QStringLiteral("\\b\\w+:[\\w.-]+")),
        QRegularExpression(QStringLiteral("\\b[A-Z_]{2,}(\\b|:)")),
    };
    text.remove(u'&');
    for (const QRegularExpression &re : code)
        text.replace(re, QStringLiteral(" "));
    return text;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(tsFile()), qPrintable(tsFile()));
        m_messages = readTs(tsFile());
        QVERIFY(m_messages.size() > 1000);
        qInfo("%lld messages in %s", qint64(m_messages.size()), qPrintable(tsFile()));
    }

    void complete()
    {
        QStringList problems;
        for (const Message &m : std::as_const(m_messages)) {
            if (m.type == QLatin1String("unfinished"))
                problems << QStringLiteral("unfinished: ") + m.where();
            else if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
                problems << QStringLiteral("obsolete: ") + m.where();
            else if (m.translations.isEmpty() || m.translations.contains(QString()))
                problems << QStringLiteral("empty: ") + m.where();
        }
        failOn(problems, QStringLiteral("to translate (scripts/translations.sh lists them)"));
    }

    // A text added to the sources without `ninja update_translations` is not in the .ts yet.
    void current()
    {
        const QString lupdate = QStringLiteral(BERTH_LUPDATE);
        if (!QFile::exists(lupdate))
            BERTH_SKIP_OR_FAIL("lupdate is not installed (Debian: qt6-l10n-tools)");
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("berth_ja.ts"));
        QVERIFY(QFile::copy(tsFile(), copy));
        QProcess p;
        p.start(lupdate, {QStringLiteral("@" BERTH_LUPDATE_SOURCES), QStringLiteral("-no-obsolete"),
                          QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-ts"), copy});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QList<Message> fresh = readTs(copy);
        QSet<QString> committed;
        for (const Message &m : std::as_const(m_messages))
            committed << m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
        QStringList added;
        QSet<QString> now;
        for (const Message &m : fresh) {
            const QString key = m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
            now << key;
            if (!committed.contains(key))
                added << QStringLiteral("new: ") + m.where();
        }
        QStringList gone;
        for (const Message &m : std::as_const(m_messages)) {
            if (!now.contains(m.context + u'\x1f' + m.source + u'\x1f' + m.comment))
                gone << QStringLiteral("no longer in the sources: ") + m.where();
        }
        failOn(added + gone, QStringLiteral("differ between berth_ja.ts and the sources; run "
                                            "scripts/translations.sh"));
    }

    void placeholdersKept()
    {
        QStringList problems;
        for (const Message &m : std::as_const(m_messages)) {
            QStringList expected = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    continue;
                const QStringList got = placeholders(t);
                // %n may be written out in a plural form ("one file"), never invented.
                QStringList want = expected;
                if (m.numerus && !got.contains(QStringLiteral("n")))
                    want.removeAll(QStringLiteral("n"));
                if (got != want) {
                    problems << QStringLiteral("%1 -> \"%2\": has %3, the English %4")
                                    .arg(m.where(), t.left(60), got.join(u','),
                                         expected.join(u','));
                }
            }
        }
        failOn(problems, QStringLiteral("with other placeholders than their English"));
    }

    void oneFormPerPlural()
    {
        QStringList problems;
        for (const Message &m : std::as_const(m_messages)) {
            if (m.numerus && m.translations.size() != 1)
                problems << QStringLiteral("%1 forms: ").arg(m.translations.size()) + m.where();
        }
        failOn(problems, QStringLiteral("with another number of plural forms than Japanese's one"));
    }

    void glossary()
    {
        QFile file(sourceDir() + QStringLiteral("/resources/translations/glossary-ja.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList problems;
        int terms = 0;
        // Longer terms first: "task definition" is not checked as "task".
        QList<QStringList> rows;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QStringList f = line.split(u'\t');
            if (line.startsWith(u'#') || f.size() < 3)
                continue;
            rows << f;
        }
        QCOMPARE_GT(rows.size(), 20);
        for (const QStringList &f : std::as_const(rows)) {
            if (f.at(2).trimmed() != QLatin1String("yes"))
                continue;
            ++terms;
            const QRegularExpression english(
                QStringLiteral("\\b%1(s|es)?\\b").arg(QRegularExpression::escape(f.at(0))),
                QRegularExpression::CaseInsensitiveOption);
            // A longer term that holds this one and translates otherwise ("application load
            // balancer") is its own entry.
            QList<QRegularExpression> longer;
            for (const QStringList &g : std::as_const(rows)) {
                if (g.at(0).size() > f.at(0).size() &&
                    g.at(0).contains(f.at(0), Qt::CaseInsensitive) && !g.at(1).contains(f.at(1)))
                    longer << QRegularExpression(QRegularExpression::escape(g.at(0)),
                                                 QRegularExpression::CaseInsensitiveOption);
            }
            for (const Message &m : std::as_const(m_messages)) {
                QString text = prose(m.source);
                for (const QRegularExpression &re : std::as_const(longer))
                    text.replace(re, QStringLiteral(" "));
                if (!english.match(text).hasMatch())
                    continue;
                for (const QString &t : m.translations) {
                    if (!t.isEmpty() && !t.contains(f.at(1))) {
                        problems << QStringLiteral("%1 (%2): %3 -> \"%4\"")
                                        .arg(f.at(0), f.at(1), m.where(), t.left(60));
                    }
                }
            }
        }
        QVERIFY(terms >= 15);
        failOn(problems, QStringLiteral("do not use the glossary's term"));
    }

    // Service events, stopped reasons and error names stay as ECS prints them.
    void ecsTextsNotTranslatable()
    {
        static const QRegularExpression ecs(QStringLiteral(
            "^(service %1 (has |\\(|registered|deregistered|was unable|is unable)|Essential "
            "container in task exited|Task failed|Scaling activity initiated|Task stopped by "
            "user|Cannot\\w+Error|OutOfMemoryError|ResourceInitializationError)"));
        QStringList found;
        for (const Message &m : std::as_const(m_messages)) {
            if (ecs.match(m.source).hasMatch())
                found << m.where();
        }
        failOn(found, QStringLiteral("are ECS's own words and must not be translatable"));
    }

private:
    QList<Message> m_messages;
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tests/skiporfail.h"
#include "tst_translations.moc"
