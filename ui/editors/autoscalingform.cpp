#include "ui/editors/autoscalingform.h"

#include "model/validation/validator.h"
#include "ui/editors/scalingpolicyform.h"
#include "ui/editors/scheduledactionform.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Berth::Gui {

namespace {

/// A name like \a stem + N that none of \a taken has.
QString freeName(const QString &stem, const QStringList &taken)
{
    for (int n = 1;; ++n) {
        const QString name = stem + QString::number(n);
        if (!taken.contains(name))
            return name;
    }
}

/// A compact list: a few rows high, so the editor below it stays in view.
QListWidget *compactList(const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    const int row = list->fontMetrics().height() + 4;
    list->setMaximumHeight(4 * row + 2 * list->frameWidth());
    list->setMinimumHeight(2 * row + 2 * list->frameWidth());
    return list;
}

} // namespace

Model::ServiceAutoScaling AutoScalingForm::defaults(int desiredCount)
{
    Model::ServiceAutoScaling s;
    s.minCapacity = std::max(1, desiredCount);
    s.maxCapacity = std::max(2, 2 * desiredCount);
    Model::ScalingPolicy cpu;
    cpu.policyName = QStringLiteral("cpu70");
    cpu.targetTracking.targetValue = 70;
    s.policies << cpu;
    return s;
}

AutoScalingForm::AutoScalingForm(ProjectEditor *editor, QWidget *parent)
    : EntityForm(editor, parent), m_policies(compactList(QStringLiteral("ScalingPolicies"), this)),
      m_actions(compactList(QStringLiteral("ScheduledActions"), this)),
      m_policyForm(new ScalingPolicyForm(editor, this)),
      m_actionForm(new ScheduledActionForm(editor, this)), m_problems(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const auto editable = [this](Data &d) -> Model::ServiceAutoScaling * {
        Model::Service *s = d.service(m_ref.name);
        return s && s->autoScaling ? &*s->autoScaling : nullptr;
    };

    addCheck(
        form, QStringLiteral("autoScaling"), tr("Scale the desired count &automatically"),
        [this](const Data &d) { return scaling(d) != nullptr; },
        [this](Data &d, bool on) {
            Model::Service *s = d.service(m_ref.name);
            if (!s)
                return;
            if (on && !s->autoScaling)
                s->autoScaling = defaults(s->desiredCount);
            else if (!on)
                s->autoScaling.reset();
        });
    m_fields << addInt(
        form, QStringLiteral("MinCapacity"), tr("M&inimum tasks:"), 0, 10000,
        [this](const Data &d) { return scaling(d) ? scaling(d)->minCapacity : 0; },
        [editable](Data &d, int v) {
            if (auto *s = editable(d))
                s->minCapacity = v;
        });
    m_fields << addInt(
        form, QStringLiteral("MaxCapacity"), tr("Ma&ximum tasks:"), 0, 10000,
        [this](const Data &d) { return scaling(d) ? scaling(d)->maxCapacity : 0; },
        [editable](Data &d, int v) {
            if (auto *s = editable(d))
                s->maxCapacity = v;
        });

    // A list, its Add and Remove buttons (and Insert and Delete on it), the editor below.
    const auto section = [&](const QString &title, QListWidget *list, QWidget *editorWidget,
                             void (AutoScalingForm::*add)(), void (AutoScalingForm::*remove)()) {
        auto *label = new QLabel(title, this);
        label->setBuddy(list);
        layout->addWidget(label);
        layout->addWidget(list);
        auto *buttons = new QHBoxLayout;
        auto *addButton = new QPushButton(tr("Add"), this);
        auto *removeButton = new QPushButton(tr("Remove"), this);
        addButton->setObjectName(list->objectName() + QStringLiteral(".add"));
        removeButton->setObjectName(list->objectName() + QStringLiteral(".remove"));
        addButton->setToolTip(tr("Add one (Insert in the list)"));
        removeButton->setToolTip(tr("Remove the selected one (Delete in the list)"));
        buttons->addWidget(addButton);
        buttons->addWidget(removeButton);
        buttons->addStretch();
        layout->addLayout(buttons);
        layout->addWidget(editorWidget);
        connect(addButton, &QPushButton::clicked, this, add);
        connect(removeButton, &QPushButton::clicked, this, remove);
        list->installEventFilter(this);
        m_fields << list << addButton << removeButton;
        removeButton->setProperty("needsSelection", true);
    };
    section(tr("Scaling &policies:"), m_policies, m_policyForm, &AutoScalingForm::addPolicy,
            &AutoScalingForm::removePolicy);
    section(tr("Sc&heduled actions:"), m_actions, m_actionForm,
            &AutoScalingForm::addScheduledAction, &AutoScalingForm::removeScheduledAction);
    connect(m_policies, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_policyRow = row;
        showSelection();
    });
    connect(m_actions, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_actionRow = row;
        showSelection();
    });

    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("autoScalingProblems"));
    layout->addWidget(m_problems);

    onRefresh([this](const Data &d) {
        const Model::ServiceAutoScaling *s = scaling(d);
        const auto fill = [](QListWidget *list, const QStringList &items, const QStringList &tips,
                             int row) {
            const QSignalBlocker quiet(list);
            list->clear();
            list->addItems(items);
            for (int i = 0; i < tips.size(); ++i)
                list->item(i)->setToolTip(tips.at(i));
            list->setCurrentRow(items.isEmpty() ? -1 : std::clamp(row, 0, int(items.size()) - 1));
        };
        QStringList policies, policyTips, actions, actionTips;
        for (const Model::ScalingPolicy &p : s ? s->policies : QList<Model::ScalingPolicy>()) {
            policies << (p.isStepScaling() ? tr("%1 (step scaling)") : tr("%1 (target tracking)"))
                            .arg(p.policyName);
            policyTips << p.policyType;
        }
        for (const Model::ScheduledAction &a :
             s ? s->scheduledActions : QList<Model::ScheduledAction>()) {
            actions << tr("%1 (%2)").arg(a.scheduledActionName, a.schedule.section(u'(', 0, 0));
            actionTips << a.schedule;
        }
        fill(m_policies, policies, policyTips, m_policyRow);
        fill(m_actions, actions, actionTips, m_actionRow);
        for (QWidget *w : std::as_const(m_fields))
            w->setEnabled(s && (!w->property("needsSelection").toBool() ||
                                (w->objectName().startsWith(m_policies->objectName())
                                     ? m_policies->currentRow() >= 0
                                     : m_actions->currentRow() >= 0)));
        // Validation as the user types: what is wrong with the section, in its words.
        showProblems(m_problems, d, [this, s](const Model::Diagnostic &diag) {
            return s && diag.entity == m_ref.name &&
                   diag.entityKind == Model::Diagnostic::EntityKind::Service &&
                   diag.rule.startsWith(QLatin1String("autoscaling."));
        });
    });
}

