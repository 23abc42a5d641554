#include "ui/files/documentcontroller.h"

#include "model/ecsjson.h"
#include "model/project.h"
#include "model/projectfile.h"
#include "ui/canvas/autolayout.h"
#include "ui/commands/projecteditor.h"
#include "ui/files/fileslog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>

namespace Berth::Gui {

namespace {

constexpr int kMaxRecent = 10;
constexpr int kDefaultAutosaveMs = 30 * 1000;
const QLatin1String kRecentKey("recentFiles");

QString metaFileOf(const QString &autosave)
{
    return autosave.chopped(int(qstrlen(".berth"))) + QStringLiteral(".meta.json");
}

QString lockFileOf(const QString &autosave)
{
    return autosave.chopped(int(qstrlen(".berth"))) + QStringLiteral(".lock");
}

} // namespace

DocumentController::DocumentController(ProjectEditor *editor, QWidget *window)
    : QObject(window), m_editor(editor), m_window(window),
      m_sessionId(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    QDir().mkpath(autosaveDirectory());
    m_lock = std::make_unique<QLockFile>(lockFileOf(autosaveFile()));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(
        QSettings().value(QStringLiteral("autosave/intervalMs"), kDefaultAutosaveMs).toInt());
    connect(&m_autosaveTimer, &QTimer::timeout, this, &DocumentController::autosaveNow);
    // An editor or a script writes a file in several steps: look once they are done.
    m_changedOnDisk.setSingleShot(true);
    m_changedOnDisk.setInterval(150);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_changedOnDisk,
            qOverload<>(&QTimer::start));
    connect(&m_changedOnDisk, &QTimer::timeout, this, &DocumentController::fileChangedOnDisk);
    connect(editor->project(), &Model::Project::changed, this, [this] {
        if (!m_autosaveTimer.isActive())
            m_autosaveTimer.start();
    });
    connect(editor->project(), &Model::Project::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discardAutosave();
    });
}

DocumentController::~DocumentController() = default;

void DocumentController::fail(const QString &title, const QString &text)
{
    qCWarning(lcFiles).noquote() << title << ":" << text.simplified();
    m_lastError = text;
    Q_EMIT message(text.section(u'\n', 0, 0));
    if (m_interactive)
        QMessageBox::warning(m_window, title, text);
}

void DocumentController::newProject()
{
    Model::ProjectData data;
    data.name = tr("untitled");
    m_editor->resetDocument(data, {});
}

