#include "ui/panels/propertypanel.h"

#include "model/designedits.h"
#include "model/project.h"
#include "ui/commands/projecteditor.h"
#include "ui/editors/clusterform.h"
#include "ui/editors/constrainteditor.h"
#include "ui/editors/instanceform.h"
#include "ui/editors/listenerruleform.h"
#include "ui/editors/loadbalancerform.h"
#include "ui/editors/projectform.h"
#include "ui/editors/serviceform.h"
#include "ui/editors/repositoryform.h"
#include "ui/editors/targetgroupform.h"
#include "ui/editors/taskdefinitionform.h"
#include "ui/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Berth::Gui {

using Model::EntityKind;
using Model::EntityRef;

PropertyPanel::PropertyPanel(ProjectEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_icon(new QLabel(this)), m_title(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_multiple(new QLabel(this))
{
    setObjectName(QStringLiteral("properties"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("propertyTitle"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_icon);
    header->addWidget(m_title, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    static_cast<QLabel *>(m_multiple)->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stack->addWidget(m_multiple);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);

    connect(editor->project(), &Model::Project::changed, this, &PropertyPanel::refresh);
    connect(editor, &ProjectEditor::renamed, this,
            [this](const EntityRef &from, const EntityRef &to) {
                if (from == m_ref) {
                    m_ref = to;
                    if (m_current)
                        m_current->setEntity(to);
                }
            });
    showEntity({EntityKind::Project});
}

EntityForm *PropertyPanel::formFor(EntityKind kind)
{
    if (EntityForm *form = m_forms.value(kind))
        return form;
    EntityForm *form = nullptr;
    switch (kind) {
    case EntityKind::Project:
        form = new ProjectForm(m_editor, m_stack);
        break;
    case EntityKind::Cluster:
        form = new ClusterForm(m_editor, m_stack);
        break;
    case EntityKind::ContainerInstance:
        form = new InstanceForm(m_editor, m_stack);
        break;
    case EntityKind::TaskDefinition:
        form = new TaskDefinitionForm(m_editor, m_stack);
        break;
    case EntityKind::Service: {
        auto *service = new ServiceForm(m_editor, m_stack);
        connect(service->constraints(), &ConstraintEditor::matchingChanged, this,
                &PropertyPanel::highlightRequested);
        form = service;
        break;
    }
    case EntityKind::LoadBalancer:
        form = new LoadBalancerForm(m_editor, m_stack);
        break;
    case EntityKind::ListenerRule:
        form = new ListenerRuleForm(m_editor, m_stack);
        break;
    case EntityKind::TargetGroup:
        form = new TargetGroupForm(m_editor, m_stack);
        break;
    case EntityKind::Repository:
        form = new RepositoryForm(m_editor, m_stack);
        break;
    default:
        return nullptr;
    }
    form->setObjectName(QStringLiteral("form-%1").arg(int(kind)));
    m_stack->addWidget(form);
    m_forms.insert(kind, form);
    return form;
}

void PropertyPanel::showSelection(const QList<EntityRef> &refs)
{
    if (refs.size() == 1) {
        showEntity(refs.first());
        return;
    }
    if (refs.isEmpty()) {
        showEntity({EntityKind::Project});
        return;
    }
    m_ref = {};
    m_current = nullptr;
    static_cast<QLabel *>(m_multiple)->setText(tr("%n items selected.", nullptr, int(refs.size())));
    m_stack->setCurrentWidget(m_multiple);
    m_icon->clear();
    m_title->setText(tr("Selection"));
    Q_EMIT highlightRequested({});
}

void PropertyPanel::showEntity(const EntityRef &ref)
{
    if (ref == m_ref && m_current) {
        m_current->refresh();
        return;
    }
    const bool wasService = m_ref.kind == EntityKind::Service;
    m_ref = ref.isNull() ? EntityRef{EntityKind::Project} : ref;
    m_current = formFor(m_ref.kind);
    if (!m_current)
        return;
    m_current->setEntity(m_ref);
    m_stack->setCurrentWidget(m_current);
    updateHeader();
    if (wasService && m_ref.kind != EntityKind::Service)
        Q_EMIT highlightRequested({});
    else if (m_ref.kind == EntityKind::Service)
        Q_EMIT highlightRequested(static_cast<ServiceForm *>(m_current)->constraints()->matching());
}

void PropertyPanel::updateHeader()
{
    m_icon->setPixmap(Icons::entity(m_ref.kind).pixmap(24, 24));
    const QString kind = Model::DesignEdits::kindName(m_ref.kind);
    m_title->setText(kind.left(1).toUpper() + kind.mid(1) + QStringLiteral(" — ") +
                     (m_ref.kind == EntityKind::ListenerRule
                          ? Model::DesignEdits::displayName(m_editor->data(), m_ref)
                      : m_ref.kind == EntityKind::Project ? m_editor->data().name
                                                          : m_ref.name));
}

void PropertyPanel::refresh()
{
    if (!m_current)
        return;
    if (!Model::DesignEdits::exists(m_editor->data(), m_ref)) {
        showEntity({EntityKind::Project});
        return;
    }
    m_current->refresh();
    updateHeader();
}

bool PropertyPanel::focusPath(const QString &localPath)
{
    return m_current && m_current->focusPath(localPath);
}

} // namespace Berth::Gui
