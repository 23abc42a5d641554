#include "ui/files/swarmdeploydialog.h"

#include "engine/secrets/keychainsecretstore.h"
#include "engine/swarm/swarmdeployer.h"
#include "engine/swarm/swarmstack.h"
#include "model/validation/validator.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace Berth::Gui {

using Engine::SwarmDeployer;
using Engine::SwarmServiceState;
using Engine::SwarmStack;

namespace {

// How long the window waits for a stack to converge, as `berth deploy --swarm` does.
constexpr int kTimeoutMs = 300'000;

} // namespace

SwarmDeployDialog::SwarmDeployDialog(const Model::ProjectData &data, QWidget *parent)
    : QDialog(parent), m_data(data), m_manager(new QLineEdit(this)),
      m_stack(new QLineEdit(SwarmStack::stackName(data.name), this)),
      m_noReservations(new QCheckBox(tr("Leave out CPU and memory &reservations (a swarm "
                                        "smaller than the design's cluster)"),
                                     this)),
      m_labelNodes(
          new QCheckBox(tr("&Label the nodes with the instances' attributes first"), this)),
      m_keychainTls(new QCheckBox(tr("TLS client certificate from the &keychain "
                                     "(docker-tls:HOST:PORT:ca.pem, cert.pem, key.pem)"),
                                  this)),
      m_warnings(new QLabel(this)), m_services(new QTableWidget(0, 2, this)),
      m_log(new QPlainTextEdit(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Deploy to Swarm"));
    resize(760, 600);
    m_manager->setObjectName(QStringLiteral("swarmManager"));
    m_manager->setPlaceholderText(tr("DOCKER_HOST, else the local socket (tcp://host:2376)"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Manager:"), m_manager);
    form->addRow(tr("&Stack:"), m_stack);
    form->addRow(QString(), m_noReservations);
    form->addRow(QString(), m_labelNodes);
    form->addRow(QString(), m_keychainTls);

    QStringList lines;
    for (const Model::Diagnostic &d : SwarmStack::fromProject(data, {}).warnings)
        lines << QStringLiteral("• ") + d.message.toHtmlEscaped();
    m_warnings->setObjectName(QStringLiteral("swarmWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setText(lines.isEmpty() ? tr("Swarm can follow everything in this design.")
                                        : tr("Swarm schedules; it cannot follow these parts of the "
                                             "design:<br>%1")
                                              .arg(lines.join(QStringLiteral("<br>"))));

    m_services->setHorizontalHeaderLabels({tr("Service"), tr("Running")});
    m_services->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_services->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_services->verticalHeader()->hide();
    m_services->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_deployButton = buttons->addButton(tr("&Deploy"), QDialogButtonBox::ActionRole);
    m_removeButton = buttons->addButton(tr("&Remove Stack"), QDialogButtonBox::ActionRole);
    connect(m_deployButton, &QPushButton::clicked, this, &SwarmDeployDialog::deploy);
    connect(m_removeButton, &QPushButton::clicked, this, &SwarmDeployDialog::remove);
    connect(buttons, &QDialogButtonBox::rejected, this, &SwarmDeployDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warnings);
    layout->addWidget(m_services, 1);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

SwarmDeployDialog::~SwarmDeployDialog()
{
    if (m_thread) {
        m_deployer->cancel();
        m_thread->wait();
    }
}

void SwarmDeployDialog::deploy()
{
    start(false);
}

void SwarmDeployDialog::remove()
{
    start(true);
}

void SwarmDeployDialog::reject()
{
    if (m_thread) {
        // The swarm goes on converging without us; only the wait ends.
        m_status->setText(tr("Stopping the wait…"));
        m_deployer->cancel();
        return;
    }
    QDialog::reject();
}

void SwarmDeployDialog::start(bool removing)
{
    if (m_thread)
        return;
    const QString stack = m_stack->text().trimmed();
    if (SwarmStack::stackName(stack) != stack) {
        m_status->setText(tr("\"%1\" is not a stack name Docker takes; use lower-case letters, "
                             "digits, '-' and '_', e.g. %2")
                              .arg(stack, SwarmStack::stackName(stack)));
        return;
    }
    if (!removing && Model::errorCount(Model::Validator::validate(m_data)) > 0) {
        m_status->setText(tr("The design has errors; fix what the Problems panel lists, then "
                             "deploy."));
        return;
    }
    QString error;
    std::unique_ptr<SwarmDeployer> deployer = SwarmDeployer::forHost(m_manager->text(), &error);
    if (!deployer) {
        m_status->setText(error);
        return;
    }
    m_deployer = std::move(deployer);
    m_deployer->onLine([this](const QString &line) {
        QMetaObject::invokeMethod(this, [this, line] { m_log->appendPlainText(line); });
    });
    m_deployer->onStates([this](const QList<SwarmServiceState> &states) {
        QMetaObject::invokeMethod(this, [this, states] { showStates(states); });
    });
    m_deployButton->setEnabled(false);
    m_removeButton->setEnabled(false);
    m_status->setText(removing ? tr("Removing %1…").arg(stack) : tr("Deploying %1…").arg(stack));

    const std::shared_ptr<SwarmDeployer> deployerRef = m_deployer;
    const Model::ProjectData data = m_data;
    const bool reservations = !m_noReservations->isChecked();
    const bool labelNodes = m_labelNodes->isChecked();
    const bool keychainTls = m_keychainTls->isChecked();
    m_thread = QThread::create([this, deployerRef, data, stack, removing, reservations, labelNodes,
                                keychainTls] {
        QElapsedTimer clock;
        clock.start();
        const auto report = [this](bool ok, const QString &message) {
            QMetaObject::invokeMethod(this, [this, ok, message] { done(ok, message); });
        };
        if (keychainTls) {
            Engine::KeychainSecretStore keychain;
            const auto tls = deployerRef->useTlsFromKeychain(keychain);
            if (!tls.ok())
                return report(false, tls.error().message());
        }
        const auto checked = deployerRef->checkManager();
        if (!checked.ok())
            return report(false, checked.error().message());
        if (removing) {
            const auto removed = deployerRef->remove(stack, kTimeoutMs);
            return report(removed.ok(),
                          removed.ok() ? tr("Removed %1.").arg(stack) : removed.error().message());
        }
        if (labelNodes) {
            const auto labelled = deployerRef->labelNodes(data);
            if (!labelled.ok())
                return report(false, labelled.error().message());
            for (const QString &line : labelled.value())
                QMetaObject::invokeMethod(
                    this, [this, line] { m_log->appendPlainText(tr("Labelled %1").arg(line)); });
        }
        const auto deployed =
            deployerRef->deploy(stack, SwarmStack::fromProject(data, {reservations}).compose);
        if (!deployed.ok())
            return report(false, deployed.error().message());
        const auto converged = deployerRef->waitConverged(stack, kTimeoutMs);
        report(converged.ok(), converged.ok() ? tr("%1 converged in %2 s: every replica runs.")
                                                    .arg(stack)
                                                    .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                                              : converged.error().message());
    });
    m_thread->start();
}

void SwarmDeployDialog::showStates(const QList<SwarmServiceState> &states)
{
    m_services->setRowCount(int(states.size()));
    for (int row = 0; row < states.size(); ++row) {
        const SwarmServiceState &s = states.at(row);
        auto *name = new QTableWidgetItem(s.name);
        if (!s.problem.isEmpty())
            name->setToolTip(s.problem);
        m_services->setItem(row, 0, name);
        auto *bar = qobject_cast<QProgressBar *>(m_services->cellWidget(row, 1));
        if (!bar) {
            bar = new QProgressBar(m_services);
            m_services->setCellWidget(row, 1, bar);
        }
        bar->setMaximum(std::max(1, s.desired));
        bar->setValue(s.running);
        bar->setFormat(s.outdated > 0
                           ? tr("%1/%2 (%3 old)").arg(s.running).arg(s.desired).arg(s.outdated)
                           : tr("%1/%2").arg(s.running).arg(s.desired));
    }
}

void SwarmDeployDialog::done(bool ok, const QString &message)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_deployButton->setEnabled(true);
    m_removeButton->setEnabled(true);
    m_status->setText(message);
    m_log->appendPlainText(message);
    emit finished(ok);
}

} // namespace Berth::Gui