const Model::ServiceAutoScaling *AutoScalingForm::scaling(const Data &d) const
{
    const Model::Service *s = d.service(m_ref.name);
    return s && s->autoScaling ? &*s->autoScaling : nullptr;
}

void AutoScalingForm::refresh()
{
    EntityForm::refresh();
    showSelection();
}

void AutoScalingForm::showSelection()
{
    m_policyForm->showItem(m_ref, m_policies->currentRow());
    m_policyForm->setVisible(m_policies->currentRow() >= 0);
    m_actionForm->showItem(m_ref, m_actions->currentRow());
    m_actionForm->setVisible(m_actions->currentRow() >= 0);
}

bool AutoScalingForm::focusPath(const QString &localPath)
{
    static const QRegularExpression item(
        QStringLiteral(R"(^\$\.autoScaling\.(ScalingPolicies|ScheduledActions)\[(\d+)\](.*)$)"));
    const QRegularExpressionMatch m = item.match(localPath);
    if (!m.hasMatch())
        return EntityForm::focusPath(localPath);
    const bool policy = m.captured(1) == QLatin1String("ScalingPolicies");
    QListWidget *list = policy ? m_policies : m_actions;
    const int row = m.captured(2).toInt();
    if (row >= list->count())
        return false;
    list->setCurrentRow(row);
    EntityForm *editor = policy ? static_cast<EntityForm *>(m_policyForm) : m_actionForm;
    if (editor->focusPath(QLatin1Char('$') + m.captured(3)))
        return true;
    list->setFocus(Qt::OtherFocusReason);
    return true;
}

bool AutoScalingForm::eventFilter(QObject *watched, QEvent *event)
{
    // Insert and Delete in a list add and remove there, before the window's Delete (which
    // removes what is selected on the canvas) sees the key.
    const bool policies = watched == m_policies;
    if ((policies || watched == m_actions) &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Insert || key == Qt::Key_Delete) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (key == Qt::Key_Insert)
                    policies ? addPolicy() : addScheduledAction();
                else
                    policies ? removePolicy() : removeScheduledAction();
            }
            return true;
        }
    }
    return EntityForm::eventFilter(watched, event);
}

void AutoScalingForm::addPolicy()
{
    const Model::ServiceAutoScaling *s = scaling(data());
    if (!s)
        return;
    QStringList taken;
    for (const Model::ScalingPolicy &p : s->policies)
        taken << p.policyName;
    Model::ScalingPolicy policy = defaults(1).policies.first();
    policy.policyName = freeName(QStringLiteral("policy"), taken);
    m_policyRow = int(s->policies.size());
    commit(tr("scaling policies"), [&](Data &d) {
        if (Model::Service *edited = d.service(m_ref.name); edited && edited->autoScaling)
            edited->autoScaling->policies << policy;
    });
    m_policies->setFocus(Qt::OtherFocusReason);
}

void AutoScalingForm::removePolicy()
{
    const int row = m_policies->currentRow();
    if (row < 0)
        return;
    commit(tr("scaling policies"), [&](Data &d) {
        if (Model::Service *edited = d.service(m_ref.name);
            edited && edited->autoScaling && row < edited->autoScaling->policies.size())
            edited->autoScaling->policies.removeAt(row);
    });
}

void AutoScalingForm::addScheduledAction()
{
    const Model::ServiceAutoScaling *s = scaling(data());
    if (!s)
        return;
    QStringList taken;
    for (const Model::ScheduledAction &a : s->scheduledActions)
        taken << a.scheduledActionName;
    Model::ScheduledAction action;
    action.scheduledActionName = freeName(QStringLiteral("action"), taken);
    action.schedule = QStringLiteral("cron(0 8 ? * MON-FRI *)");
    action.minCapacity = s->minCapacity;
    action.maxCapacity = s->maxCapacity;
    m_actionRow = int(s->scheduledActions.size());
    commit(tr("scheduled actions"), [&](Data &d) {
        if (Model::Service *edited = d.service(m_ref.name); edited && edited->autoScaling)
            edited->autoScaling->scheduledActions << action;
    });
    m_actions->setFocus(Qt::OtherFocusReason);
}

void AutoScalingForm::removeScheduledAction()
{
    const int row = m_actions->currentRow();
    if (row < 0)
        return;
    commit(tr("scheduled actions"), [&](Data &d) {
        if (Model::Service *edited = d.service(m_ref.name);
            edited && edited->autoScaling && row < edited->autoScaling->scheduledActions.size())
            edited->autoScaling->scheduledActions.removeAt(row);
    });
}

} // namespace Berth::Gui
