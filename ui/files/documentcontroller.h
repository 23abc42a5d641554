#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>

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

Q_SIGNALS:
    void recentFilesChanged();
    void message(const QString &text);
    void opened(const QString &path);
    void imported(const QString &family);

private:
    void fail(const QString &title, const QString &text);
    void addRecent(const QString &path);
    static void removeRecovery(const Recovery &recovery);

    ProjectEditor *m_editor;
    QWidget *m_window;
    bool m_interactive = true;
    QTimer m_autosaveTimer;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_lock;
    QString m_lastError;
};

} // namespace Berth::Gui
