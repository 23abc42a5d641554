// "Build and Push Image…": the Design menu and a repository's properties offer it; the dialog
// refuses a folder without a Dockerfile and a tag ECR would refuse before anything runs; for
// real (the Docker daemon, Debian's docker-registry on a loopback port of this test's own, its
// password in the keychain of the D-Bus session scripts/test.sh provides) it builds a folder,
// fills both progress bars, pushes, lists the image with its tag, digest, size and pushed-at,
// and an IMMUTABLE repository refuses a re-push of the tag in ECR's words.
#include "engine/docker/dockerclient.h"
#include "engine/registry/localregistry.h"
#include "model/ecrreference.h"
#include "testsupport.h"
#include "tests/skiporfail.h"
#include "ui/commands/projecteditor.h"
#include "ui/editors/repositoryform.h"
#include "ui/panels/propertypanel.h"
#include "ui/files/buildpushdialog.h"
#include "ui/windowactions.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Berth;
using namespace Berth::Gui;

class TestBuildPushDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repository;
    QString m_address;
    Engine::Docker::DockerClient m_docker;

    Model::ProjectData project(const QString &mutability) const
    {
        Model::ProjectData data = BerthTest::sampleData();
        Model::EcrRepository repository;
        repository.name = m_repository;
        repository.imageTagMutability = mutability;
        data.repositories = {repository};
        return data;
    }
    QString ecrImage(const QString &tag) const
    {
        const Model::ProjectData data = project(QStringLiteral("MUTABLE"));
        return Model::EcrReference::registryHost(data.accountId, data.region) + u'/' +
               m_repository + u':' + tag;
    }

private slots:
    void initTestCase()
    {
        BerthTest::initApplication();
        QVERIFY(m_dir.isValid());
        const int pid = int(QCoreApplication::applicationPid());
        m_repository = QStringLiteral("berth-ui/app-%1").arg(pid);
        // A registry of this test's own: a user's on 127.80.0.1:5000 stays untouched.
        m_address = QStringLiteral("127.80.0.1:%1").arg(20000 + (pid + 7919) % 20000);
        qputenv("BERTH_REGISTRY_ADDRESS", m_address.toUtf8());
        qputenv("BERTH_REGISTRY_DIR", m_dir.filePath(QStringLiteral("registry")).toUtf8());
        QFile dockerfile(m_dir.filePath(QStringLiteral("app/Dockerfile")));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("app"))));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM scratch\nCOPY hello.txt /hello.txt\n");
        dockerfile.close();
        QFile hello(m_dir.filePath(QStringLiteral("app/hello.txt")));
        QVERIFY(hello.open(QIODevice::WriteOnly));
        hello.write(QByteArray::number(pid) + " says hello\n");
    }

    void cleanupTestCase()
    {
        if (m_docker.ping().ok()) {
            m_docker.removeImage(ecrImage(QStringLiteral("v1")), true);
            m_docker.removeImage(m_address + u'/' + m_repository + QStringLiteral(":v1"), true);
        }
        QString error;
        Engine::LocalRegistry().stop(&error);
    }

    void designMenuAndRepositoryOfferIt()
    {
        const auto window = BerthTest::sampleWindow();
        QAction *action = window->actions()->buildPush;
        QVERIFY(action);
        bool inDesignMenu = false;
        for (QAction *menu : window->menuBar()->actions())
            inDesignMenu |= menu->text() == QStringLiteral("&Design") &&
                            menu->menu()->actions().contains(action);
        QVERIFY(inDesignMenu);

        const QString name = m_repository;
        window->editor()->edit(QStringLiteral("add a repository"), [name](Model::ProjectData &d) {
            Model::EcrRepository repository;
            repository.name = name;
            d.repositories << repository;
        });
        window->selectEntity(Model::EntityRef::repository(m_repository));
        EntityForm *form = window->properties()->currentForm();
        QVERIFY(qobject_cast<RepositoryForm *>(form));
        QVERIFY(form->findChild<QPushButton *>(QStringLiteral("buildPush")));
    }

    void refusesWhatCannotBeBuilt()
    {
        BuildPushDialog dialog(project(QStringLiteral("MUTABLE")), m_repository);
        QCOMPARE(dialog.repository()->currentText(), m_repository);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000); // the first listing
        dialog.folder()->setText(m_dir.path()); // no Dockerfile there
        dialog.buildAndPush();
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.status()->text().contains("has no Dockerfile"),
                 qPrintable(dialog.status()->text()));
        dialog.folder()->setText(m_dir.filePath(QStringLiteral("app")));
        dialog.tag()->setText(QStringLiteral("-bad tag"));
        dialog.buildAndPush();
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.status()->text().contains("is not a tag ECR takes"),
                 qPrintable(dialog.status()->text()));
    }

    void buildsPushesAndLists()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            BERTH_SKIP_OR_FAIL("no D-Bus session with a keychain; run inside scripts/test.sh");
        const auto ping = m_docker.ping();
        if (!ping.ok())
            BERTH_SKIP_OR_FAIL(qPrintable("no Docker daemon: " + ping.error().message()));
        if (Engine::LocalRegistry::findExecutable().isEmpty())
            BERTH_SKIP_OR_FAIL("docker-registry is not installed (apt install docker-registry)");

        BuildPushDialog dialog(project(QStringLiteral("IMMUTABLE")), m_repository);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        dialog.folder()->setText(m_dir.filePath(QStringLiteral("app")));
        dialog.tag()->setText(QStringLiteral("v1"));
        QSignalSpy finished(&dialog, &BuildPushDialog::finished);
        dialog.buildAndPush();
        QVERIFY(dialog.isBusy());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.status()->text()));
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY2(dialog.log()->toPlainText().contains("Step 2/2"),
                 qPrintable(dialog.log()->toPlainText()));
        for (QProgressBar *bar : {dialog.buildBar(), dialog.pushBar()}) {
            QVERIFY(bar->maximum() > 0);
            QCOMPARE(bar->value(), bar->maximum());
        }
        QVERIFY(m_docker.imageExists(ecrImage(QStringLiteral("v1"))).value());

        QTableWidget *images = dialog.images();
        QCOMPARE(images->rowCount(), 1);
        QCOMPARE(images->item(0, 0)->text(), QStringLiteral("v1"));
        QVERIFY2(images->item(0, 1)->text().startsWith("sha256:"),
                 qPrintable(images->item(0, 1)->text()));
        QVERIFY(dialog.status()->text().contains(images->item(0, 1)->text()));
        QVERIFY(!images->item(0, 2)->text().isEmpty());
        QVERIFY(!images->item(0, 3)->text().contains("outside"));

        // The tag is IMMUTABLE: a second push of v1 is refused as ECR refuses it.
        finished.clear();
        dialog.buildAndPush();
        QVERIFY(finished.wait(120000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY2(dialog.status()->text().contains("ImageTagAlreadyExistsException"),
                 qPrintable(dialog.status()->text()));
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.images()->rowCount(), 1);

        // A new dialog lists what the registry holds without building anything.
        BuildPushDialog again(project(QStringLiteral("IMMUTABLE")), m_repository);
        QSignalSpy listed(&again, &BuildPushDialog::listed);
        QVERIFY(listed.wait(30000));
        QCOMPARE(again.images()->rowCount(), 1);
        QCOMPARE(again.images()->item(0, 0)->text(), QStringLiteral("v1"));
    }
};

QTEST_MAIN(TestBuildPushDialog)
#include "tst_buildpushdialog.moc"
