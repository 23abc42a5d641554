// The project file under faults, in the window: the disk full while saving (a file size limit,
// RLIMIT_FSIZE, stands in for a full disk: writes past it fail with EFBIG as on a full disk),
// the file or its folder read-only, the file changed by another program while the window has
// unsaved changes, and a corrupt file opened in the window and by `berth run --headless`. A
// clear message (file, line and column for a corrupt file), the previous file intact, the
// autosave recoverable, and nothing overwritten unless the user chose so.
//
// Root writes whatever the permissions say, so the read-only cases save as the user "nobody"
// (setresuid, keeping root as the saved user id to come back to): the write then fails with
// EACCES exactly as it does for a user whose file is read-only. That needs CAP_SETUID only,
// which a root container has by default; a read-only bind mount would need CAP_SYS_ADMIN.
#include "model/projectfile.h"
#include "tests/skiporfail.h"
#include "tests/ui/testsupport.h"
#include "ui/files/documentcontroller.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <vector>

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

/// While it lives the process is the user "nobody" to the file system (all threads), without
/// root's supplementary groups, which would give it the group's permissions on root's files.
class AsNobody
{
public:
    static constexpr uid_t kNobody = 65534;
    AsNobody()
    {
        m_groups.resize(::getgroups(0, nullptr));
        m_groups.resize(std::max(0, ::getgroups(int(m_groups.size()), m_groups.data())));
        m_ok = ::setgroups(0, nullptr) == 0 && ::setresgid(kNobody, kNobody, 0) == 0 &&
               ::setresuid(kNobody, kNobody, 0) == 0;
    }
    ~AsNobody()
    {
        if (::setresuid(0, 0, 0) != 0 || ::setresgid(0, 0, 0) != 0 ||
            ::setgroups(m_groups.size(), m_groups.data()) != 0)
            qFatal("could not become root again");
    }
    bool ok() const { return m_ok; }

private:
    std::vector<gid_t> m_groups;
    bool m_ok = false;
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

