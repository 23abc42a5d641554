#include "ui/plan/planview.h"

#include "engine/scheduler/planner.h"
#include "model/project.h"
#include "ui/commands/projecteditor.h"
#include "ui/icons.h"
#include "ui/plan/planboard.h"
#include "ui/style/palette.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Berth::Gui {

using Model::EntityKind;

namespace {

constexpr int kServiceRole = Qt::UserRole + 1;
constexpr int kTaskRole = Qt::UserRole + 2;

} // namespace

PlanView::PlanView(ProjectEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_board(new PlanBoard(this)), m_summary(new QLabel(this)),
      m_services(new QTreeWidget(this)), m_tableTitle(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("planView"));
    auto *replanButton =
        new QPushButton(Icons::action(QStringLiteral("plan")), tr("Plan again"), this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(replanButton);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_board);
    scroll->setFrameShape(QFrame::NoFrame);

    m_services->setObjectName(QStringLiteral("planServices"));
    m_services->setHeaderLabels({tr("Service"), tr("Placement")});
    m_services->header()->resizeSection(0, 170);
    m_services->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("planExplanation"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableTitle->setWordWrap(true);

    // The board and the services side by side; the scheduler's table below, full width.
    auto *top = new QSplitter(this);
    top->addWidget(scroll);
    top->addWidget(m_services);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_tableTitle);
    tableLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(tableBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &PlanView::replan);
    connect(editor->project(), &Model::Project::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            m_timer.start();
    });
    connect(replanButton, &QPushButton::clicked, this, &PlanView::replan);
    connect(m_services, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { serviceSelected(item); });
    connect(m_services, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString service = item->data(0, kServiceRole).toString();
        if (!service.isEmpty())
            Q_EMIT serviceActivated(service);
    });
    connect(m_board, &PlanBoard::taskClicked, this,
            [this](const QString &service, const QString &) {
                for (int i = 0; i < m_services->topLevelItemCount(); ++i) {
                    if (m_services->topLevelItem(i)->data(0, kServiceRole).toString() == service)
                        m_services->setCurrentItem(m_services->topLevelItem(i));
                }
            });
}

void PlanView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        replan();
}

void PlanView::replan()
{
    m_timer.stop();
    m_stale = false;
    Engine::Planner planner(m_editor->data());
    m_plan = planner.plan();
    m_board->setPlan(m_plan);
    QSet<QString> warned;
    for (const Engine::PreflightFinding &f : std::as_const(m_plan.preflight)) {
        if (f.stalls)
            warned.insert(f.service);
    }
    m_board->setWarnedServices(warned);
    int placed = 0;
    for (const Engine::ServicePlan &s : std::as_const(m_plan.services))
        placed += int(s.placed.size());
    const int unplaced = m_plan.unplacedCount();
    QString summary = tr("%1 of %n task(s) placed", nullptr, placed + unplaced).arg(placed);
    if (m_plan.stallCount() > 0)
        summary += QStringLiteral(" · ") +
                   tr("%n rolling deployment(s) would stall", nullptr, m_plan.stallCount());
    if (m_plan.isClean())
        summary += QStringLiteral(" · ") + tr("every deployment can roll");
    m_summary->setText(summary);
    fillServices();
}

