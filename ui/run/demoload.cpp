#include "ui/run/demoload.h"

#include "engine/runtime/runsession.h"

#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Berth::Gui {

DemoLoad::DemoLoad(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setTransferTimeout(15000);
}

QUrl DemoLoad::baseUrl(const Model::ProjectData &project, const Engine::Task &task)
{
    const Model::TaskDefinition *td = project.taskDefinition(task.taskDefinition);
    if (!td || task.lastStatus != Engine::TaskStatus::Running)
        return {};
    for (const Engine::ContainerState &c : task.containers) {
        const std::optional<Model::ContainerDefinition> def = td->container(c.name);
        if (!def || !Engine::RunSession::isDemoImage(def->image()))
            continue;
        for (const Engine::PortBinding &p : c.ports) {
            if (p.hostPort <= 0 || p.protocol == QLatin1String("udp"))
                continue;
            QUrl url;
            url.setScheme(QStringLiteral("http"));
            url.setHost(p.hostIp.isEmpty() || p.hostIp == QLatin1String("0.0.0.0") ? task.address
                                                                                   : p.hostIp);
            url.setPort(p.hostPort);
            return url;
        }
    }
    return {};
}

bool DemoLoad::isDemoTask(const Model::ProjectData &project, const Engine::Task &task)
{
    return baseUrl(project, task).isValid();
}

void DemoLoad::addActions(QMenu *menu, const std::function<void(const QString &)> &send)
{
    const struct
    {
        const char *text;
        const char *path;
    } loads[] = {
        {QT_TR_NOOP("Burn CPU for 10 s (/cpu?ms=10000)"), "/cpu?ms=10000"},
        {QT_TR_NOOP("Hold 64 MiB more (/mem?mb=64)"), "/mem?mb=64"},
        {QT_TR_NOOP("Fail the health check (/fail-health)"), "/fail-health"},
        {QT_TR_NOOP("Recover the health check (/recover-health)"), "/recover-health"},
        {QT_TR_NOOP("Crash the container (/crash)"), "/crash"},
    };
    for (const auto &load : loads) {
        const QString path = QString::fromLatin1(load.path);
        menu->addAction(tr(load.text), menu, [send, path] { send(path); });
    }
}

void DemoLoad::send(const Model::ProjectData &project, const Engine::Task &task,
                    const QString &path)
{
    const QUrl base = baseUrl(project, task);
    if (!base.isValid()) {
        Q_EMIT result(tr("Task %1 has no running demo container with a published port.")
                          .arg(task.id.left(8)));
        return;
    }
    const QUrl url = base.resolved(QUrl(path));
    QNetworkRequest request(url);
    // The demo answers /crash and then exits; a long /cpu burn answers when done.
    request.setTransferTimeout(path.startsWith(QLatin1String("/cpu")) ? 60000 : 15000);
    QNetworkReply *reply = m_network->get(request);
    const QString id = task.id.left(8);
    Q_EMIT result(tr("GET %1 (task %2)…").arg(url.toString(), id));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, id] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0)
            Q_EMIT result(tr("GET %1 (task %2): %3").arg(url.toString(), id, reply->errorString()));
        else
            Q_EMIT result(tr("GET %1 (task %2): HTTP %3 %4")
                              .arg(url.toString(), id)
                              .arg(status)
                              .arg(QString::fromUtf8(reply->readAll()).trimmed().left(120)));
    });
}

} // namespace Berth::Gui
