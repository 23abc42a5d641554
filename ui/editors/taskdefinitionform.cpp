#include "ui/editors/taskdefinitionform.h"

#include "ui/editors/revisionhistory.h"
#include "ui/editors/taskdefinitionjsoneditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Berth::Gui {

namespace {

enum Column { Name, Image, Cpu, Memory, Reservation, Essential, Ports, ColumnCount };

QString portsText(const QList<Model::PortMapping> &mappings)
{
    QStringList parts;
    for (const Model::PortMapping &m : mappings) {
        QString part = QString::number(m.containerPort);
        if (m.hostPort)
            part += u':' + QString::number(*m.hostPort);
        if (m.protocol != QLatin1String("tcp"))
            part += u'/' + m.protocol;
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QList<Model::PortMapping> parsePorts(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d+)(?::(\d+))?(?:/(\w+))?\s*$)"));
    QList<Model::PortMapping> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = re.match(part);
        if (!m.hasMatch())
            continue;
        Model::PortMapping mapping;
        mapping.containerPort = m.captured(1).toInt();
        if (m.hasCaptured(2) && !m.captured(2).isEmpty())
            mapping.hostPort = m.captured(2).toInt();
        if (m.hasCaptured(3) && !m.captured(3).isEmpty())
            mapping.protocol = m.captured(3).toLower();
        out << mapping;
    }
    return out;
}

std::optional<int> optionalNumber(const QString &text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

} // namespace

TaskDefinitionForm::TaskDefinitionForm(ProjectEditor *editor, QWidget *parent)
    : EntityForm(editor, parent), m_tabs(new QTabWidget(this)),
      m_json(new TaskDefinitionJsonEditor(editor, this)),
      m_history(new RevisionHistory(editor, this)),
      m_containers(new QTableWidget(0, ColumnCount, this)), m_revisions(new QComboBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    auto *page = new QWidget(m_tabs);
    auto *form = new QFormLayout(page);
    addName(form, tr("&Family:"));
    m_revisions->setObjectName(QStringLiteral("revision"));
    form->addRow(tr("&Revision:"), m_revisions);
    m_immutableNote = new QLabel(page);
    m_immutableNote->setObjectName(QStringLiteral("immutableNote"));
    m_immutableNote->setWordWrap(true);
    form->addRow(QString(), m_immutableNote);
    connect(m_revisions, &QComboBox::activated, this,
            [this] { showRevision(m_revisions->currentData().toInt()); });

    const auto get = [this](const Data &d) { return current(d); };
    const auto edit = [this](Data &d) { return current(d); };
    addChoice(
        form, QStringLiteral("networkMode"), tr("&Network mode:"),
        [](const Data &) {
            return QStringList{QStringLiteral("bridge"), QStringLiteral("awsvpc"),
                               QStringLiteral("host"), QStringLiteral("none")};
        },
        [get](const Data &d) { return get(d) ? get(d)->networkMode() : QString(); },
        [edit](Data &d, const QString &v) {
            if (auto *td = edit(d))
                td->set(QStringLiteral("networkMode"), v);
        });
    addChoice(
        form, QStringLiteral("requiresCompatibilities"), tr("&Launch types:"),
        [](const Data &) {
            return QStringList{QStringLiteral("EC2"), QStringLiteral("FARGATE"),
                               QStringLiteral("EC2, FARGATE")};
        },
        [get](const Data &d) {
            return get(d) ? get(d)->requiresCompatibilities().join(QStringLiteral(", "))
                          : QString();
        },
        [edit](Data &d, const QString &v) {
            if (auto *td = edit(d)) {
                QJsonArray list;
                for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
                    list << part.trimmed();
                td->set(QStringLiteral("requiresCompatibilities"), list);
            }
        });
    const auto textMember = [get, edit](const QString &key) {
        return std::pair{[get, key](const Data &d) {
                             const auto *td = get(d);
                             const QJsonValue v = td ? td->json().value(key) : QJsonValue();
                             return v.isDouble() ? QString::number(v.toInt()) : v.toString();
                         },
                         [edit, key](Data &d, const QString &v) {
                             if (auto *td = edit(d))
                                 td->set(key, v.trimmed().isEmpty() ? QJsonValue()
                                                                    : QJsonValue(v.trimmed()));
                         }};
    };
    auto [cpuGet, cpuSet] = textMember(QStringLiteral("cpu"));
    addText(form, QStringLiteral("cpu"), tr("Task &CPU:"), cpuGet, cpuSet)
        ->setPlaceholderText(tr("e.g. 256 or 1 vCPU (required for FARGATE)"));
    auto [memGet, memSet] = textMember(QStringLiteral("memory"));
    addText(form, QStringLiteral("memory"), tr("Task &memory:"), memGet, memSet)
        ->setPlaceholderText(tr("e.g. 512 or 1 GB"));

    m_containers->setObjectName(QStringLiteral("containerDefinitions"));
    m_containers->setHorizontalHeaderLabels({tr("Name"), tr("Image"), tr("CPU"), tr("Memory"),
                                             tr("Reservation"), tr("Essential"), tr("Ports")});
    m_containers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_containers->horizontalHeader()->setStretchLastSection(true);
    m_containers->verticalHeader()->hide();
    m_containers->setToolTip(tr("Ports: containerPort[:hostPort][/protocol], separated by "
                                "commas; hostPort 0 is a dynamic port."));
    form->addRow(new QLabel(tr("Containers:"), page));
    form->addRow(m_containers);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add container"), page);
    auto *remove = new QPushButton(tr("Remove container"), page);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    form->addRow(buttons);
    connect(add, &QPushButton::clicked, this, &TaskDefinitionForm::addContainer);
    connect(remove, &QPushButton::clicked, this, &TaskDefinitionForm::removeContainer);
    connect(m_containers, &QTableWidget::cellChanged, this, &TaskDefinitionForm::storeContainer);
    onRefresh([this](const Data &d) { loadContainers(d); });

    m_tabs->addTab(page, tr("Definition"));
    m_tabs->addTab(m_json, tr("JSON"));
    m_tabs->addTab(m_history, tr("Revisions"));
    connect(m_history, &RevisionHistory::revisionChosen, this, [this](int revision) {
        showRevision(revision);
        m_tabs->setCurrentWidget(m_json);
    });
    connect(m_json, &TaskDefinitionJsonEditor::revisionSaved, this,
            [this](const QString &, int revision) {
                m_revision = revision;
                refresh();
            });
}

