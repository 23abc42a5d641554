#include "ui/run/runtaskdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Berth::Gui {

RunTaskDialog::RunTaskDialog(const Model::ProjectData &project, QWidget *parent)
    : QDialog(parent), m_project(project), m_taskDefinition(new QComboBox(this)),
      m_cluster(new QComboBox(this)), m_count(new QSpinBox(this)), m_command(new QLineEdit(this)),
      m_environment(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("runTaskDialog"));
    setWindowTitle(tr("Run Task"));
    for (const Model::TaskDefinition &td : project.taskDefinitions)
        m_taskDefinition->addItem(td.key(), td.key());
    if (m_taskDefinition->count() > 0)
        m_taskDefinition->setCurrentIndex(m_taskDefinition->count() - 1);
    for (const Model::Cluster &c : project.clusters)
        m_cluster->addItem(c.name, c.name);
    m_count->setRange(1, 10);
    m_command->setPlaceholderText(tr("e.g. /demo --version (empty: as defined)"));
    m_environment->setPlaceholderText(tr("NAME=VALUE, one a line"));
    m_environment->setTabChangesFocus(true);
    m_environment->setMaximumHeight(110);
    auto *form = new QFormLayout;
    form->addRow(tr("&Task definition:"), m_taskDefinition);
    form->addRow(tr("C&luster:"), m_cluster);
    form->addRow(tr("&Count:"), m_count);
    form->addRow(tr("Co&mmand override:"), m_command);
    form->addRow(tr("&Environment overrides:"), m_environment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_taskDefinition->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Engine::RunTaskRequest RunTaskDialog::request() const
{
    Engine::RunTaskRequest r;
    r.taskDefinition = m_taskDefinition->currentData().toString();
    r.cluster = m_cluster->currentData().toString();
    r.count = m_count->value();
    const Model::TaskDefinition *td = m_project.taskDefinition(r.taskDefinition);
    if (!td)
        return r;
    const QList<Model::ContainerDefinition> containers = td->containers();
    const QStringList command = QProcess::splitCommand(m_command->text().trimmed());
    if (!command.isEmpty() && !containers.isEmpty())
        r.commandOverrides.insert(containers.first().name(), command);
    for (const QString &line : m_environment->toPlainText().split(u'\n')) {
        const QString pair = line.trimmed();
        if (pair.isEmpty() || !pair.contains(u'='))
            continue;
        for (const Model::ContainerDefinition &c : containers)
            r.environmentOverrides[c.name()].append(
                {pair.section(u'=', 0, 0).trimmed(), pair.section(u'=', 1)});
    }
    return r;
}

} // namespace Berth::Gui
