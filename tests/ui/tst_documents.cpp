// Files: save, close and reopen gives the same project; autosave and recovery after a
// crash; task definitions imported from a file, the clipboard or a drop; recent files.

#include "testsupport.h"

#include "ui/files/exportdialog.h"

#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

using namespace Berth;
using namespace Berth::Gui;
using namespace BerthTest;
using Model::EntityKind;
using Model::EntityRef;

class TestDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void saveCloseReopenIsTheSame();
    void titleShowsTheDirtyMarker();
    void unreadableFileKeepsTheProject();
    void autosaveIsRecoveredAfterACrash();
    void cleanCloseLeavesNothingToRecover();
    void importTaskDefinitionFile();
    void importFromClipboard();
    void dropFilesOnTheWindow();
    void recentFiles();
    void exportDialogWritesFiles();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static const char *kTaskDefinition;
};

const char *TestDocuments::kTaskDefinition = R"({
    "taskDefinition": {
        "family": "worker",
        "revision": 7,
        "status": "ACTIVE",
        "containerDefinitions": [
            {"name": "worker", "image": "berth/demo:1", "memory": 256, "essential": true}
        ]
    }
})";

void TestDocuments::initTestCase()
{
    initApplication();
    QVERIFY(m_dir.isValid());
}

void TestDocuments::init()
{
    QDir(DocumentController::autosaveDirectory()).removeRecursively();
    QSettings().clear();
}

