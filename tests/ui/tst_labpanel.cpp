// The Lab panel in the window: Help > Labs starts a lab (its design copied and opened), the
// step's Markdown is shown, Check says what it saw, Hint costs points, Catch up applies the
// solutions as one undoable edit, and the progress file is the one `berth lab` reads. With
// BERTH_LAB_SHOTS=DIR it saves pictures of the start page and the panel (BERTH_LAB_LANG=ja
// for Japanese).

#include "testsupport.h"

#include "model/labs/labprogress.h"
#include "ui/labs/labpanel.h"
#include "ui/labs/labsdialog.h"
#include "ui/language.h"

#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace Berth;

class tst_LabPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startPage();
    void walkALab();

private:
    void shot(QWidget *widget, const QString &name);
    QTemporaryDir m_dir;
};

void tst_LabPanel::initTestCase()
{
    BerthTest::initApplication();
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariable("BERTH_LAB_LANG") == QLatin1String("ja")) {
        Gui::Language::install(qApp, QStringLiteral("ja"));
        Gui::Language::applyFont();
    }
}

void tst_LabPanel::shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BERTH_LAB_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void tst_LabPanel::startPage()
{
    Gui::LabsDialog dialog(Gui::LabsDialog::Mode::StartPage);
    dialog.show();
    const auto lists = dialog.findChildren<QListWidget *>();
    QCOMPARE(lists.size(), 2);
    QVERIFY(lists.at(0)->count() >= 1);  // the samples
    QVERIFY(lists.at(1)->count() >= 11); // the labs
    QVERIFY(!Gui::LabsDialog::samples().isEmpty());
    // Every label's mnemonic reaches its field (no "&" left on screen).
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    shot(&dialog, QStringLiteral("start-page"));
}

void tst_LabPanel::walkALab()
{
    auto window = std::make_unique<Gui::MainWindow>();
    window->documents()->setInteractive(false);
    window->resize(1500, 950);
    window->show();
    const QString labFolder =
        QStringLiteral(BERTH_TEST_SOURCE_DIR "/resources/labs/building-blocks");
    QVERIFY(window->startLab(labFolder, m_dir.filePath("class"), QStringLiteral("alice")));
    Gui::LabPanel *panel = window->labPanel();
    QVERIFY(qobject_cast<QDockWidget *>(panel->parentWidget())->isVisible());
    QCOMPARE(window->project()->fileName(), m_dir.filePath("class/building-blocks.berth"));
    QCOMPARE(panel->currentStep(), 0);
    auto *text = panel->findChild<QTextBrowser *>(QStringLiteral("labText"));
    const Model::Lab lab = *Model::LabLoader::load(labFolder).lab;
    const QString count = lab.parameterValues(QStringLiteral("alice")).value("frontCount");
    // The Markdown rendered, with the student's own values.
    QVERIFY2(text->toPlainText().contains(QStringLiteral("of %1 ").arg(count)) ||
                 text->toPlainText().contains(count),
             qPrintable(text->toPlainText()));
    QVERIFY(!text->toPlainText().contains(QLatin1String("{{")));
    QVERIFY(!text->toPlainText().contains(QLatin1String("**"))); // rendered, not shown raw

    QSignalSpy checked(panel, &Gui::LabPanel::checked);
    panel->check();
    QVERIFY(checked.wait(20000));
    QVERIFY(!panel->progress().steps.at(0).passed);
    QVERIFY2(panel->progress().steps.at(0).message.contains(count),
             qPrintable(panel->progress().steps.at(0).message)); // saw nothing, expected N

    panel->showHint();
    QCOMPARE(panel->progress().steps.at(0).hintsUsed, 1);
    shot(window.get(), QStringLiteral("lab-panel"));

    QSignalSpy caught(panel, &Gui::LabPanel::caughtUp);
    panel->catchUp(true);
    QVERIFY(caught.wait(20000));
    QVERIFY(window->editor()->data().service(QStringLiteral("front")));
    panel->check();
    QVERIFY(checked.wait(20000));
    QVERIFY(panel->progress().steps.at(0).passed);
    QCOMPARE(panel->progress().steps.at(0).points, 0); // caught up
    QCOMPARE(panel->currentStep(), 1);                 // on to the next step
    // Catch up is one edit: Undo takes it back.
    window->editor()->undoStack()->undo();
    QVERIFY(!window->editor()->data().service(QStringLiteral("front")));

    // The progress file is the one `berth lab` keeps.
    QString error;
    const auto saved =
        Model::LabProgress::load(m_dir.filePath("class/building-blocks.lab.json"), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->student, QStringLiteral("alice"));
    QCOMPARE(saved->step(QStringLiteral("front-service"))->hintsUsed, 1);
    QVERIFY(saved->step(QStringLiteral("front-service"))->caughtUp);
}

QTEST_MAIN(tst_LabPanel)
#include "tst_labpanel.moc"