const Model::TaskDefinition *TaskDefinitionForm::current(const Data &d) const
{
    if (m_revision > 0) {
        if (const auto *td =
                d.taskDefinition(QStringLiteral("%1:%2").arg(m_ref.name).arg(m_revision)))
            return td;
    }
    return d.latestRevision(m_ref.name);
}

QStringList TaskDefinitionForm::servicesRunning(const Data &d, const QString &key)
{
    QStringList names;
    for (const Model::Service &s : d.services) {
        if (s.taskDefinition == key)
            names << s.name;
    }
    return names;
}

// Revisions are immutable, as in ECS: an edit of a revision a service runs registers a new
// revision with the change, and the services keep the one they run until it is deployed. A
// revision no service runs yet (one just registered here) is still being written: edits
// change it in place.
Model::TaskDefinition *TaskDefinitionForm::current(Data &d) const
{
    auto *td = const_cast<Model::TaskDefinition *>(current(static_cast<const Data &>(d)));
    if (!td || servicesRunning(d, td->key()).isEmpty())
        return td;
    d.registerTaskDefinition(td->json());
    m_revision = 0; // show the new (latest) revision
    m_followLatest = true;
    return const_cast<Model::TaskDefinition *>(d.latestRevision(m_ref.name));
}

void TaskDefinitionForm::refresh()
{
    if (m_shownFamily != m_ref.name) {
        m_shownFamily = m_ref.name;
        m_revision = 0;
        m_json->showRevision(m_ref.name, 0);
        m_history->setFamily(m_ref.name);
    }
    {
        const QSignalBlocker blocker(m_revisions);
        m_revisions->clear();
        const Model::TaskDefinition *latest = data().latestRevision(m_ref.name);
        for (const Model::TaskDefinition &td : data().taskDefinitions) {
            if (td.family() == m_ref.name)
                m_revisions->addItem(td.revision() == (latest ? latest->revision() : 0)
                                         ? tr("%1 (latest)").arg(td.revision())
                                         : QString::number(td.revision()),
                                     td.revision());
        }
        const Model::TaskDefinition *shown = current(data());
        m_revisions->setCurrentIndex(m_revisions->findData(shown ? shown->revision() : 0));
        const QStringList running =
            shown ? servicesRunning(data(), shown->key()) : QStringList();
        m_immutableNote->setText(
            running.isEmpty()
                ? tr("No service runs this revision yet: edits change it in place.")
                : tr("Revisions are immutable, as in ECS: %1 runs %2, so an edit here "
                     "registers revision %3; deploy it to roll it out.")
                      .arg(running.join(QStringLiteral(", ")), shown->key())
                      .arg(data().nextRevision(m_ref.name)));
    }
    if (m_followLatest) {
        m_followLatest = false;
        m_json->showRevision(m_ref.name, 0);
    }
    EntityForm::refresh();
}

