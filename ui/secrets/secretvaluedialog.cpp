#include "ui/secrets/secretvaluedialog.h"

#include "engine/secrets/secretresolver.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Berth::Gui {

SecretValueDialog::SecretValueDialog(const QString &key, bool registryCredentials, QWidget *parent)
    : QDialog(parent), m_registry(registryCredentials), m_key(new QLineEdit(key, this)),
      m_value(new QLineEdit(this)), m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("secretValueDialog"));
    setWindowTitle(key.isEmpty() ? tr("Add Secret") : tr("Set Secret"));
    m_key->setObjectName(QStringLiteral("secretKey"));
    m_key->setReadOnly(!key.isEmpty());
    m_key->setPlaceholderText(tr("arn:aws:ssm:REGION:ACCOUNT:parameter/NAME or registry:HOST"));
    m_key->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_value->setObjectName(QStringLiteral("secretValue"));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setPlaceholderText(tr("not shown"));
    m_hint->setObjectName(QStringLiteral("secretHint"));
    m_hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Store"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Value:"), m_value);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_key, &QLineEdit::textChanged, this, &SecretValueDialog::update);
    connect(m_value, &QLineEdit::textChanged, this, &SecretValueDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (key.isEmpty() ? m_key : m_value)->setFocus();
    update();
}

SecretValueDialog::~SecretValueDialog()
{
    m_value->clear();
}

QString SecretValueDialog::key() const
{
    return m_key->text().trimmed();
}

QString SecretValueDialog::takeValue()
{
    const QString value = m_value->text();
    m_value->clear();
    return value;
}

void SecretValueDialog::update()
{
    const QString key = this->key();
    const bool registry = m_registry || key.startsWith(QLatin1String("registry:"));
    const QString value = m_value->text();
    QString problem;
    if (key.isEmpty())
        problem = tr("Name the key: a secret's valueFrom, a repositoryCredentials parameter, "
                     "or registry:HOST.");
    else if (value.isEmpty())
        problem = {};
    else if (registry) {
        Engine::Docker::RegistryAuth auth;
        if (!Engine::SecretResolver::parseCredentials(value, QStringLiteral("host"), &auth))
            problem = tr("Registry credentials are USER:PASSWORD or "
                         "{\"username\": \"…\", \"password\": \"…\"}.");
    }
    QString text = problem;
    if (text.isEmpty()) {
        text = registry ? tr("Registry credentials: USER:PASSWORD or "
                             "{\"username\": \"…\", \"password\": \"…\"}. ")
                        : QString();
        text += tr("The value goes to the OS keychain, never to a file.");
    }
    m_hint->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!key.isEmpty() && !value.isEmpty() && problem.isEmpty());
}

} // namespace Berth::Gui
