#include "ui/panels/problemspanel.h"

#include "model/project.h"
#include "model/validation/validator.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyle>

namespace Berth::Gui {

ProblemsPanel::ProblemsPanel(Model::Project *project, QWidget *parent)
    : QTreeWidget(parent), m_project(project)
{
    setObjectName(QStringLiteral("problems"));
    setColumnCount(4);
    setHeaderLabels({tr("Severity"), tr("Entity"), tr("Problem"), tr("What to do")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    header()->resizeSection(3, 420);
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &ProblemsPanel::refreshNow);
    connect(project, &Model::Project::changed, &m_timer, qOverload<>(&QTimer::start));
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = indexOfTopLevelItem(item);
        if (i >= 0 && i < m_diagnostics.size())
            Q_EMIT diagnosticActivated(m_diagnostics.at(i));
    });
    refreshNow();
}

void ProblemsPanel::refreshNow()
{
    m_timer.stop();
    m_diagnostics = Model::Validator::validate(m_project->data());
    setUpdatesEnabled(false);
    clear();
    int warnings = 0;
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon info = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    for (const Model::Diagnostic &d : std::as_const(m_diagnostics)) {
        auto *item = new QTreeWidgetItem(
            this, {Model::Diagnostic::severityName(d.severity), d.entity, d.message, d.hint});
        item->setToolTip(2, d.path + QStringLiteral("\n") + d.message);
        item->setToolTip(3, d.hint);
        item->setIcon(0, d.isError()                                          ? error
                         : d.severity == Model::Diagnostic::Severity::Warning ? warning
                                                                              : info);
        if (d.severity == Model::Diagnostic::Severity::Warning)
            ++warnings;
    }
    setUpdatesEnabled(true);
    Q_EMIT diagnosticsChanged(m_diagnostics);
    Q_EMIT countsChanged(Model::errorCount(m_diagnostics), warnings);
}

int ProblemsPanel::heightForRows(int rows) const
{
    const int icon =
        iconSize().isValid() ? iconSize().height() : style()->pixelMetric(QStyle::PM_SmallIconSize);
    const int row = std::max(fontMetrics().height(), icon) + 4;
    return header()->sizeHint().height() + rows * row + 2 * frameWidth();
}

void ProblemsPanel::paintEvent(QPaintEvent *event)
{
    QTreeWidget::paintEvent(event);
    if (topLevelItemCount() > 0)
        return;
    // An empty table reads as "not checked yet"; say that the design was checked.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect text = viewport()->rect().adjusted(8, 4, -8, -4);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     tr("No problems found in this design."));
}

} // namespace Berth::Gui
