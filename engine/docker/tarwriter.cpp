#include "engine/docker/tarwriter.h"
#include "engine/enginetr.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <unistd.h>

namespace Berth::Engine::Docker {

namespace {

constexpr qsizetype blockSize = 512;
constexpr qint64 maxOctal11 = 077777777777LL;

void putOctal(char *field, int width, qint64 value)
{
    // width - 1 zero-padded octal digits, then NUL.
    for (int i = width - 2; i >= 0; --i) {
        field[i] = char('0' + (value & 7));
        value >>= 3;
    }
    field[width - 1] = '\0';
}

void putString(char *field, int width, const QByteArray &value)
{
    std::memcpy(field, value.constData(), size_t(std::min<qsizetype>(width, value.size())));
}

QByteArray paxRecord(const char *key, const QByteArray &value)
{
    // "LEN key=value\n", where LEN counts its own digits.
    const QByteArray body = ' ' + QByteArray(key) + '=' + value + '\n';
    qsizetype length = body.size() + 1;
    while (QByteArray::number(length).size() + body.size() != length)
        ++length;
    return QByteArray::number(length) + body;
}

} // namespace

void TarWriter::pad()
{
    const qsizetype remainder = m_data.size() % blockSize;
    if (remainder)
        m_data.append(blockSize - remainder, '\0');
}

void TarWriter::writePaxHeader(const QByteArray &name, const QByteArray &linkName)
{
    QByteArray records;
    if (name.size() > 100)
        records += paxRecord("path", name);
    if (linkName.size() > 100)
        records += paxRecord("linkpath", linkName);
    writeEntry("PaxHeaders/" + name.right(80), 'x', records.size(), 0644, 0, {});
    m_data += records;
    pad();
}

bool TarWriter::writeEntry(const QByteArray &name, char type, qint64 size, int mode, qint64 mtime,
                           const QByteArray &linkName)
{
    if (size > maxOctal11) {
        m_error = Tr::tr("%1 is too large for the build context.").arg(QString::fromUtf8(name));
        return false;
    }
    QByteArray shortName = name;
    QByteArray prefix;
    if (name.size() > 100 || linkName.size() > 100) {
        const qsizetype slash = name.lastIndexOf('/', 155);
        if (slash > 0 && name.size() - slash - 1 <= 100 && name.size() - slash - 1 > 0 &&
            linkName.size() <= 100) {
            prefix = name.left(slash);
            shortName = name.mid(slash + 1);
        } else {
            writePaxHeader(name, linkName);
            shortName = name.left(100);
        }
    }

    char header[blockSize];
    std::memset(header, 0, sizeof header);
    putString(header, 100, shortName);
    putOctal(header + 100, 8, mode & 07777);
    putOctal(header + 108, 8, 0);
    putOctal(header + 116, 8, 0);
    putOctal(header + 124, 12, size);
    putOctal(header + 136, 12, std::max<qint64>(0, mtime));
    std::memset(header + 148, ' ', 8);
    header[156] = type;
    putString(header + 157, 100, linkName.left(100));
    std::memcpy(header + 257, "ustar", 6);
    std::memcpy(header + 263, "00", 2);
    putString(header + 265, 32, "root");
    putString(header + 297, 32, "root");
    putString(header + 345, 155, prefix);

    unsigned int checksum = 0;
    for (char c : header)
        checksum += static_cast<unsigned char>(c);
    putOctal(header + 148, 7, checksum);
    header[155] = ' ';
    m_data.append(header, blockSize);
    return true;
}

bool TarWriter::addFile(const QString &name, const QByteArray &data, int mode, qint64 mtime)
{
    if (!writeEntry(name.toUtf8(), '0', data.size(), mode, mtime, {}))
        return false;
    m_data += data;
    pad();
    return true;
}

bool TarWriter::addDirectory(const QString &name, int mode, qint64 mtime)
{
    QByteArray path = name.toUtf8();
    if (!path.endsWith('/'))
        path += '/';
    return writeEntry(path, '5', 0, mode, mtime, {});
}

bool TarWriter::addSymlink(const QString &name, const QString &target, qint64 mtime)
{
    return writeEntry(name.toUtf8(), '2', 0, 0777, mtime, target.toUtf8());
}

QByteArray TarWriter::finish()
{
    m_data.append(2 * blockSize, '\0');
    return std::exchange(m_data, QByteArray());
}

bool TarWriter::archiveDirectory(const QString &directory, QByteArray *archive, QString *error)
{
    const QDir root(directory);
    if (!root.exists()) {
        *error = Tr::tr("The build context %1 does not exist.").arg(directory);
        return false;
    }
    QStringList paths;
    QDirIterator it(directory,
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(root.relativeFilePath(it.next()));
    std::sort(paths.begin(), paths.end());

    TarWriter writer;
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(root.filePath(path));
        const qint64 mtime = info.lastModified().toSecsSinceEpoch();
        const int mode = info.isExecutable() ? 0755 : 0644;
        bool ok = true;
        if (info.isSymLink()) {
            char target[4096];
            const QByteArray native = QFile::encodeName(info.filePath());
            const ssize_t length = ::readlink(native.constData(), target, sizeof target);
            if (length < 0) {
                *error = Tr::tr("Cannot read the link %1.").arg(info.filePath());
                return false;
            }
            ok = writer.addSymlink(path, QFile::decodeName(QByteArray(target, length)), mtime);
        } else if (info.isDir()) {
            ok = writer.addDirectory(path, 0755, mtime);
        } else {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                *error = Tr::tr("Cannot read %1: %2").arg(info.filePath(), file.errorString());
                return false;
            }
            ok = writer.addFile(path, file.readAll(), mode, mtime);
        }
        if (!ok) {
            *error = writer.errorString();
            return false;
        }
    }
    *archive = writer.finish();
    return true;
}

} // namespace Berth::Engine::Docker
