#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QWidget;

namespace Berth::Gui {

class ProjectEditor;

/// The document's life: new, open, save, save as, recent files, imports, and autosave with
/// recovery after a crash. Dialogs are used only when interactive (tests turn them off).
class DocumentController final : public QObject
{
    Q_OBJECT
public:
    /// An autosave a session left behind without closing cleanly.
    struct Recovery
    {
        QString autosaveFile;
        QString originalFile; ///< empty for a project that was never saved
        QDateTime savedAt;
    };

    DocumentController(ProjectEditor *editor, QWidget *window);
    ~DocumentController() override;

    void setInteractive(bool on) { m_interactive = on; }
    bool isInteractive() const { return m_interactive; }

    void newProject();
    bool openFile(const QString &path);
    bool saveTo(const QString &path);
    bool open();
    bool save();
    bool saveAs();
    /// Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();

    /// Imports an ECS task definition (register input or describe output) as a new revision.
    bool importTaskDefinitionFile(const QString &path);
    bool importTaskDefinitionText(const QByteArray &text, const QString &source);
    bool importFromClipboard();
    bool importDialog();

    QStringList recentFiles() const;
    void clearRecentFiles();

    void setAutosaveInterval(int milliseconds);
    QString autosaveFile() const;
    /// Writes the unsaved design to the autosave file now (removes it when all is saved).
    bool autosaveNow();
    /// Removes this session's autosave: the design is saved, or the window closed cleanly.
    void discardAutosave();
    static QString autosaveDirectory();
    QList<Recovery> pendingRecoveries() const;
    /// Puts a recovered design in place, on top of its saved file, as one undoable step.
    bool recover(const Recovery &recovery);
    /// Asks whether to recover what a crashed session left (interactive only).
    void offerRecovery();

    QString lastError() const { return m_lastError; }

    /// What to do when the open file was changed outside Berth while the window has unsaved
    /// changes: take the file's version (the changes here are dropped), or keep the window's
    /// (the next save replaces the file's version).
    enum class ExternalChange { Reload, KeepMine };
    /// Who decides: by default a dialog (interactive) or KeepMine; tests set their own.
    void setExternalChangeChooser(std::function<ExternalChange(const QString &file)> chooser)
    {
        m_chooser = std::move(chooser);
    }

Q_SIGNALS:
    void recentFilesChanged();
    void message(const QString &text);
    void opened(const QString &path);
    void imported(const QString &family);

private:
    void fail(const QString &title, const QString &text);
    void addRecent(const QString &path);
    static void removeRecovery(const Recovery &recovery);
    /// Follows the open file on disk; \a path as it is now is the known version.
    void watch(const QString &path);
    void fileChangedOnDisk();
    /// The file changed since it was opened or saved here, and the user was not asked yet.
    bool changedOutside(const QString &path) const;
    ExternalChange askAboutExternalChange(const QString &path);
    static QByteArray fingerprint(const QString &path);

    ProjectEditor *m_editor;
    QWidget *m_window;
    bool m_interactive = true;
    QTimer m_autosaveTimer;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_lock;
    QString m_lastError;
    QFileSystemWatcher m_watcher;
    QTimer m_changedOnDisk; ///< a change seen, looked at once the writer is done
    QByteArray m_knownOnDisk; ///< fingerprint of the file as opened, saved or last agreed
    bool m_asking = false;
    std::function<ExternalChange(const QString &file)> m_chooser;
};

} // namespace Berth::Gui
