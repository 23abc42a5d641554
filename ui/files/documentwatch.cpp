// The DocumentController's watch on the open file: a file changed outside Berth is taken in
// when the window has nothing unsaved, and otherwise the user chooses; nothing is silently
// overwritten.
#include "ui/files/documentcontroller.h"

#include "model/project.h"
#include "ui/commands/projecteditor.h"
#include "ui/files/fileslog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace Berth::Gui {

QByteArray DocumentController::fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void DocumentController::watch(const QString &path)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_knownOnDisk = fingerprint(path);
    m_watcher.addPath(path);
}

bool DocumentController::changedOutside(const QString &path) const
{
    if (QFileInfo(path).absoluteFilePath() != m_editor->project()->fileName()
        || m_knownOnDisk.isEmpty())
        return false;
    const QByteArray now = fingerprint(path);
    return !now.isEmpty() && now != m_knownOnDisk;
}

DocumentController::ExternalChange DocumentController::askAboutExternalChange(const QString &path)
{
    ExternalChange choice = ExternalChange::KeepMine;
    m_asking = true;
    if (m_chooser) {
        choice = m_chooser(path);
    } else if (m_interactive) {
        QMessageBox box(QMessageBox::Warning, tr("Changed outside Berth"),
                        tr("%1 was changed by another program, and this window has changes "
                           "that are not saved.\n\nReload the file and drop the changes made "
                           "here, or keep the changes made here (saving then replaces the "
                           "other program's version)?")
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::NoButton, m_window);
        QPushButton *reload = box.addButton(tr("Reload the File"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("Keep My Changes"), QMessageBox::AcceptRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        choice = box.clickedButton() == reload ? ExternalChange::Reload
                                               : ExternalChange::KeepMine;
    }
    m_asking = false;
    // Either way the file as it is now is the version the user decided about.
    m_knownOnDisk = fingerprint(path);
    qCInfo(lcFiles).noquote() << path << "changed outside Berth;"
                              << (choice == ExternalChange::Reload ? "reloaded" : "kept mine");
    return choice;
}

void DocumentController::fileChangedOnDisk()
{
    const QString path = m_editor->project()->fileName();
    if (path.isEmpty() || m_asking)
        return;
    // Saved by replacing the file (as Berth itself saves): the watch follows the new file.
    if (!m_watcher.files().contains(path) && QFile::exists(path))
        m_watcher.addPath(path);
    if (!changedOutside(path))
        return;
    if (!m_editor->project()->isModified()) {
        if (openFile(path))
            Q_EMIT message(tr("%1 was changed outside Berth and has been reloaded.")
                               .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (askAboutExternalChange(path) == ExternalChange::Reload) {
        openFile(path);
        return;
    }
    Q_EMIT message(tr("%1 was changed outside Berth; your changes are kept, and saving "
                      "replaces the other version.")
                       .arg(QDir::toNativeSeparators(path)));
}

} // namespace Berth::Gui
