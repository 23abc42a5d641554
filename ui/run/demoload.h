#pragma once

#include "engine/runtime/task.h"
#include "model/projectdata.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QMenu;
class QNetworkAccessManager;

namespace Berth::Gui {

/// One-click load on a task of the demo image: an HTTP request to the task's published
/// address (/cpu, /mem, /fail-health, /crash), sent asynchronously with Qt Network.
class DemoLoad final : public QObject
{
    Q_OBJECT
public:
    explicit DemoLoad(QObject *parent = nullptr);

    /// Whether the task runs the demo image in a container that publishes a port.
    static bool isDemoTask(const Model::ProjectData &project, const Engine::Task &task);
    /// http://ADDRESS:PORT of the task's first demo container with a published port.
    static QUrl baseUrl(const Model::ProjectData &project, const Engine::Task &task);
    /// Adds the load actions to a menu; each calls send with its path.
    static void addActions(QMenu *menu, const std::function<void(const QString &path)> &send);

    /// Sends GET base + path; result() follows.
    void send(const Model::ProjectData &project, const Engine::Task &task, const QString &path);

Q_SIGNALS:
    /// A sentence for the status bar.
    void result(const QString &text);

private:
    QNetworkAccessManager *m_network;
};

} // namespace Berth::Gui
