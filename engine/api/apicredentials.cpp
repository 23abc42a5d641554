#include "engine/api/apicredentials.h"

#include "engine/secrets/secretstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace Berth::Engine {

namespace {

QString randomText(int length, QLatin1String alphabet)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += QChar(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return text;
}

} // namespace

ApiCredentials ApiCredentials::generate()
{
    return {QStringLiteral("AKIA") + randomText(16, QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
            randomText(40, QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                         "0123456789+/"))};
}

ApiCredentials ApiCredentials::loadOrCreate(SecretStore &store, QString *error)
{
    const QString key = QLatin1String(kStoreKey);
    const SecretResult read = store.read(key);
    if (read.ok()) {
        const QStringList parts = read.value.split(u'\n');
        if (parts.size() == 2 && !parts.at(0).isEmpty() && !parts.at(1).isEmpty())
            return {parts.at(0), parts.at(1)};
    } else if (read.failed()) {
        if (error)
            *error = QCoreApplication::translate(
                         "Berth::Engine::ApiCredentials",
                         "The API's credentials cannot be read from the keychain: %1")
                         .arg(read.error);
        return {};
    }
    const ApiCredentials made = generate();
    const SecretResult written = store.write(key, made.accessKeyId + u'\n' + made.secretAccessKey);
    if (!written.ok()) {
        if (error)
            *error = QCoreApplication::translate(
                         "Berth::Engine::ApiCredentials",
                         "The API's credentials cannot be kept in the keychain: %1")
                         .arg(written.error);
        return {};
    }
    return made;
}

} // namespace Berth::Engine
