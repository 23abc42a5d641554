#include "ui/secrets/runconfirmation.h"

#include "ui/secrets/background.h"
#include "ui/secrets/secretsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace Berth::Gui {

namespace {

/// How long confirmRun waits for the secrets before it shows the dialog with "checking…".
constexpr int kSecretsWaitMs = 6000;

QString findingsHtml(const QList<Model::SafetyFinding> &findings)
{
    QString html = QStringLiteral("<ul style='margin-left:0; -qt-list-indent:1'>");
    for (const Model::SafetyFinding &f : findings) {
        html += QStringLiteral("<li style='margin-bottom:6px'><b>%1</b><br>%2</li>")
                    .arg(f.what.toHtmlEscaped(),
                         RunConfirmationDialog::tr("Allows %1.").arg(f.allows).toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

bool confirmRun(QWidget *parent, const Model::ProjectData &project,
                std::shared_ptr<Engine::SecretStore> store)
{
    const RunReadiness readiness = RunReadiness::review(project);
    if (!readiness.needsConfirmation())
        return true;
    RunConfirmationDialog dialog(project, readiness, store ? store : SecretKeys::keychain(),
                                 parent);
    if (!readiness.needsExplicitConsent()) {
        // Only secrets to look up: when they are all set there is nothing to ask. Wait for
        // them without taking input, so nothing else starts meanwhile.
        QEventLoop loop;
        QObject::connect(&dialog, &RunConfirmationDialog::secretsChecked, &loop, &QEventLoop::quit);
        QTimer::singleShot(kSecretsWaitMs, &loop, &QEventLoop::quit);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        QApplication::restoreOverrideCursor();
        if (!dialog.readiness().needsConfirmation())
            return true;
    }
    return dialog.exec() == QDialog::Accepted;
}

RunConfirmationDialog::RunConfirmationDialog(const Model::ProjectData &project,
                                             const RunReadiness &readiness,
                                             std::shared_ptr<Engine::SecretStore> store,
                                             QWidget *parent)
    : QDialog(parent), m_project(project), m_readiness(readiness), m_store(std::move(store)),
      m_secretsStatus(new QLabel(this)), m_secrets(new QPushButton(tr("Set &Secrets…"), this)),
      m_run(new QPushButton(tr("&Run anyway"), this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("runConfirmation"));
    setWindowTitle(project.name.isEmpty() ? tr("Run the Design?")
                                          : tr("Run %1?").arg(project.name));
    auto *layout = new QVBoxLayout(this);

    if (!m_readiness.findings.isEmpty()) {
        auto *icon = new QLabel(this);
        const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size));
        icon->setAlignment(Qt::AlignTop);
        auto *heading = new QLabel(
            tr("<b>This design reaches beyond its containers.</b><br>Access to the Docker "
               "daemon is root on the host, and these settings give the containers (or "
               "whoever reaches the daemon) power over it:"),
            this);
        heading->setWordWrap(true);
        auto *top = new QHBoxLayout;
        top->addWidget(icon);
        top->addWidget(heading, 1);
        layout->addLayout(top);

        m_findings = new QTextBrowser(this);
        m_findings->setObjectName(QStringLiteral("safetyFindings"));
        m_findings->setAccessibleName(tr("Safety review"));
        m_findings->setOpenLinks(false);
        m_findings->setHtml(findingsHtml(m_readiness.findings));
        m_findings->setMinimumHeight(fontMetrics().height() * 9);
        layout->addWidget(m_findings, 1);

        m_consent =
            new QCheckBox(tr("I &understand that running it gives this access to the host"), this);
        m_consent->setObjectName(QStringLiteral("understandRisk"));
        layout->addWidget(m_consent);
        connect(m_consent, &QCheckBox::toggled, this, &RunConfirmationDialog::updateRunButton);
    }

    auto *secretsBox = new QGroupBox(tr("Secrets"), this);
    secretsBox->setVisible(!m_readiness.secrets.isEmpty());
    m_secretsStatus->setObjectName(QStringLiteral("secretsStatus"));
    m_secretsStatus->setWordWrap(true);
    m_secretsStatus->setTextFormat(Qt::PlainText);
    m_secretsStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secrets->setObjectName(QStringLiteral("openSecrets"));
    m_secrets->setAutoDefault(false);
    auto *secretsRow = new QHBoxLayout(secretsBox);
    secretsRow->addWidget(m_secretsStatus, 1);
    secretsRow->addWidget(m_secrets, 0, Qt::AlignTop);
    layout->addWidget(secretsBox, m_readiness.findings.isEmpty() ? 1 : 0);

    m_run->setObjectName(QStringLiteral("runAnyway"));
    m_run->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_cancel->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_run, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_secrets, &QPushButton::clicked, this, &RunConfirmationDialog::editSecrets);

    resize(fontMetrics().averageCharWidth() * 120, sizeHint().height());
    (m_consent ? static_cast<QWidget *>(m_consent) : m_cancel)->setFocus();
    updateRunButton();
    showSecrets();
    checkSecrets();
}

RunConfirmationDialog::~RunConfirmationDialog() = default;

QString RunConfirmationDialog::secretsText() const
{
    return m_secretsStatus->text();
}

void RunConfirmationDialog::checkSecrets()
{
    if (m_readiness.secrets.isEmpty())
        return;
    const int generation = ++m_generation;
    m_readiness.secretsChecked = false;
    showSecrets();
    Internal::runInBackground<QHash<QString, SecretState>>(
        this,
        [store = m_store, keys = m_readiness.secretKeys()] {
            return SecretKeys::check(*store, keys);
        },
        [this, generation](const QHash<QString, SecretState> &states) {
            if (generation != m_generation)
                return;
            m_readiness.setStates(states);
            showSecrets();
            emit secretsChecked();
        });
}

void RunConfirmationDialog::editSecrets()
{
    SecretsDialog dialog(m_project, m_store, this);
    dialog.exec();
    checkSecrets();
}

void RunConfirmationDialog::showSecrets()
{
    const RunReadiness &r = m_readiness;
    const int count = int(r.secrets.size());
    QString text;
    if (r.secretsPending()) {
        text = tr("Checking %n secret(s) in the keychain…", nullptr, count);
    } else if (!r.storeError.isEmpty()) {
        text = tr("Whether the secrets are set is unknown: %1\nThe run can start; a task "
                  "whose secrets cannot be read stops with ResourceInitializationError.")
                   .arg(r.storeError);
    } else if (!r.missing.isEmpty()) {
        QStringList lines;
        for (const SecretKey &key : r.secrets) {
            if (r.missing.contains(key.key))
                lines << tr("• %1 (%2)")
                             .arg(key.key, SecretKeys::describeUses(key).replace(
                                               u'\n', QStringLiteral("; ")));
        }
        text = tr("%n secret(s) not set: tasks that need them will stop with "
                  "ResourceInitializationError.",
                  nullptr, int(r.missing.size())) +
               u'\n' + lines.join(u'\n');
    } else {
        text = tr("All %n secret(s) the design needs are set.", nullptr, count);
    }
    m_secretsStatus->setText(text);
}

void RunConfirmationDialog::updateRunButton()
{
    m_run->setEnabled(!m_consent || m_consent->isChecked());
}

} // namespace Berth::Gui
