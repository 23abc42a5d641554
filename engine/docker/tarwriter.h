#pragma once

#include <QByteArray>
#include <QString>

namespace Berth::Engine::Docker {

/**
 * Writes a POSIX ustar archive in memory: the build context the daemon's /build endpoint
 * expects. Names longer than ustar allows get a PAX extended header. Owner is root.
 */
class TarWriter
{
public:
    bool addFile(const QString &name, const QByteArray &data, int mode = 0644, qint64 mtime = 0);
    bool addDirectory(const QString &name, int mode = 0755, qint64 mtime = 0);
    bool addSymlink(const QString &name, const QString &target, qint64 mtime = 0);

    /** Ends the archive (two zero blocks) and returns it; the writer is empty afterwards. */
    QByteArray finish();
    QString errorString() const { return m_error; }

    /**
     * Archives everything below \a directory (files, directories, symlinks; sorted, so the
     * archive is reproducible). Returns false and sets \a error when a file cannot be read.
     */
    static bool archiveDirectory(const QString &directory, QByteArray *archive, QString *error);

private:
    bool writeEntry(const QByteArray &name, char type, qint64 size, int mode, qint64 mtime,
                    const QByteArray &linkName);
    void writePaxHeader(const QByteArray &name, const QByteArray &linkName);
    void pad();

    QByteArray m_data;
    QString m_error;
};

} // namespace Berth::Engine::Docker