void TestDocuments::saveCloseReopenIsTheSame()
{
    const QString file = path(QStringLiteral("roundtrip.berth"));
    Model::ProjectData saved;
    {
        auto w = sampleWindow();
        // Edit it a little through the window, so that the file is the window's own.
        w->scene()->place(EntityKind::TargetGroup, QPointF(1200, 600));
        w->scene()->link(EntityRef::listenerRule(QStringLiteral("web"), 0, 0),
                         w->scene()->selectedRefs().first());
        QVERIFY(w->documents()->saveTo(file));
        QVERIFY(!w->project()->isModified());
        QCOMPARE(w->project()->fileName(), QFileInfo(file).absoluteFilePath());
        saved = w->project()->data();
        QVERIFY(w->close());
    }
    auto w = std::make_unique<MainWindow>();
    w->documents()->setInteractive(false);
    QVERIFY(w->openFile(file));
    QCOMPARE(w->project()->data(), saved);
    QVERIFY(!w->project()->isModified());
    QCOMPARE(w->editor()->undoStack()->count(), 0);
    // Saved again unchanged, the file is byte for byte the same.
    QFile before(file);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    QVERIFY(w->documents()->saveTo(file));
    QFile after(file);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

void TestDocuments::titleShowsTheDirtyMarker()
{
    auto w = sampleWindow();
    QVERIFY(w->windowTitle().startsWith(QStringLiteral("web-api.berth[*]")));
    QVERIFY(!w->isWindowModified());
    w->scene()->place(EntityKind::Cluster, QPointF(0, 700));
    QVERIFY(w->isWindowModified());
    w->editor()->undoStack()->undo();
    QVERIFY(!w->isWindowModified());
}

void TestDocuments::unreadableFileKeepsTheProject()
{
    auto w = sampleWindow();
    const QString bad = path(QStringLiteral("bad.berth"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"format\": \"berth-project\",\n  \"version\": 1,\n  \"clusters\": [,]\n}\n");
    f.close();
    QVERIFY(!w->openFile(bad));
    QVERIFY(w->documents()->lastError().contains(QLatin1String("line 4")));
    QCOMPARE(w->project()->data(), sampleData());
}

void TestDocuments::autosaveIsRecoveredAfterACrash()
{
    const QString file = path(QStringLiteral("crash.berth"));
    QFile::remove(file);
    QVERIFY(QFile::copy(samplePath(), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    Model::ProjectData unsaved;
    {
        auto w = std::make_unique<MainWindow>();
        w->documents()->setInteractive(false);
        QVERIFY(w->openFile(file));
        w->documents()->setAutosaveInterval(50);
        w->scene()->place(EntityKind::Service, QPointF(560, 220));
        QVERIFY(
            w->editor()
                ->rename(EntityRef::cluster(QStringLiteral("production")), QStringLiteral("prod"))
                .isEmpty());
        unsaved = w->project()->data();
        // The timer writes the autosave shortly after the edits.
        QTRY_VERIFY(QFile::exists(w->documents()->autosaveFile()));
        // A crash: the window goes without closing, and the autosave stays behind.
    }
    auto w = std::make_unique<MainWindow>();
    w->documents()->setInteractive(false);
    const QList<DocumentController::Recovery> pending = w->documents()->pendingRecoveries();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().originalFile, QFileInfo(file).absoluteFilePath());
    QVERIFY(w->documents()->recover(pending.first()));
    QCOMPARE(w->project()->data(), unsaved);
    QCOMPARE(w->project()->fileName(), QFileInfo(file).absoluteFilePath());
    QVERIFY(w->project()->isModified());
    // Undo shows the file as it was saved.
    w->editor()->undoStack()->undo();
    QCOMPARE(w->project()->data(), sampleData());
    QVERIFY(!w->project()->isModified());
    // Recovered once, it is not offered again.
    QVERIFY(w->documents()->pendingRecoveries().isEmpty());
}

void TestDocuments::cleanCloseLeavesNothingToRecover()
{
    {
        auto w = sampleWindow();
        w->scene()->place(EntityKind::Service, QPointF(560, 220));
        QVERIFY(w->documents()->autosaveNow());
        QVERIFY(QFile::exists(w->documents()->autosaveFile()));
        QVERIFY(w->close()); // not interactive: the changes are discarded
        QVERIFY(!QFile::exists(w->documents()->autosaveFile()));
    }
    {
        // Saving removes the autosave too.
        auto w = sampleWindow();
        w->scene()->place(EntityKind::Service, QPointF(560, 220));
        QVERIFY(w->documents()->autosaveNow());
        QVERIFY(w->documents()->saveTo(path(QStringLiteral("clean.berth"))));
        QVERIFY(!QFile::exists(w->documents()->autosaveFile()));
    }
    MainWindow fresh;
    QVERIFY(fresh.documents()->pendingRecoveries().isEmpty());
}

void TestDocuments::importTaskDefinitionFile()
{
    const QString file = path(QStringLiteral("worker.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kTaskDefinition);
    f.close();
    auto w = sampleWindow();
    QVERIFY(w->documents()->importTaskDefinitionFile(file));
    const Model::TaskDefinition *td = w->project()->data().latestRevision(QStringLiteral("worker"));
    QVERIFY(td);
    QCOMPARE(td->revision(), 1); // a new family here, whatever ECS numbered it
    QVERIFY(!td->json().contains(QLatin1String("status")));
    // Placed clear of the others, and selected.
    NodeItem *card = w->scene()->itemFor(EntityRef::taskDefinition(QStringLiteral("worker")));
    QVERIFY(card);
    for (const QString &other : {QStringLiteral("front"), QStringLiteral("api")})
        QVERIFY(!card->sceneBoundingRect().intersects(
            w->scene()->itemFor(EntityRef::taskDefinition(other))->sceneBoundingRect()));
    QCOMPARE(w->scene()->selectedRefs(),
             QList<EntityRef>{EntityRef::taskDefinition(QStringLiteral("worker"))});
    // A second import is the next revision of the family.
    QVERIFY(w->documents()->importTaskDefinitionFile(file));
    QCOMPARE(w->project()->data().latestRevision(QStringLiteral("worker"))->revision(), 2);
    // Broken JSON is refused with its line and column.
    QVERIFY(!w->documents()->importTaskDefinitionText("{\n  \"family\": \"x\",,\n}",
                                                      QStringLiteral("t")));
    QVERIFY2(w->documents()->lastError().contains(QLatin1String("line 2")),
             qPrintable(w->documents()->lastError()));
}

void TestDocuments::importFromClipboard()
{
    auto w = sampleWindow();
    QApplication::clipboard()->setText(QString::fromUtf8(kTaskDefinition));
    QVERIFY(w->documents()->importFromClipboard());
    QVERIFY(w->project()->data().latestRevision(QStringLiteral("worker")));
}

void TestDocuments::dropFilesOnTheWindow()
{
    const QString json = path(QStringLiteral("dropped.json"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kTaskDefinition);
    f.close();
    auto w = std::make_unique<MainWindow>();
    w->documents()->setInteractive(false);
    w->show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(samplePath())});
    const QPoint at(w->width() / 2, w->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(w.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(w.get(), &drop);
    QTRY_COMPARE(w->project()->data(), sampleData());
    mime.setUrls({QUrl::fromLocalFile(json)});
    QDragEnterEvent enterJson(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(w.get(), &enterJson);
    QVERIFY(enterJson.isAccepted());
    QDropEvent dropJson(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(w.get(), &dropJson);
    QTRY_VERIFY2(w->project()->data().latestRevision(QStringLiteral("worker")),
                 qPrintable(w->documents()->lastError()));
    // Other files are not taken.
    mime.setUrls({QUrl::fromLocalFile(path(QStringLiteral("notes.txt")))});
    QDragEnterEvent other(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    other.ignore();
    QApplication::sendEvent(w.get(), &other);
    QVERIFY(!other.isAccepted());
}

void TestDocuments::recentFiles()
{
    auto w = sampleWindow();
    QCOMPARE(w->documents()->recentFiles().first(), QFileInfo(samplePath()).absoluteFilePath());
    const QString other = path(QStringLiteral("recent.berth"));
    QVERIFY(w->documents()->saveTo(other));
    QCOMPARE(w->documents()->recentFiles().first(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(w->documents()->recentFiles().size(), 2);
    QVERIFY(w->openFile(samplePath()));
    QCOMPARE(w->documents()->recentFiles().size(), 2);
    QCOMPARE(w->documents()->recentFiles().first(), QFileInfo(samplePath()).absoluteFilePath());
}

void TestDocuments::exportDialogWritesFiles()
{
    ExportDialog dialog(sampleData());
    QCOMPARE(dialog.files()->count(), 4); // two task definitions, two services
    QVERIFY(dialog.preview().contains(QLatin1String("containerDefinitions")));
    const QString out = path(QStringLiteral("export"));
    dialog.setDirectory(out);
    QVERIFY(dialog.exportNow());
    QVERIFY(QFile::exists(out + QStringLiteral("/task-definitions/api.json")));
    QVERIFY(QFile::exists(out + QStringLiteral("/services/front.json")));
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
