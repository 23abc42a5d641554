#include "engine/lb/certificates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace Berth::Engine {

QString LoadBalancerCertificates::ensure(const QString &directory, const QString &loadBalancer,
                                         const QString &address, QString *error)
{
    const QDir dir(directory);
    const QString pem = dir.filePath(loadBalancer + QStringLiteral(".pem"));
    if (QFile::exists(pem))
        return pem;
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QCoreApplication::translate(
            "Berth::Engine::LoadBalancerCertificates",
            "the openssl command is missing, so no certificate can be made for the HTTPS/TLS "
            "listeners; install it (sudo apt-get install openssl)");
        return {};
    }
    const QString host = loadBalancer + QStringLiteral(".lb.berth");
    const QString key = pem + QStringLiteral(".key");
    const QString certificate = pem + QStringLiteral(".crt");
    QProcess p;
    p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                      QStringLiteral("825"), QStringLiteral("-subj"), QStringLiteral("/CN=") + host,
                      QStringLiteral("-addext"),
                      QStringLiteral("subjectAltName=DNS:%1,IP:%2").arg(host, address),
                      QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QCoreApplication::translate("Berth::Engine::LoadBalancerCertificates",
                                             "openssl could not make a certificate for %1: %2")
                     .arg(host, QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        return {};
    }
    QFile out(pem);
    QFile c(certificate);
    QFile k(key);
    if (!out.open(QIODevice::WriteOnly) || !c.open(QIODevice::ReadOnly)
        || !k.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Berth::Engine::LoadBalancerCertificates",
                                             "cannot write %1: %2")
                     .arg(pem, out.errorString());
        return {};
    }
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    out.write(c.readAll() + k.readAll());
    out.close();
    QFile::remove(key);
    QFile::remove(certificate);
    return pem;
}

} // namespace Berth::Engine
