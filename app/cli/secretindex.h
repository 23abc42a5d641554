#pragma once

#include <QStringList>

namespace Berth::Cli {

/**
 * The names of the secrets `berth secret set` stored, kept in Berth's settings beside the
 * keychain, which cannot list what it holds. Names only, never values. `secret delete`
 * forgets a name; a name whose keychain entry was removed elsewhere stays until then.
 */
class SecretIndex
{
public:
    /// In key order.
    static QStringList keys();
    static void add(const QString &key);
    static void remove(const QString &key);
};

} // namespace Berth::Cli
