#include "ui/editors/stepadjustmentsdialog.h"

#include "model/validation/validator.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Berth::Gui {

namespace {

enum Column { Lower, Upper, Adjustment };

QString text(const std::optional<double> &v)
{
    return v ? QString::number(*v) : QString();
}

} // namespace

StepAdjustmentsDialog::StepAdjustmentsDialog(const Model::ProjectData &design,
                                             const QString &service, int policyIndex,
                                             QWidget *parent)
    : QDialog(parent), m_design(design), m_service(service), m_policy(policyIndex),
      m_table(new QTableWidget(0, 3, this)), m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Step Adjustments"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Bounds are relative to the alarm's threshold; leave a bound "
                                "empty for infinity. The lower bound is inclusive when the "
                                "metric is above the threshold, the upper when it is below."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("StepAdjustments"));
    m_table->setHorizontalHeaderLabels({tr("Lower bound"), tr("Upper bound"), tr("Change")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setTabKeyNavigation(true);
    layout->addWidget(m_table);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Step"), this);
    auto *remove = new QPushButton(tr("&Remove Step"), this);
    add->setObjectName(QStringLiteral("addStep"));
    remove->setObjectName(QStringLiteral("removeStep"));
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);
    m_problems->setObjectName(QStringLiteral("stepProblems"));
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    const Model::Service *s = m_design.service(service);
    if (s && s->autoScaling && policyIndex >= 0 && policyIndex < s->autoScaling->policies.size()) {
        for (const Model::StepAdjustment &step :
             s->autoScaling->policies.at(policyIndex).stepScaling.stepAdjustments)
            addRow(step);
    }
    connect(add, &QPushButton::clicked, this, [this] {
        // The new step starts where the highest one ends (or at the threshold).
        std::optional<double> from = 0.0;
        const QList<Model::StepAdjustment> current = steps();
        if (!current.isEmpty() && current.last().metricIntervalUpperBound)
            from = current.last().metricIntervalUpperBound;
        addRow({from, std::nullopt, 1});
        m_table->setCurrentCell(m_table->rowCount() - 1, Lower);
        m_table->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        check();
    });
    connect(m_table, &QTableWidget::cellChanged, this, &StepAdjustmentsDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(440, 360);
    check();
}

void StepAdjustmentsDialog::addRow(const Model::StepAdjustment &step)
{
    const QSignalBlocker quiet(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Lower, new QTableWidgetItem(text(step.metricIntervalLowerBound)));
    m_table->setItem(row, Upper, new QTableWidgetItem(text(step.metricIntervalUpperBound)));
    m_table->setItem(row, Adjustment,
                     new QTableWidgetItem(QString::number(step.scalingAdjustment)));
    check();
}

QList<Model::StepAdjustment> StepAdjustmentsDialog::steps() const
{
    QList<Model::StepAdjustment> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto cell = [&](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        Model::StepAdjustment step;
        bool ok = true;
        if (!cell(Lower).isEmpty())
            step.metricIntervalLowerBound = QLocale().toDouble(cell(Lower), &ok);
        if (ok && !cell(Upper).isEmpty())
            step.metricIntervalUpperBound = QLocale().toDouble(cell(Upper), &ok);
        if (ok)
            step.scalingAdjustment = QLocale().toInt(cell(Adjustment), &ok);
        if (ok)
            out << step;
    }
    return out;
}

QString StepAdjustmentsDialog::problems() const
{
    return m_problems->text();
}

void StepAdjustmentsDialog::check()
{
    QStringList problems;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column : {Lower, Upper, Adjustment}) {
            const QTableWidgetItem *item = m_table->item(row, column);
            const QString value = item ? item->text().trimmed() : QString();
            bool ok = column != Adjustment && value.isEmpty();
            if (!ok && column == Adjustment)
                QLocale().toInt(value, &ok);
            else if (!ok)
                QLocale().toDouble(value, &ok);
            if (!ok)
                problems << (column == Adjustment
                                 ? tr("Step %1: the change \"%2\" is not a whole number of "
                                      "tasks (or percent).")
                                 : tr("Step %1: the bound \"%2\" is not a number; leave it "
                                      "empty for infinity."))
                                .arg(row + 1)
                                .arg(value);
        }
    }
    m_cellsRead = problems.isEmpty();
    if (m_cellsRead) {
        // The design's own rules, on the design with these steps.
        Model::Service *s = m_design.service(m_service);
        if (s && s->autoScaling && m_policy >= 0 && m_policy < s->autoScaling->policies.size()) {
            s->autoScaling->policies[m_policy].stepScaling.stepAdjustments = steps();
            const QString policyPath = QStringLiteral("ScalingPolicies[%1]").arg(m_policy);
            for (const Model::Diagnostic &d : Model::Validator::validate(m_design)) {
                if (d.isError() && d.entity == m_service &&
                    d.rule.startsWith(QLatin1String("autoscaling.step")) &&
                    d.path.contains(policyPath))
                    problems << d.message + QStringLiteral(". ") + d.hint;
            }
        }
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_cellsRead);
}

} // namespace Berth::Gui
