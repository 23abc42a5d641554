#pragma once

#include <QString>

namespace Berth::Engine {

class SecretStore;

/// The access key and secret the API checks signatures against: generated once per user
/// and kept in the OS keychain (the secret store), never in a file.
struct ApiCredentials
{
    QString accessKeyId;     ///< "AKIA" and 16 characters, as AWS's look
    QString secretAccessKey; ///< 40 characters

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }

    /// The stored credentials, made and stored first when there are none. Blocking (the
    /// keychain). Invalid, with *error, when the store cannot be read or written.
    static ApiCredentials loadOrCreate(SecretStore &store, QString *error);
    static ApiCredentials generate();
    /// Where they are kept in the secret store.
    static constexpr const char *kStoreKey = "berth:api-credentials";
};

} // namespace Berth::Engine