    void readOnlyWhileSaving_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("read-only file") << false;
        QTest::newRow("read-only folder") << true;
    }
    void readOnlyWhileSaving()
    {
        QFETCH(bool, folder);
        if (::geteuid() != 0)
            BERTH_SKIP_OR_FAIL("the read-only cases switch to the user nobody, which needs root");
        // A folder "nobody" may enter; writable by nobody unless the case makes it read-only.
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadOther | QFile::ExeOther);
        const QString sub =
            m_dir.filePath(folder ? QStringLiteral("ro-folder") : QStringLiteral("ro-file"));
        QDir(sub).removeRecursively();
        QVERIFY(QDir().mkpath(sub));
        const QString file = sub + QStringLiteral("/project.berth");
        QVERIFY(QFile::copy(samplePath(), file));
        auto w = std::make_unique<MainWindow>();
        w->documents()->setInteractive(false);
        QVERIFY(w->openFile(file));
        // The file nobody's own and writable in a folder that is not; or the other way round.
        const QString owned = folder ? file : sub;
        const QString readOnly = folder ? sub : file;
        QCOMPARE(
            ::chown(QFile::encodeName(owned).constData(), AsNobody::kNobody, AsNobody::kNobody), 0);
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadOther | QFile::ExeOwner |
                                            QFile::ExeOther);
        const QByteArray before = contentsOf(file);
        const QStringList entries = QDir(sub).entryList(QDir::Files | QDir::Hidden);

        QVERIFY(w->editor()->rename(EntityRef::cluster("production"), "prod").isEmpty());
        QVERIFY(w->documents()->autosaveNow());
        const Model::ProjectData mine = w->project()->data();
        QSignalSpy messages(w->documents(), &DocumentController::message);
        bool saved = true;
        {
            AsNobody nobody;
            QVERIFY(nobody.ok());
            saved = w->documents()->save();
        }
        QVERIFY(!saved);
        // Said clearly, with the file's name and what to do.
        const QString error = w->documents()->lastError();
        qInfo("%s", qPrintable(error));
        QVERIFY2(error.contains(file) && error.contains("Save As"), qPrintable(error));
        QVERIFY2(error.contains("read-only") && error.contains("its folder") == folder,
                 qPrintable(error));
        QVERIFY(!messages.isEmpty());
        // The previous file intact, nothing left beside it; the changes still in the window
        // and in the autosave.
        QCOMPARE(contentsOf(file), before);
        QCOMPARE(QDir(sub).entryList(QDir::Files | QDir::Hidden), entries);
        QVERIFY(w->project()->isModified());
        const auto recovered = Model::ProjectFile::load(w->documents()->autosaveFile());
        QVERIFY(recovered.ok());
        QCOMPARE(*recovered.data, mine);
        // Save As to a folder that takes it.
        const QString elsewhere = m_dir.filePath(QStringLiteral("saved-as.berth"));
        QVERIFY(w->documents()->saveTo(elsewhere));
        QCOMPARE(*Model::ProjectFile::load(elsewhere).data, mine);
        QVERIFY(!w->project()->isModified());
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void corruptProjectFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where"); ///< line:column, as the command line prints it
        QTest::addColumn<QString>("what");
        QFile sample(samplePath());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray good = sample.readAll();
        QTest::newRow("truncated JSON") << good.left(300) << "14:4"
                                        << "expected ','";
        QByteArray types = good;
        types.replace("\"name\": \"production\"", "\"name\": 5");
        QVERIFY(types != good);
        const qsizetype at = good.indexOf("\"name\": \"production\"");
        const int line = int(good.left(at).count('\n')) + 1;
        QTest::newRow("wrong types") << types << QString::number(line) + ":"
                                     << "$.clusters[0].name: expected a string";
        // Seeded noise that starts like a project: a file damaged after its first bytes.
        QRandomGenerator random(22);
        QByteArray noise = good.left(40);
        while (noise.size() < 4000)
            noise.append(char(random.bounded(256)));
        const QString noiseLine = QString::number(good.left(40).count('\n') + 1);
        QTest::newRow("binary noise") << noise << noiseLine + ":"
                                      << "not valid UTF-8";
        QTest::newRow("not UTF-8")
            << QByteArray("{\"format\": \"berth-project\", \"name\": \"\xff\xfe\"}") << "1:38"
            << "not valid UTF-8";
    }
    void corruptProjectFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        QFETCH(QString, what);
        auto w = openCopy(QStringLiteral("good.berth"));
        QVERIFY(w);
        const Model::ProjectData open = w->project()->data();
        const QString bad = m_dir.filePath(QStringLiteral("corrupt.berth"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        }
        // The command line: file:line:column, exit code 2, the file as it was.
        QProcess run;
        run.start(QStringLiteral(BERTH_BINARY),
                  {"run", bad, "--headless", "--no-api", "--duration", "1"});
        QVERIFY(run.waitForFinished(30000));
        const QString err = QString::fromUtf8(run.readAllStandardError());
        qInfo("berth run: %s", qPrintable(err.trimmed()));
        QCOMPARE(run.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(err.startsWith(bad + u':' + where), qPrintable(err));
        QVERIFY2(err.contains(what), qPrintable(err));
        QCOMPARE(contentsOf(bad), bytes);

        // The window: refused with the same place, the open project kept as it was.
        QVERIFY(!w->openFile(bad));
        const QString error = w->documents()->lastError();
        qInfo("window: %s", qPrintable(error.simplified()));
        const QStringList lineColumn = err.mid(bad.size() + 1).split(u':');
        QVERIFY2(error.contains(bad + QStringLiteral(", line %1, column %2")
                                          .arg(lineColumn.value(0), lineColumn.value(1))),
                 qPrintable(error));
        QVERIFY2(error.contains(what), qPrintable(error));
        QCOMPARE(w->project()->data(), open);
        QVERIFY(!w->project()->isModified());
        QCOMPARE(contentsOf(bad), bytes);
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
