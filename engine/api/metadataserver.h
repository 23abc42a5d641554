#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>

#include <memory>

class QHttpServer;

namespace Berth::Engine {

class RunSession;
struct EngineSnapshot;

/**
 * The task metadata endpoint v4 for a run's containers: ECS_CONTAINER_METADATA_URI_V4 in each
 * container names this server on the gateway of a Docker network of the run's own (an
 * address of the host every container reaches) and a path no other container knows.
 * `${URI}`, `${URI}/task`, `${URI}/taskWithTags`, `${URI}/stats` and `${URI}/task/stats`
 * answer with the ECS agent's key names, from the session's snapshot.
 */
class MetadataServer : public QObject
{
    Q_OBJECT
public:
    explicit MetadataServer(RunSession &session, QObject *parent = nullptr);
    ~MetadataServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);

    /// The answers, for a container's token; empty when no container has it.
    static QJsonObject container(const RunSession &session, const QString &token);
    static QJsonObject task(const RunSession &session, const QString &token);

private:
    RunSession &m_session;
    std::unique_ptr<QHttpServer> m_server;
};

} // namespace Berth::Engine
