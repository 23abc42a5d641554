// English counts read as English: the source texts carry plural markers ("%n task(s)") for
// the Japanese translation's numerus forms, and English's own translator turns them into
// "1 task" and "3 tasks", in the window and in the labs a newcomer sees first.
#include "ui/labs/labsdialog.h"
#include "ui/language.h"

#include <QApplication>
#include <QListWidget>
#include <QTest>

using namespace Berth::Gui;

class tst_Language : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Language::install(qApp, QStringLiteral("en"))); }

    void englishPlural_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << "%n task(s)" << 1 << "%n task";
        QTest::newRow("three") << "%n task(s)" << 3 << "%n tasks";
        QTest::newRow("zero") << "%n task(s)" << 0 << "%n tasks";
        QTest::newRow("ies one") << "%n more scaling policy(ies)" << 1 << "%n more scaling policy";
        QTest::newRow("ies two") << "%n more scaling policy(ies)" << 2
                                 << "%n more scaling policies";
        QTest::newRow("two markers") << "%n instance(s) · %1 service(s)" << 2
                                     << "%n instances · %1 services";
        QTest::newRow("text around") << "Caught up: %n step(s) completed for you." << 1
                                     << "Caught up: %n step completed for you.";
        QTest::newRow("no marker") << "and %n more" << 2 << "";
        QTest::newRow("brackets that are not a marker") << "%n of %1 (cluster %2)" << 2 << "";
    }
    void englishPlural()
    {
        QFETCH(QString, text);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(Language::englishPlural(text, n), expected);
    }

    void countedTextsReadAsEnglish()
    {
        QCOMPARE(QCoreApplication::translate("Ctx", "%n task(s)", nullptr, 1),
                 QStringLiteral("1 task"));
        QCOMPARE(QCoreApplication::translate("Ctx", "%n task(s)", nullptr, 4),
                 QStringLiteral("4 tasks"));
        // Texts without a count are the source, brackets and all.
        QCOMPARE(QCoreApplication::translate("Ctx", "Save (s)"), QStringLiteral("Save (s)"));
        QCOMPARE(QCoreApplication::translate("Ctx", "and %n more", nullptr, 1),
                 QStringLiteral("and 1 more"));
    }

    void labsOnTheStartPageCountTheirSteps()
    {
        LabsDialog dialog(LabsDialog::Mode::StartPage);
        const QList<QListWidget *> labs = dialog.findChildren<QListWidget *>();
        int items = 0;
        for (const QListWidget *list : labs) {
            for (int i = 0; i < list->count(); ++i) {
                const QString text = list->item(i)->text();
                QVERIFY2(!text.contains(QLatin1String("(s)")), qPrintable(text));
                items += text.contains(QLatin1String(" steps)")) ||
                         text.contains(QLatin1String(" step)"));
            }
        }
        QVERIFY2(items >= 12, qPrintable(QString::number(items)));
    }
};

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
