#include "ui/editors/scalingpolicyform.h"

#include "ui/editors/stepadjustmentsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Berth::Gui {

namespace {

const QStringList kTypes = {QStringLiteral("TargetTrackingScaling"), QStringLiteral("StepScaling")};
const QStringList &kMetrics = Model::AutoScalingNames::predefinedMetricTypes();
const QStringList &kAlarmMetrics = Model::AutoScalingNames::alarmMetricNames();
const QStringList &kComparisons = Model::AutoScalingNames::comparisonOperators();
const QStringList &kAdjustments = Model::AutoScalingNames::adjustmentTypes();

/// AWS's member values are long: the combo shrinks with the panel rather than widen it, and
/// its tooltip shows the whole value.
void narrow(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->setToolTip(combo->currentText());
    QObject::connect(combo, &QComboBox::currentTextChanged, combo, &QComboBox::setToolTip);
}

QString bound(const std::optional<double> &v, const QString &infinity)
{
    return v ? QString::number(*v) : infinity;
}

} // namespace

Model::StepScalingConfiguration ScalingPolicyForm::stepDefaults(const QString &service,
                                                                const QString &policyName)
{
    Model::StepScalingConfiguration c;
    c.alarm.alarmName = QStringLiteral("%1-%2").arg(service, policyName);
    c.alarm.threshold = 70;
    c.stepAdjustments << Model::StepAdjustment{0.0, std::nullopt, 1};
    return c;
}

QString ScalingPolicyForm::stepsSummary(const Model::StepScalingConfiguration &c)
{
    QStringList lines;
    for (const Model::StepAdjustment &s : c.stepAdjustments)
        lines << tr("%1 to %2: %3")
                     .arg(bound(s.metricIntervalLowerBound, QStringLiteral("-∞")),
                          bound(s.metricIntervalUpperBound, QStringLiteral("+∞")))
                     .arg(s.scalingAdjustment > 0 ? QStringLiteral("+%1").arg(s.scalingAdjustment)
                                                  : QString::number(s.scalingAdjustment));
    return lines.isEmpty() ? tr("No steps") : lines.join(u'\n');
}

