#pragma once

#include "app/cli/cli.h"
#include "engine/api/apiclient.h"
#include "model/projectdata.h"

#include <optional>

namespace Berth::Cli {

/// A project's live run (window or 'berth run'), reached through its ECS API.
struct LiveRun
{
    QString endpoint; ///< empty: it runs, but its keys could not be read (already reported)
    QString region;
    QString accessKeyId;
    QString secretAccessKey;

    Engine::ApiCallResult call(const QString &operation, const QJsonObject &input) const;
};

/// The project's live run, if one runs (see Engine::RunRegistry).
std::optional<LiveRun> liveRunOf(const QString &projectFile, const Model::ProjectData &project,
                                 Output io, const char *command);
/// RunTask in the live run; with \a wait, waits until the tasks stop, as the offline
/// run-task does, and returns its exit code.
int runTaskOnLiveRun(const LiveRun &run, const QJsonObject &input, bool wait, Output io);

} // namespace Berth::Cli
