#include "engine/docker/tarwriter.h"
#include "tests/skiporfail.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth::Engine::Docker;

class TestDockerTarWriter : public QObject
{
    Q_OBJECT

private slots:
    void headerLayout();
    void directoryRoundTripsThroughTar();
};

void TestDockerTarWriter::headerLayout()
{
    TarWriter writer;
    QVERIFY(writer.addFile(QStringLiteral("Dockerfile"), "FROM scratch\n", 0644, 1700000000));
    const QByteArray archive = writer.finish();
    QCOMPARE(archive.size(), 512 + 512 + 1024);
    QCOMPARE(archive.left(10), QByteArray("Dockerfile"));
    QCOMPARE(archive.mid(257, 6), QByteArray("ustar\0", 6));
    QCOMPARE(archive.mid(124, 12), QByteArray("00000000015\0", 12)); // 13 bytes, octal
    QCOMPARE(archive.at(156), '0');

    unsigned int sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += (i >= 148 && i < 156) ? unsigned(' ') : uchar(archive.at(i));
    QCOMPARE(archive.mid(148, 6).toUInt(nullptr, 8), sum);
    QCOMPARE(archive.mid(512, 13), QByteArray("FROM scratch\n"));
    QVERIFY(archive.right(1024).count('\0') == 1024);
}

void TestDockerTarWriter::directoryRoundTripsThroughTar()
{
    const QString tar = QStandardPaths::findExecutable(QStringLiteral("tar"));
    if (tar.isEmpty())
        BERTH_SKIP_OR_FAIL("tar(1) is not installed: cannot read the archive back");

    QTemporaryDir source;
    QVERIFY(source.isValid());
    QDir dir(source.path());
    const QString longDir =
        QString(60, QLatin1Char('d')) + QLatin1Char('/') + QString(60, QLatin1Char('e'));
    const QString veryLong = QString(120, QLatin1Char('f'));
    QVERIFY(dir.mkpath(longDir));
    QVERIFY(dir.mkpath(veryLong));
    const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("Dockerfile"), "FROM scratch\nCOPY demo /demo\n"},
        {QStringLiteral("demo"), QByteArray(3000, '\x7f')},
        {longDir + QStringLiteral("/") + QString(90, QLatin1Char('n')), "long path"},
        {veryLong + QStringLiteral("/") + QString(110, QLatin1Char('p')), "pax path"},
    };
    for (const auto &[name, data] : files) {
        QFile file(dir.filePath(name));
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(name));
        file.write(data);
    }
    QFile::setPermissions(dir.filePath(QStringLiteral("demo")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(QFile::link(QStringLiteral("Dockerfile"), dir.filePath(QStringLiteral("link"))));

    QByteArray archive;
    QString error;
    QVERIFY2(TarWriter::archiveDirectory(source.path(), &archive, &error), qPrintable(error));
    QCOMPARE(archive.size() % 512, 0);

    QTemporaryDir target;
    QProcess process;
    process.setWorkingDirectory(target.path());
    process.start(tar, {QStringLiteral("-xf"), QStringLiteral("-")});
    QVERIFY(process.waitForStarted());
    process.write(archive);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(10000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    const QDir out(target.path());
    for (const auto &[name, data] : files) {
        QFile file(out.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        QCOMPARE(file.readAll(), data);
    }
    QVERIFY(QFileInfo(out.filePath(QStringLiteral("demo"))).isExecutable());
    QCOMPARE(QFileInfo(out.filePath(QStringLiteral("link"))).symLinkTarget(),
             out.filePath(QStringLiteral("Dockerfile")));
}

QTEST_GUILESS_MAIN(TestDockerTarWriter)
#include "tst_dockertarwriter.moc"
