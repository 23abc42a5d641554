#include "ui/editors/autoscalingform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Berth::Gui {

namespace {

const QStringList kMetrics = {QStringLiteral("ECSServiceAverageCPUUtilization"),
                              QStringLiteral("ECSServiceAverageMemoryUtilization"),
                              QStringLiteral("ALBRequestCountPerTarget")};

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
    : EntityForm(editor, parent), m_problems(new QLabel(this)), m_kept(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const auto scaling = [this](const Data &d) -> const Model::ServiceAutoScaling * {
        const Model::Service *s = d.service(m_ref.name);
        return s && s->autoScaling ? &*s->autoScaling : nullptr;
    };
    const auto editable = [this](Data &d) -> Model::ServiceAutoScaling * {
        Model::Service *s = d.service(m_ref.name);
        return s && s->autoScaling ? &*s->autoScaling : nullptr;
    };
    // The first target tracking policy is the one the form edits.
    const auto policy = [scaling](const Data &d) -> const Model::TargetTrackingConfiguration * {
        const Model::ServiceAutoScaling *s = scaling(d);
        if (!s || s->policies.isEmpty() || !s->policies.first().isTargetTracking())
            return nullptr;
        return &s->policies.first().targetTracking;
    };
    const auto editPolicy = [editable](Data &d) -> Model::TargetTrackingConfiguration * {
        Model::ServiceAutoScaling *s = editable(d);
        if (!s || s->policies.isEmpty() || !s->policies.first().isTargetTracking())
            return nullptr;
        return &s->policies.first().targetTracking;
    };

    addCheck(
        form, QStringLiteral("autoScaling"), tr("Scale the desired count &automatically"),
        [scaling](const Data &d) { return scaling(d) != nullptr; },
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
        [scaling](const Data &d) { return scaling(d) ? scaling(d)->minCapacity : 0; },
        [editable](Data &d, int v) {
            if (auto *s = editable(d))
                s->minCapacity = v;
        });
    m_fields << addInt(
        form, QStringLiteral("MaxCapacity"), tr("Ma&ximum tasks:"), 0, 10000,
        [scaling](const Data &d) { return scaling(d) ? scaling(d)->maxCapacity : 0; },
        [editable](Data &d, int v) {
            if (auto *s = editable(d))
                s->maxCapacity = v;
        });
    QComboBox *metric = addChoice(
        form, QStringLiteral("PredefinedMetricType"), tr("&Metric:"),
        [](const Data &) { return kMetrics; },
        [policy](const Data &d) { return policy(d) ? policy(d)->predefinedMetricType : QString(); },
        [editPolicy](Data &d, const QString &v) {
            if (auto *p = editPolicy(d))
                p->predefinedMetricType = v;
        });
    // AWS's metric names are long: the combo shrinks with the panel rather than widen it.
    metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    metric->setMinimumContentsLength(12);
    metric->setToolTip(metric->currentText());
    connect(metric, &QComboBox::currentTextChanged, metric, &QComboBox::setToolTip);
    m_fields << metric;
    m_fields << addInt(
        form, QStringLiteral("TargetValue"), tr("Tar&get value:"), 0, 1000000,
        [policy](const Data &d) { return policy(d) ? int(policy(d)->targetValue) : 0; },
        [editPolicy](Data &d, int v) {
            if (auto *p = editPolicy(d))
                p->targetValue = v;
        });
    auto cooldown = [&](const char *key, const QString &label, bool out) {
        QSpinBox *spin = addOptionalInt(
            form, QLatin1String(key), label, 0, 86400, tr("default (300 s)"),
            [policy, out](const Data &d) -> std::optional<int> {
                if (!policy(d))
                    return std::nullopt;
                return out ? policy(d)->scaleOutCooldown : policy(d)->scaleInCooldown;
            },
            [editPolicy, out](Data &d, const std::optional<int> &v) {
                if (auto *p = editPolicy(d))
                    (out ? p->scaleOutCooldown : p->scaleInCooldown) = v;
            });
        spin->setSuffix(tr(" s"));
        m_fields << spin;
    };
    cooldown("ScaleOutCooldown", tr("Scale-&out cooldown:"), true);
    cooldown("ScaleInCooldown", tr("Scale-i&n cooldown:"), false);
    m_fields << addCheck(
        form, QStringLiteral("DisableScaleIn"), tr("&Never scale in"),
        [policy](const Data &d) { return policy(d) && policy(d)->disableScaleIn; },
        [editPolicy](Data &d, bool v) {
            if (auto *p = editPolicy(d))
                p->disableScaleIn = v;
        });
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("autoScalingProblems"));
    layout->addWidget(m_problems);
    m_kept->setWordWrap(true);
    m_kept->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_kept);

    onRefresh([this, scaling, policy](const Data &d) {
        const Model::ServiceAutoScaling *s = scaling(d);
        for (QWidget *w : std::as_const(m_fields))
            w->setEnabled(s && (w->objectName() == QLatin1String("MinCapacity") ||
                                w->objectName() == QLatin1String("MaxCapacity") || policy(d)));
        // Validation as the user types: what is wrong with the section, in its words.
        showProblems(m_problems, d, [this, s](const Model::Diagnostic &diag) {
            return s && diag.entity == m_ref.name &&
                   diag.entityKind == Model::Diagnostic::EntityKind::Service &&
                   diag.rule.startsWith(QLatin1String("autoscaling."));
        });
        const int others = s ? int(s->policies.size()) - (policy(d) ? 1 : 0) : 0;
        const int scheduled = s ? int(s->scheduledActions.size()) : 0;
        m_kept->setText(
            tr("%n more scaling policy(ies)", nullptr, others) + QStringLiteral(", ") +
            tr("%n scheduled action(s), kept as in the project file", nullptr, scheduled));
        m_kept->setVisible(others + scheduled > 0);
    });
}

} // namespace Berth::Gui
