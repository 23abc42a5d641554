// The project file under faults, in the window: the disk full while saving (a file size limit,
// RLIMIT_FSIZE, stands in for a full disk: writes past it fail with EFBIG as on a full disk),
// and the file changed by another program while the window has unsaved changes. A clear
// message, the previous file intact, the autosave recoverable, and nothing overwritten unless
// the user chose so.
#include "model/projectfile.h"
#include "tests/ui/testsupport.h"
#include "ui/files/documentcontroller.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Berth;
using namespace Berth::Gui;
using namespace BerthTest;
using Model::EntityRef;
using ExternalChange = DocumentController::ExternalChange;

namespace {

/// Files can grow to \a bytes at most while it lives (writes past it fail with EFBIG).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

QByteArray contentsOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_FaultFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> openCopy(const QString &name)
    {
        const QString file = m_dir.filePath(name);
        QFile::remove(file);
        if (!QFile::copy(samplePath(), file))
            return {};
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        auto w = std::make_unique<MainWindow>();
        w->documents()->setInteractive(false);
        if (!w->openFile(file))
            return {};
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        initApplication();
        QVERIFY(m_dir.isValid());
    }
    void init() { QDir(DocumentController::autosaveDirectory()).removeRecursively(); }

    void diskFullWhileSaving()
    {
        auto w = openCopy(QStringLiteral("full.berth"));
        QVERIFY(w);
        const QString file = w->project()->fileName();
        const QByteArray before = contentsOf(file);
        QVERIFY(w->editor()->rename(EntityRef::cluster("production"), "prod").isEmpty());
        QVERIFY(w->documents()->autosaveNow());
        const Model::ProjectData autosaved = w->project()->data();
        QVERIFY(w->editor()->rename(EntityRef::cluster("prod"), "prod2").isEmpty());
        QSignalSpy messages(w->documents(), &DocumentController::message);
        {
            // Room for a few hundred bytes: the project (several KB) does not fit.
            FileSizeLimit full(512);
            QVERIFY(!w->documents()->save());
            // The autosave fails too, and keeps the one before.
            QVERIFY(!w->documents()->autosaveNow());
        }
        // Said clearly, with the file's name and what to do.
        const QString error = w->documents()->lastError();
        QVERIFY2(error.contains(QFileInfo(file).fileName()) && error.contains("Save As"),
                 qPrintable(error));
        QVERIFY(!messages.isEmpty());
        // The previous file intact, no temporary file left beside it.
        QCOMPARE(contentsOf(file), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("full.berth")});
        // The window keeps the changes; a crash now leaves the earlier autosave to recover.
        QVERIFY(w->project()->isModified());
        const QString autosave = w->documents()->autosaveFile();
        const auto recovered = Model::ProjectFile::load(autosave);
        QVERIFY(recovered.ok());
        QCOMPARE(*recovered.data, autosaved);
        // With room again, the save goes through.
        QVERIFY(w->documents()->save());
        QCOMPARE(Model::ProjectFile::load(file).data->clusters.first().name, QStringLiteral("prod2"));
    }

    void changedOutsideWithUnsavedChanges_data()
    {
        QTest::addColumn<bool>("reload");
        QTest::newRow("keep mine") << false;
        QTest::newRow("reload") << true;
    }
    void changedOutsideWithUnsavedChanges()
    {
        QFETCH(bool, reload);
        auto w = openCopy(QStringLiteral("shared.berth"));
        QVERIFY(w);
        const QString file = w->project()->fileName();
        QStringList asked;
        w->documents()->setExternalChangeChooser([&](const QString &path) {
            asked << path;
            return reload ? ExternalChange::Reload : ExternalChange::KeepMine;
        });
        QVERIFY(w->editor()->rename(EntityRef::cluster("production"), "mine").isEmpty());
        const Model::ProjectData mine = w->project()->data();

        // Another program (here: `berth service` does this) writes the file.
        Model::ProjectData theirs = *Model::ProjectFile::load(file).data;
        theirs.services.first().desiredCount = 7;
        QVERIFY(Model::ProjectFile::save(theirs, file));
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 5000);
        QCOMPARE(asked.first(), file);
        if (reload) {
            // Their version, nothing of mine left unsaved.
            QCOMPARE(w->project()->data().services.first().desiredCount, 7);
            QCOMPARE(w->project()->data().clusters.first().name, QStringLiteral("production"));
            QVERIFY(!w->project()->isModified());
            return;
        }
        // Mine kept, theirs still on disk until the user saves.
        QCOMPARE(w->project()->data(), mine);
        QVERIFY(w->project()->isModified());
        QCOMPARE(Model::ProjectFile::load(file).data->services.first().desiredCount, 7);
        // Saving now is what the user chose: no second question, mine on disk.
        QVERIFY(w->documents()->save());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(*Model::ProjectFile::load(file).data, mine);
        // A later change outside, not seen by the watch before the save: asked at save time.
        theirs.services.first().desiredCount = 9;
        QVERIFY(w->editor()->rename(EntityRef::cluster("mine"), "mine2").isEmpty());
        QVERIFY(Model::ProjectFile::save(theirs, file));
        QVERIFY(w->documents()->save());
        QCOMPARE(asked.size(), 2);
    }

    void unchangedWindowTakesTheFileIn()
    {
        auto w = openCopy(QStringLiteral("clean.berth"));
        QVERIFY(w);
        const QString file = w->project()->fileName();
        bool asked = false;
        w->documents()->setExternalChangeChooser([&](const QString &) {
            asked = true;
            return ExternalChange::KeepMine;
        });
        Model::ProjectData theirs = w->project()->data();
        theirs.services.first().desiredCount = 5;
        QVERIFY(Model::ProjectFile::save(theirs, file));
        QTRY_COMPARE_WITH_TIMEOUT(w->project()->data().services.first().desiredCount, 5, 5000);
        QVERIFY(!asked);
        QVERIFY(!w->project()->isModified());
    }
};

QTEST_MAIN(tst_FaultFiles)
#include "tst_faultfiles.moc"