ScalingPolicyForm::ScalingPolicyForm(ProjectEditor *editor, QWidget *parent)
    : EntityForm(editor, parent), m_pages(new QStackedWidget(this)), m_steps(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *common = new QFormLayout;
    layout->addLayout(common);
    layout->addWidget(m_pages);
    // Getters read the policy at m_index; setters edit it, or nothing when it is gone.
    const auto p = [this](const Data &d) { return policy(d); };
    const auto edit = [this](Data &d) { return policy(d); };
    const auto tt = [p](const Data &d) -> const Model::TargetTrackingConfiguration * {
        return p(d) ? &p(d)->targetTracking : nullptr;
    };
    const auto step = [p](const Data &d) -> const Model::StepScalingConfiguration * {
        return p(d) ? &p(d)->stepScaling : nullptr;
    };
#define BERTH_POLICY_SET(expr)                                                                     \
    [edit](Data &d, const auto &v) {                                                               \
        if (Model::ScalingPolicy *policy = edit(d))                                                \
            policy->expr = v;                                                                      \
    }

    addText(
        common, QStringLiteral("PolicyName"), tr("Policy &name:"),
        [p](const Data &d) { return p(d) ? p(d)->policyName : QString(); },
        BERTH_POLICY_SET(policyName));
    QComboBox *type = addChoice(
        common, QStringLiteral("PolicyType"), tr("Policy &type:"),
        [](const Data &) { return kTypes; },
        [p](const Data &d) { return p(d) ? p(d)->policyType : QString(); },
        [this, edit](Data &d, const QString &v) {
            Model::ScalingPolicy *policy = edit(d);
            if (!policy)
                return;
            policy->policyType = v;
            // A policy turned into step scaling gets a step and an alarm to start from.
            if (policy->isStepScaling() && policy->stepScaling.stepAdjustments.isEmpty() &&
                policy->stepScaling.alarm.alarmName.isEmpty())
                policy->stepScaling = stepDefaults(m_ref.name, policy->policyName);
        });
    narrow(type);

    auto *ttPage = new QWidget(m_pages);
    auto *ttForm = new QFormLayout(ttPage);
    ttForm->setContentsMargins(0, 0, 0, 0);
    narrow(addChoice(
        ttForm, QStringLiteral("PredefinedMetricType"), tr("&Metric:"),
        [](const Data &) { return kMetrics; },
        [tt](const Data &d) { return tt(d) ? tt(d)->predefinedMetricType : QString(); },
        BERTH_POLICY_SET(targetTracking.predefinedMetricType)));
    addDouble(
        ttForm, QStringLiteral("TargetValue"), tr("Tar&get value:"), 0, 1000000, 1,
        [tt](const Data &d) { return tt(d) ? tt(d)->targetValue : 0.0; },
        BERTH_POLICY_SET(targetTracking.targetValue));
    const auto cooldown = [&](QFormLayout *form, const char *key, const QString &label,
                              Getter<std::optional<int>> get, Setter<std::optional<int>> set) {
        addOptionalInt(form, QLatin1String(key), label, 0, 86400, tr("default (300 s)"),
                       std::move(get), std::move(set))
            ->setSuffix(tr(" s"));
    };
    cooldown(
        ttForm, "ScaleOutCooldown", tr("Scale-&out cooldown:"),
        [tt](const Data &d) { return tt(d) ? tt(d)->scaleOutCooldown : std::nullopt; },
        BERTH_POLICY_SET(targetTracking.scaleOutCooldown));
    cooldown(
        ttForm, "ScaleInCooldown", tr("Scale-i&n cooldown:"),
        [tt](const Data &d) { return tt(d) ? tt(d)->scaleInCooldown : std::nullopt; },
        BERTH_POLICY_SET(targetTracking.scaleInCooldown));
    addCheck(
        ttForm, QStringLiteral("DisableScaleIn"), tr("&Never scale in"),
        [tt](const Data &d) { return tt(d) && tt(d)->disableScaleIn; },
        BERTH_POLICY_SET(targetTracking.disableScaleIn));
    m_pages->addWidget(ttPage);

    auto *stepPage = new QWidget(m_pages);
    auto *stepForm = new QFormLayout(stepPage);
    stepForm->setContentsMargins(0, 0, 0, 0);
    addText(
        stepForm, QStringLiteral("AlarmName"), tr("A&larm name:"),
        [step](const Data &d) { return step(d) ? step(d)->alarm.alarmName : QString(); },
        BERTH_POLICY_SET(stepScaling.alarm.alarmName));
    narrow(addChoice(
        stepForm, QStringLiteral("MetricName"), tr("Alarm &metric:"),
        [](const Data &) { return kAlarmMetrics; },
        [step](const Data &d) { return step(d) ? step(d)->alarm.metricName : QString(); },
        BERTH_POLICY_SET(stepScaling.alarm.metricName)));
    narrow(addChoice(
        stepForm, QStringLiteral("ComparisonOperator"), tr("&Comparison:"),
        [](const Data &) { return kComparisons; },
        [step](const Data &d) { return step(d) ? step(d)->alarm.comparisonOperator : QString(); },
        BERTH_POLICY_SET(stepScaling.alarm.comparisonOperator)));
    addDouble(
        stepForm, QStringLiteral("Threshold"), tr("T&hreshold:"), -1000000, 1000000, 1,
        [step](const Data &d) { return step(d) ? step(d)->alarm.threshold : 0.0; },
        BERTH_POLICY_SET(stepScaling.alarm.threshold));
    addInt(
        stepForm, QStringLiteral("Period"), tr("&Period:"), 0, 86400,
        [step](const Data &d) { return step(d) ? step(d)->alarm.period : 60; },
        BERTH_POLICY_SET(stepScaling.alarm.period), tr(" s"))
        ->setSingleStep(60);
    addInt(
        stepForm, QStringLiteral("EvaluationPeriods"), tr("&Evaluation periods:"), 0, 1440,
        [step](const Data &d) { return step(d) ? step(d)->alarm.evaluationPeriods : 1; },
        BERTH_POLICY_SET(stepScaling.alarm.evaluationPeriods));
    addOptionalInt(
        stepForm, QStringLiteral("DatapointsToAlarm"), tr("&Datapoints to alarm:"), 1, 1440,
        tr("all"),
        [step](const Data &d) { return step(d) ? step(d)->alarm.datapointsToAlarm : std::nullopt; },
        BERTH_POLICY_SET(stepScaling.alarm.datapointsToAlarm));
    narrow(addChoice(
        stepForm, QStringLiteral("AdjustmentType"), tr("&Adjustment:"),
        [](const Data &) { return kAdjustments; },
        [step](const Data &d) { return step(d) ? step(d)->adjustmentType : QString(); },
        BERTH_POLICY_SET(stepScaling.adjustmentType)));
    addOptionalInt(
        stepForm, QStringLiteral("MinAdjustmentMagnitude"), tr("Minimum c&hange:"), 1, 10000,
        tr("none"),
        [step](const Data &d) { return step(d) ? step(d)->minAdjustmentMagnitude : std::nullopt; },
        BERTH_POLICY_SET(stepScaling.minAdjustmentMagnitude));
    cooldown(
        stepForm, "Cooldown", tr("C&ooldown:"),
        [step](const Data &d) { return step(d) ? step(d)->cooldown : std::nullopt; },
        BERTH_POLICY_SET(stepScaling.cooldown));
#undef BERTH_POLICY_SET
    m_steps->setObjectName(QStringLiteral("stepsSummary"));
    auto *editStepsButton = new QPushButton(tr("&Steps..."), stepPage);
    editStepsButton->setObjectName(QStringLiteral("StepAdjustments"));
    editStepsButton->setToolTip(tr("Edit the step adjustments: bounds relative to the alarm's "
                                   "threshold and the change in tasks"));
    stepForm->addRow(editStepsButton, m_steps);
    connect(editStepsButton, &QPushButton::clicked, this, &ScalingPolicyForm::editSteps);
    m_pages->addWidget(stepPage);

    onRefresh([this, p](const Data &d) {
        const Model::ScalingPolicy *policy = p(d);
        m_pages->setCurrentIndex(policy && policy->isStepScaling() ? 1 : 0);
        m_steps->setText(policy ? stepsSummary(policy->stepScaling) : QString());
    });
}