bool DocumentController::openFile(const QString &path)
{
    const Model::ProjectFile::LoadResult loaded = Model::ProjectFile::load(path);
    if (!loaded.ok()) {
        QString where = QDir::toNativeSeparators(path);
        if (loaded.position.isValid())
            where +=
                tr(", line %1, column %2").arg(loaded.position.line).arg(loaded.position.column);
        fail(tr("Cannot open the project"),
             tr("%1\n\n%2\n\nThe file was not changed.").arg(where, loaded.error));
        return false;
    }
    Model::ProjectData data = *loaded.data;
    if (AutoLayout::needsLayout(data))
        AutoLayout::arrange(data);
    m_editor->resetDocument(data, QFileInfo(path).absoluteFilePath());
    watch(QFileInfo(path).absoluteFilePath());
    addRecent(QFileInfo(path).absoluteFilePath());
    if (loaded.migrated)
        Q_EMIT message(tr("%1 was written by an older Berth; it will be saved in the current "
                          "format.")
                           .arg(QFileInfo(path).fileName()));
    else
        Q_EMIT message(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    qCInfo(lcFiles).noquote() << "opened" << path << (loaded.migrated ? "(migrated)" : "");
    Q_EMIT opened(path);
    return true;
}

bool DocumentController::saveTo(const QString &path)
{
    // Nothing written elsewhere is replaced without the user's word.
    if (changedOutside(path) && askAboutExternalChange(path) == ExternalChange::Reload)
        return openFile(path);
    QString error;
    if (!Model::ProjectFile::save(m_editor->data(), path, &error)) {
        fail(tr("Cannot save the project"),
             tr("%1\n\nYour changes are still open here; try Save As.").arg(error));
        return false;
    }
    m_editor->project()->setFileName(QFileInfo(path).absoluteFilePath());
    watch(QFileInfo(path).absoluteFilePath());
    m_editor->markSaved();
    addRecent(QFileInfo(path).absoluteFilePath());
    discardAutosave();
    qCInfo(lcFiles).noquote() << "saved" << path;
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::open()
{
    if (!maybeSave())
        return false;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open a project"), QFileInfo(m_editor->project()->fileName()).path(),
        tr("Berth projects (*.berth);;All files (*)"));
    return !path.isEmpty() && openFile(path);
}

bool DocumentController::save()
{
    if (m_editor->project()->fileName().isEmpty())
        return saveAs();
    return saveTo(m_editor->project()->fileName());
}

bool DocumentController::saveAs()
{
    QString suggested = m_editor->project()->fileName();
    if (suggested.isEmpty())
        suggested = QDir::home().filePath(
            (m_editor->data().name.isEmpty() ? tr("untitled") : m_editor->data().name) +
            QStringLiteral(".berth"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save the project"), suggested,
                                                tr("Berth projects (*.berth)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".berth")))
        path += QStringLiteral(".berth");
    return saveTo(path);
}

bool DocumentController::maybeSave()
{
    if (!m_editor->project()->isModified() || !m_interactive)
        return true;
    const QString name = m_editor->project()->fileName().isEmpty()
                             ? tr("Untitled")
                             : QFileInfo(m_editor->project()->fileName()).fileName();
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool DocumentController::importTaskDefinitionFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot import"),
             tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return importTaskDefinitionText(file.readAll(), QFileInfo(path).fileName());
}

bool DocumentController::importTaskDefinitionText(const QByteArray &text, const QString &source)
{
    const Model::EcsJson::ImportResult result = Model::EcsJson::parseTaskDefinition(text);
    if (!result.error.isEmpty()) {
        const QString where = result.position.isValid() ? tr("%1, line %2, column %3")
                                                              .arg(source)
                                                              .arg(result.position.line)
                                                              .arg(result.position.column)
                                                        : source;
        fail(tr("Cannot import the task definition"), tr("%1: %2").arg(where, result.error));
        return false;
    }
    if (!result.issues.isEmpty()) {
        QStringList lines;
        for (const Model::JsonIssue &issue : result.issues)
            lines << tr("%1: %2").arg(issue.path, issue.message);
        fail(tr("Cannot import the task definition"),
             tr("%1 is not a task definition ECS would register:\n\n%2")
                 .arg(source, lines.join(u'\n')));
        return false;
    }
    const QString family = result.definition.value(QStringLiteral("family")).toString();
    QString key;
    m_editor->edit(tr("Import task definition %1").arg(family), [&](Model::ProjectData &d) {
        const bool newFamily = !d.latestRevision(family);
        key = d.registerTaskDefinition(result.definition);
        if (newFamily)
            AutoLayout::placeTaskDefinition(d, family);
    });
    qCInfo(lcFiles).noquote() << "imported" << key << "from" << source;
    Q_EMIT message(tr("Imported %1 from %2").arg(key, source));
    Q_EMIT imported(family);
    return true;
}

bool DocumentController::importFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        fail(tr("Nothing to import"), tr("The clipboard holds no text."));
        return false;
    }
    return importTaskDefinitionText(text.toUtf8(), tr("the clipboard"));
}

bool DocumentController::importDialog()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_window, tr("Import task definitions"), {},
                                      tr("ECS task definitions (*.json);;All files (*)"));
    bool any = false;
    for (const QString &path : paths)
        any |= importTaskDefinitionFile(path);
    return any;
}

QStringList DocumentController::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void DocumentController::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    Q_EMIT recentFilesChanged();
}

void DocumentController::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    Q_EMIT recentFilesChanged();
}

QString DocumentController::autosaveDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/autosave");
}

QString DocumentController::autosaveFile() const
{
    return autosaveDirectory() + u'/' + m_sessionId + QStringLiteral(".berth");
}

void DocumentController::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer.setInterval(milliseconds);
}

