#include "ui/run/taskspanel.h"

#include "ui/run/taskstablemodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

namespace Berth::Gui {

TasksPanel::TasksPanel(QWidget *parent)
    : QWidget(parent), m_model(new TasksTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("tasksPanel"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("tasks"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAlternatingRowColors(true);
    const int widths[] = {110, 90, 80, 100, 100, 80, 70};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->setColumnWidth(c, widths[c]);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(TasksTableModel::TaskIdRole).toString();
                if (id.isEmpty() || id == m_selected)
                    return;
                m_selected = id;
                Q_EMIT taskSelected(id);
            });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT taskActivated(index.data(TasksTableModel::TaskIdRole).toString());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (index.isValid())
            Q_EMIT menuRequested(index.data(TasksTableModel::TaskIdRole).toString(),
                                 m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TasksPanel::reselect);
}

void TasksPanel::setTasks(const QList<Engine::Task> &tasks)
{
    m_model->setTasks(tasks);
}

void TasksPanel::selectTask(const QString &taskId)
{
    m_selected = taskId;
    reselect();
    Q_EMIT taskSelected(taskId);
}

void TasksPanel::reselect()
{
    const int row = m_model->rowOf(m_selected);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

} // namespace Berth::Gui
