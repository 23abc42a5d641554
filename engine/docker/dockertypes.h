#pragma once

// Plain values the DockerClient takes and returns, grouped here because each is a handful of
// fields read from or written to the daemon's JSON.

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace Berth::Engine::Docker {

using Labels = QMap<QString, QString>;
/** Docker list/events filters: {"label": ["io.berth.project=x"], "type": ["container"]}. */
using Filters = QMap<QString, QStringList>;

/** GET /version. */
struct DockerVersion
{
    QString version;
    QString apiVersion;
    QString minApiVersion;
    QString os;
    QString arch;
    QString kernelVersion;
    QJsonObject raw;

    static DockerVersion fromJson(const QJsonObject &object);
};

/** One row of GET /containers/json. */
struct ContainerSummary
{
    QString id;
    QString name; ///< without the leading '/'
    QString image;
    QString state; ///< created, running, exited, ...
    QString status;
    Labels labels;
    qint64 created = 0;
    QJsonObject raw;

    static ContainerSummary fromJson(const QJsonObject &object);
};

/** POST /containers/create. */
struct CreatedContainer
{
    QString id;
    QStringList warnings;
};

/** One line of build or pull progress. */
struct ProgressMessage
{
    QString id;     ///< layer id for pull progress
    QString status; ///< "Downloading", "Pull complete", ...
    QString text;   ///< build output ("Step 1/4 : FROM scratch") or status + progress bar
    qint64 current = 0;
    qint64 total = 0;
    QString error; ///< the daemon's in-band error, if this line reports one
    QJsonObject raw;

    static ProgressMessage fromJson(const QJsonObject &object);
};

using ProgressCallback = std::function<void(const ProgressMessage &)>;

/** POST /build from a local context directory. */
struct BuildOptions
{
    QString contextDir;
    QStringList tags;
    QString dockerfile = QStringLiteral("Dockerfile");
    Labels labels;
    QMap<QString, QString> buildArgs;
    bool noCache = false;
    bool pull = false;
    int timeoutMs = 10 * 60 * 1000;
};

/** GET /containers/{id}/logs. */
struct LogOptions
{
    bool stdoutStream = true;
    bool stderrStream = true;
    bool timestamps = false;
    bool tty = false; ///< the container has a TTY: output is raw, not multiplexed
    QString tail;     ///< "all" when empty, else a number of lines
    qint64 since = 0; ///< Unix seconds; 0 for the beginning
};

} // namespace Berth::Engine::Docker
