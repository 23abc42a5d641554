#pragma once

#include <QStringList>

namespace Berth::Engine {

/**
 * The names of the secrets Berth stored in the keychain (which cannot list what it holds),
 * kept in Berth's settings: KeychainSecretStore records each key it writes and forgets each it
 * deletes, whoever asked (`berth secret`, the window's Secrets dialog). Names only, never
 * values; Berth's own keys ("berth:...") are not listed. A name whose keychain entry was
 * removed elsewhere stays until it is deleted through Berth.
 */
class SecretIndex
{
public:
    /// In key order.
    static QStringList keys();
    static void add(const QString &key);
    static void remove(const QString &key);
};

} // namespace Berth::Engine