void TaskDefinitionForm::showRevision(int revision)
{
    m_revision = revision;
    m_json->showRevision(m_ref.name, revision);
    refresh();
}

bool TaskDefinitionForm::focusPath(const QString &localPath)
{
    m_tabs->setCurrentWidget(m_json);
    m_json->goToPath(localPath);
    return true;
}

void TaskDefinitionForm::loadContainers(const Data &d)
{
    const QSignalBlocker blocker(m_containers);
    const Model::TaskDefinition *td = current(d);
    const QList<Model::ContainerDefinition> containers =
        td ? td->containers() : QList<Model::ContainerDefinition>();
    m_containers->setRowCount(int(containers.size()));
    for (int r = 0; r < containers.size(); ++r) {
        const Model::ContainerDefinition &c = containers.at(r);
        const auto opt = [](std::optional<int> v) { return v ? QString::number(*v) : QString(); };
        const QStringList cells{c.name(),
                                c.image(),
                                QString::number(c.cpu()),
                                opt(c.memory()),
                                opt(c.memoryReservation()),
                                QString(),
                                portsText(c.portMappings())};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == Essential) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                item->setCheckState(c.essential() ? Qt::Checked : Qt::Unchecked);
            }
            m_containers->setItem(r, col, item);
        }
    }
}

void TaskDefinitionForm::storeContainer(int row, int column)
{
    const QTableWidgetItem *item = m_containers->item(row, column);
    const QString text = item->text().trimmed();
    const bool checked = item->checkState() == Qt::Checked;
    commit(tr("container"), [&](Data &d) {
        Model::TaskDefinition *td = current(d);
        if (!td)
            return;
        QList<Model::ContainerDefinition> containers = td->containers();
        if (row >= containers.size())
            return;
        Model::ContainerDefinition &c = containers[row];
        switch (column) {
        case Name:
            c.setName(text);
            break;
        case Image:
            c.setImage(text);
            break;
        case Cpu:
            c.setCpu(text.toInt());
            break;
        case Memory:
            c.setMemory(optionalNumber(text));
            break;
        case Reservation:
            c.setMemoryReservation(optionalNumber(text));
            break;
        case Essential:
            c.setEssential(checked);
            break;
        case Ports:
            c.setPortMappings(parsePorts(text));
            break;
        default:
            break;
        }
        td->setContainers(containers);
    });
}

void TaskDefinitionForm::addContainer()
{
    commit(tr("containers"), [&](Data &d) {
        Model::TaskDefinition *td = current(d);
        if (!td)
            return;
        QList<Model::ContainerDefinition> containers = td->containers();
        Model::ContainerDefinition c;
        c.setName(QStringLiteral("sidecar-%1").arg(containers.size() + 1));
        c.setImage(QStringLiteral("berth/demo:1"));
        c.setCpu(128);
        c.setMemory(128);
        c.setEssential(false);
        containers << c;
        td->setContainers(containers);
    });
}

void TaskDefinitionForm::removeContainer()
{
    const int row = m_containers->currentRow();
    commit(tr("containers"), [&](Data &d) {
        Model::TaskDefinition *td = current(d);
        if (!td)
            return;
        QList<Model::ContainerDefinition> containers = td->containers();
        if (row >= 0 && row < containers.size()) {
            containers.removeAt(row);
            td->setContainers(containers);
        }
    });
}

} // namespace Berth::Gui