void PlanView::fillServices()
{
    const QString current = m_services->currentItem()
                                ? m_services->currentItem()->data(0, kServiceRole).toString()
                                : QString();
    m_services->clear();
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QTreeWidgetItem *select = nullptr;
    for (const Engine::ServicePlan &s : std::as_const(m_plan.services)) {
        auto *item = new QTreeWidgetItem(
            m_services, {s.name, tr("%1 of %2 placed").arg(s.placed.size()).arg(s.desiredCount)});
        item->setData(0, kServiceRole, s.name);
        item->setIcon(0, Icons::entity(EntityKind::Service));
        if (s.defaultCapacityProviderStrategy) {
            auto *strategy =
                new QTreeWidgetItem(item, {tr("capacity providers"), s.defaultStrategyText()});
            strategy->setData(0, kServiceRole, s.name);
            strategy->setToolTip(1, s.defaultStrategyText());
        }
        if (!s.unplaced.isEmpty()) {
            item->setIcon(1, error);
            auto *child = new QTreeWidgetItem(
                item, {tr("%n task(s) not placed", nullptr, int(s.unplaced.size())),
                       s.unplaced.first().ecsMessage});
            child->setData(0, kServiceRole, s.name);
            child->setData(0, kTaskRole, int(s.placed.size()));
            child->setToolTip(1, s.unplaced.first().reason);
            child->setIcon(0, error);
            auto *reason = new QTreeWidgetItem(child, {tr("why"), s.unplaced.first().reason});
            reason->setToolTip(1, s.unplaced.first().reason);
        }
        for (const Engine::PreflightFinding &f : std::as_const(m_plan.preflight)) {
            if (f.service != s.name || !f.stalls)
                continue;
            item->setIcon(1, s.unplaced.isEmpty() ? warning : error);
            auto *child = new QTreeWidgetItem(item, {tr("deployment would stall"), f.reason});
            child->setIcon(0, warning);
            child->setToolTip(1, f.ecsMessage + u'\n' + f.reason);
            for (const QString &fix : f.fixes)
                new QTreeWidgetItem(child, {tr("fix"), fix});
        }
        item->setExpanded(true);
        if (s.name == current)
            select = item;
    }
    if (select)
        m_services->setCurrentItem(select);
    else
        serviceSelected(nullptr);
}

void PlanView::serviceSelected(QTreeWidgetItem *item)
{
    const QString service = item ? item->data(0, kServiceRole).toString() : QString();
    m_board->setHighlightedService(service);
    int task = -1;
    for (QTreeWidgetItem *i = item; i; i = i->parent()) {
        if (i->data(0, kTaskRole).isValid())
            task = i->data(0, kTaskRole).toInt();
    }
    if (task < 0 && item) {
        // The service itself: explain its first task that was not placed, if any.
        for (int c = 0; c < item->childCount(); ++c) {
            if (item->child(c)->data(0, kTaskRole).isValid())
                task = item->child(c)->data(0, kTaskRole).toInt();
        }
    }
    if (service.isEmpty() || task < 0 || !explain(service, task)) {
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_tableTitle->setText(tr("Select a task that was not placed to see how the scheduler "
                                 "checked each instance."));
    }
}

bool PlanView::explain(const QString &service, int taskIndex)
{
    const std::optional<Engine::Explanation> explanation =
        Engine::Planner(m_editor->data(), m_plan.seed).explain(service, taskIndex);
    if (!explanation)
        return false;
    QStringList columns;
    for (const Engine::InstanceVerdict &v : explanation->verdicts()) {
        for (const Engine::RuleCheck &c : v.checks) {
            if (!columns.contains(c.name))
                columns << c.name;
        }
    }
    m_table->clear();
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setRowCount(int(explanation->verdicts().size()));
    for (int r = 0; r < explanation->verdicts().size(); ++r) {
        const Engine::InstanceVerdict &v = explanation->verdicts().at(r);
        m_table->setVerticalHeaderItem(r, new QTableWidgetItem(v.name));
        for (const Engine::RuleCheck &c : v.checks) {
            auto *cell = new QTableWidgetItem(
                (c.passed ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + c.detail);
            cell->setToolTip(c.name + QStringLiteral(": ") + c.detail);
            if (!c.passed && c.decides)
                cell->setForeground(Palette::error);
            m_table->setItem(r, int(columns.indexOf(c.name)), cell);
        }
    }
    QString title =
        tr("Task %1 of %2: each instance against each rule.").arg(taskIndex + 1).arg(service);
    for (const Engine::ServicePlan &s : std::as_const(m_plan.services)) {
        if (s.name == service && s.defaultCapacityProviderStrategy)
            title += u' ' + tr("Placed %1.").arg(s.defaultStrategyText());
    }
    m_tableTitle->setText(title);
    return true;
}

} // namespace Berth::Gui