const Model::ScalingPolicy *ScalingPolicyForm::policy(const Data &d) const
{
    const Model::Service *s = d.service(m_ref.name);
    if (!s || !s->autoScaling || m_index < 0 || m_index >= s->autoScaling->policies.size())
        return nullptr;
    return &s->autoScaling->policies.at(m_index);
}

Model::ScalingPolicy *ScalingPolicyForm::policy(Data &d) const
{
    Model::Service *s = d.service(m_ref.name);
    if (!s || !s->autoScaling || m_index < 0 || m_index >= s->autoScaling->policies.size())
        return nullptr;
    return &s->autoScaling->policies[m_index];
}

void ScalingPolicyForm::showItem(const Model::EntityRef &service, int index)
{
    m_ref = service;
    m_index = index;
    const Model::ScalingPolicy *p = policy(data());
    m_mergeScope = p ? QStringLiteral("policy:%1").arg(p->policyName) : QString();
    refresh();
}

void ScalingPolicyForm::editSteps()
{
    const Model::ScalingPolicy *p = policy(data());
    if (!p)
        return;
    StepAdjustmentsDialog dialog(data(), m_ref.name, m_index, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<Model::StepAdjustment> steps = dialog.steps();
    commit(tr("step adjustments"), [&](Data &d) {
        if (Model::ScalingPolicy *edited = policy(d))
            edited->stepScaling.stepAdjustments = steps;
    });
}

} // namespace Berth::Gui
