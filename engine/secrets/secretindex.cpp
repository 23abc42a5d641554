#include "engine/secrets/secretindex.h"

#include <QSettings>

namespace Berth::Engine {

namespace {

// One list value, not a key per secret: QSettings reads '/' in a key as a group, and secret
// keys are ARNs full of them.
const QString kKey = QStringLiteral("secrets/storedKeys");

void save(QStringList keys)
{
    keys.removeDuplicates();
    keys.sort();
    QSettings settings;
    if (keys.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, keys);
    settings.sync();
}

} // namespace

QStringList SecretIndex::keys()
{
    QStringList keys = QSettings().value(kKey).toStringList();
    keys.sort();
    return keys;
}

void SecretIndex::add(const QString &key)
{
    if (key.startsWith(QLatin1String("berth:")))
        return; // Berth's own (the API's credentials), not a secret of the user's
    QStringList all = keys();
    if (!all.contains(key))
        save(all << key);
}

void SecretIndex::remove(const QString &key)
{
    QStringList all = keys();
    if (all.removeAll(key) > 0)
        save(all);
}

} // namespace Berth::Engine
