// "Deploy to Swarm…": the File menu offers it; the dialog names what Swarm cannot follow in
// the design before anything is deployed, refuses a stack name Docker would refuse, and says
// what went wrong when the manager cannot be reached, ready to try again. The deploy itself
// is tests/export/tst_swarmdeploy's (the same SwarmDeployer).
#include "testsupport.h"
#include "ui/files/swarmdeploydialog.h"
#include "ui/windowactions.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Berth::Gui;

class TestSwarmDeployDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { BerthTest::initApplication(); }

    void fileMenuOffersIt()
    {
        const auto window = BerthTest::sampleWindow();
        QAction *action = window->actions()->deploySwarm;
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Deploy to Swarm…"));
        const QMenu *file = window->menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(action));
    }

    void namesWhatSwarmCannotFollow()
    {
        SwarmDeployDialog dialog(BerthTest::sampleData());
        QCOMPARE(dialog.stack()->text(), QStringLiteral("web-api"));
        const QString warnings = dialog.warnings()->text();
        QVERIFY2(warnings.contains("binpack strategy has no Swarm counterpart"),
                 qPrintable(warnings));
        QVERIFY(warnings.contains("listener rule to &quot;api-tg&quot;"));
        QCOMPARE(warnings.count(QStringLiteral("• ")), 6);
    }

    void refusesABadStackName()
    {
        SwarmDeployDialog dialog(BerthTest::sampleData());
        dialog.stack()->setText(QStringLiteral("My Stack"));
        dialog.deploy();
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.status()->text().contains("my-stack"), qPrintable(dialog.status()->text()));
    }

    void unreachableManager()
    {
        SwarmDeployDialog dialog(BerthTest::sampleData());
        dialog.manager()->setText(QStringLiteral("unix:///nonexistent/docker.sock"));
        QSignalSpy finished(&dialog, &SwarmDeployDialog::finished);
        dialog.deploy();
        QVERIFY(dialog.isBusy());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!dialog.isBusy());
        const QString log = dialog.log()->toPlainText();
        QVERIFY2(log.contains("/nonexistent/docker.sock"), qPrintable(log));
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            QVERIFY(button->isEnabled());
    }

    // Certificates from the keychain are for a tcp:// manager; a socket is refused before the
    // keychain is asked.
    void keychainCertificatesNeedTcp()
    {
        SwarmDeployDialog dialog(BerthTest::sampleData());
        dialog.manager()->setText(QStringLiteral("unix:///nonexistent/docker.sock"));
        dialog.keychainTls()->setChecked(true);
        QSignalSpy finished(&dialog, &SwarmDeployDialog::finished);
        dialog.deploy();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog.status()->text().contains("tcp://"), qPrintable(dialog.status()->text()));
    }
};

QTEST_MAIN(TestSwarmDeployDialog)
#include "tst_swarmdeploydialog.moc"
