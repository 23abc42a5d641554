#pragma once

#include "ui/secrets/runreadiness.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace Berth::Gui {

/**
 * Asks before a run of \a project: lists the safety review (Engine::RunSafety: the design
 * and the daemon DOCKER_HOST names) with what each finding allows, and requires an explicit "I
 * understand" before "Run anyway"; lists the secrets that are not set, looked up in \a store
 * off the GUI thread (default: the OS keychain), with a way to the Secrets dialog. A store
 * that fails is reported, not fatal. Returns true at once, without a dialog, when there is
 * nothing to show; false when the user cancels.
 */
bool confirmRun(QWidget *parent, const Model::ProjectData &project,
                std::shared_ptr<Engine::SecretStore> store = {});

/// The dialog confirmRun shows; its content is a RunReadiness.
class RunConfirmationDialog final : public QDialog
{
    Q_OBJECT
public:
    RunConfirmationDialog(const Model::ProjectData &project, const RunReadiness &readiness,
                          std::shared_ptr<Engine::SecretStore> store, QWidget *parent = nullptr);
    ~RunConfirmationDialog() override;

    const RunReadiness &readiness() const { return m_readiness; }
    QCheckBox *consent() const { return m_consent; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *secretsButton() const { return m_secrets; }
    QString secretsText() const;

    /// Looks the secrets up again, off the GUI thread; secretsChecked() when done.
    void checkSecrets();
    /// Opens the Secrets dialog on the same store; the secrets are checked again after it.
    void editSecrets();

Q_SIGNALS:
    void secretsChecked();

private:
    void showSecrets();
    void updateRunButton();

    Model::ProjectData m_project;
    RunReadiness m_readiness;
    std::shared_ptr<Engine::SecretStore> m_store;
    int m_generation = 0;
    QTextBrowser *m_findings = nullptr;
    QCheckBox *m_consent = nullptr;
    QLabel *m_secretsStatus;
    QPushButton *m_secrets;
    QPushButton *m_run;
    QPushButton *m_cancel;
};

} // namespace Berth::Gui