bool DocumentController::autosaveNow()
{
    m_autosaveTimer.stop();
    if (!m_editor->project()->isModified()) {
        discardAutosave();
        return false;
    }
    QString error;
    if (!Model::ProjectFile::save(m_editor->data(), autosaveFile(), &error)) {
        qCWarning(lcFiles).noquote() << "autosave to" << autosaveFile() << "failed:" << error;
        Q_EMIT message(tr("Autosave failed: %1").arg(error));
        return false;
    }
    QSaveFile meta(metaFileOf(autosaveFile()));
    if (meta.open(QIODevice::WriteOnly)) {
        const QJsonObject o{
            {QStringLiteral("original"), m_editor->project()->fileName()},
            {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        meta.write(QJsonDocument(o).toJson());
        if (!meta.commit())
            qCWarning(lcFiles).noquote() << "cannot write" << meta.fileName() << ":"
                                         << meta.errorString();
    } else {
        qCWarning(lcFiles).noquote() << "cannot write" << meta.fileName() << ":"
                                     << meta.errorString();
    }
    qCDebug(lcFiles).noquote() << "autosaved to" << autosaveFile();
    return true;
}

void DocumentController::discardAutosave()
{
    QFile::remove(autosaveFile());
    QFile::remove(metaFileOf(autosaveFile()));
}

QList<DocumentController::Recovery> DocumentController::pendingRecoveries() const
{
    QList<Recovery> out;
    const QDir dir(autosaveDirectory());
    for (const QFileInfo &info :
         dir.entryInfoList({QStringLiteral("*.berth")}, QDir::Files, QDir::Time)) {
        if (info.absoluteFilePath() == QFileInfo(autosaveFile()).absoluteFilePath())
            continue;
        // A session that is still running holds its lock: its autosave is not ours to take.
        QLockFile lock(lockFileOf(info.absoluteFilePath()));
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        Recovery r;
        r.autosaveFile = info.absoluteFilePath();
        QFile meta(metaFileOf(r.autosaveFile));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            r.originalFile = o.value(QStringLiteral("original")).toString();
            r.savedAt =
                QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        }
        if (!r.savedAt.isValid())
            r.savedAt = info.lastModified();
        out << r;
    }
    return out;
}

void DocumentController::removeRecovery(const Recovery &r)
{
    qCDebug(lcFiles).noquote() << "removing the autosave" << r.autosaveFile;
    QFile::remove(r.autosaveFile);
    QFile::remove(metaFileOf(r.autosaveFile));
    QFile::remove(lockFileOf(r.autosaveFile));
}

bool DocumentController::recover(const Recovery &r)
{
    const Model::ProjectFile::LoadResult recovered = Model::ProjectFile::load(r.autosaveFile);
    if (!recovered.ok()) {
        fail(tr("Cannot recover"),
             tr("The autosaved design cannot be read: %1").arg(recovered.error));
        removeRecovery(r);
        return false;
    }
    // The saved file first, then the lost changes on top: Undo shows what was saved.
    if (r.originalFile.isEmpty() || !QFileInfo::exists(r.originalFile) ||
        !openFile(r.originalFile)) {
        m_editor->resetDocument(Model::ProjectData{}, {});
        m_editor->project()->setFileName(r.originalFile);
    }
    m_editor->replace(tr("Recover unsaved changes"), *recovered.data);
    removeRecovery(r);
    autosaveNow();
    qCInfo(lcFiles).noquote() << "recovered" << r.autosaveFile << "autosaved at"
                              << r.savedAt.toString(Qt::ISODate) << "onto"
                              << (r.originalFile.isEmpty() ? QStringLiteral("a new project")
                                                           : r.originalFile);
    Q_EMIT message(tr("Recovered the changes autosaved at %1.")
                       .arg(QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

void DocumentController::offerRecovery()
{
    const QList<Recovery> recoveries = pendingRecoveries();
    if (recoveries.isEmpty() || !m_interactive)
        return;
    const Recovery &r = recoveries.first();
    const QString name =
        r.originalFile.isEmpty() ? tr("an untitled project") : QFileInfo(r.originalFile).fileName();
    QMessageBox box(
        QMessageBox::Question, tr("Recover unsaved changes?"),
        tr("Berth did not close properly. Changes to %1 were autosaved at %2.")
            .arg(name, QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("Recover them? Discarding deletes the autosaved copy."));
    QPushButton *recoverButton = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recoverButton);
    box.exec();
    if (box.clickedButton() == recoverButton)
        recover(r);
    else if (box.buttonRole(box.clickedButton()) == QMessageBox::DestructiveRole)
        removeRecovery(r);
}

} // namespace Berth::Gui
