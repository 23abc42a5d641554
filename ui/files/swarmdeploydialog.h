#pragma once

#include "model/projectdata.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QThread;

namespace Berth::Engine {
class SwarmDeployer;
struct SwarmServiceState;
} // namespace Berth::Engine

namespace Berth::Gui {

/// Deploys the design to a Docker Swarm (or removes it there): the ECS settings Swarm cannot
/// follow first, then each service's running replicas as the swarm converges, and the log
/// of what was done. The deploy runs on a thread of its own; the window stays responsive.
class SwarmDeployDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SwarmDeployDialog(const Model::ProjectData &data, QWidget *parent = nullptr);
    ~SwarmDeployDialog() override;

    QLineEdit *manager() const { return m_manager; }
    QLineEdit *stack() const { return m_stack; }
    QPlainTextEdit *log() const { return m_log; }
    QTableWidget *services() const { return m_services; }
    QLabel *warnings() const { return m_warnings; }
    QLabel *status() const { return m_status; }
    QCheckBox *keychainTls() const { return m_keychainTls; }
    bool isBusy() const { return m_thread != nullptr; }

    void deploy();
    void remove();

signals:
    void finished(bool ok);

private:
    void start(bool removing);
    void showStates(const QList<Engine::SwarmServiceState> &states);
    void done(bool ok, const QString &message);
    void reject() override;

    Model::ProjectData m_data;
    QLineEdit *m_manager;
    QLineEdit *m_stack;
    QCheckBox *m_noReservations;
    QCheckBox *m_labelNodes;
    QCheckBox *m_keychainTls;
    QLabel *m_warnings;
    QTableWidget *m_services;
    QPlainTextEdit *m_log;
    QLabel *m_status;
    QPushButton *m_deployButton;
    QPushButton *m_removeButton;
    std::shared_ptr<Engine::SwarmDeployer> m_deployer;
    QThread *m_thread = nullptr;
};

} // namespace Berth::Gui
