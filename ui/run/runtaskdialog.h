#pragma once

#include "engine/runtime/engine.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Berth::Gui {

/// Runs a standalone task, as `aws ecs run-task` with --overrides does: a task definition,
/// a cluster, a count, and the first container's command and every container's environment
/// overridden.
class RunTaskDialog final : public QDialog
{
    Q_OBJECT
public:
    RunTaskDialog(const Model::ProjectData &project, QWidget *parent = nullptr);

    Engine::RunTaskRequest request() const;

    QComboBox *taskDefinition() const { return m_taskDefinition; }
    QLineEdit *command() const { return m_command; }
    QPlainTextEdit *environment() const { return m_environment; }

private:
    const Model::ProjectData m_project;
    QComboBox *m_taskDefinition;
    QComboBox *m_cluster;
    QSpinBox *m_count;
    QLineEdit *m_command;
    QPlainTextEdit *m_environment;
};

} // namespace Berth::Gui
