#pragma once

#include <QString>

#include <optional>

namespace Berth::Engine {

/// Where a project's live run serves ECS's API, so that another face (the command line
/// while the window or 'berth run' runs it) acts on that run rather than starting its own:
/// one small file per project in the user's temporary folder, naming the endpoint and the
/// process; a file whose process is gone counts as no run.
class RunRegistry
{
public:
    /// Records that this process runs \a projectFile with the API at \a endpoint.
    static bool publish(const QString &projectFile, const QString &endpoint);
    /// Forgets it (the run stopped, or its API did).
    static void withdraw(const QString &projectFile);
    /// The API endpoint of the project's live run, if one runs.
    static std::optional<QString> endpointOf(const QString &projectFile);
    static QString fileFor(const QString &projectFile);
};

} // namespace Berth::Engine
