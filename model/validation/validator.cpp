#include "model/validation/validator.h"

#include "model/jsonshape.h"
#include "model/jsontext.h"
#include "model/validation/autoscalingrules.h"
#include "model/validation/capacityproviderrules.h"
#include "model/validation/clusterrules.h"
#include "model/validation/loadbalancerrules.h"
#include "model/validation/localrules.h"
#include "model/validation/safetyrules.h"
#include "model/validation/servicerules.h"
#include "model/validation/targetgrouprules.h"
#include "model/validation/taskdefinitionrules.h"

#include <QSet>

namespace Berth::Model {

namespace {

Diagnostics shapeDiagnostics(const TaskDefinition &td, const QString &prefix)
{
    Diagnostics out;
    for (const JsonIssue &issue :
         JsonShape::check(td.json(), QStringLiteral("RegisterTaskDefinition"), prefix)) {
        Diagnostic d;
        d.entityKind = Diagnostic::EntityKind::TaskDefinition;
        d.entity = td.key();
        d.path = issue.path;
        d.message = issue.message;
        d.hint = issue.hint;
        d.rule = QStringLiteral("ecs.shape");
        out.append(d);
    }
    return out;
}

} // namespace

Diagnostics Validator::validateTaskDefinition(const TaskDefinition &td, const QString &prefix)
{
    Diagnostics rules;
    Internal::TaskDefinitionRules::check(td, prefix, rules);
    // Where a rule speaks about a value, it says more than the generic shape finding.
    QSet<QString> covered;
    for (const Diagnostic &d : rules)
        covered.insert(d.path);
    Diagnostics out;
    for (const Diagnostic &d : shapeDiagnostics(td, prefix)) {
        if (!covered.contains(d.path))
            out.append(d);
    }
    out += rules;
    Internal::SafetyRules::check(td, prefix, out); // warnings, never hiding a shape finding
    Internal::LocalRules::checkTaskDefinition(td, prefix, out);
    return out;
}

Diagnostics Validator::validate(const ProjectData &project)
{
    Diagnostics out;
    for (qsizetype i = 0; i < project.taskDefinitions.size(); ++i) {
        const QString prefix = JsonText::member(
            JsonText::index(QStringLiteral("$.taskDefinitions"), i), QStringLiteral("definition"));
        out += validateTaskDefinition(project.taskDefinitions.at(i), prefix);
    }
    Internal::TaskDefinitionRules::checkRevisions(project, out);
    Internal::ClusterRules::check(project, out);
    Internal::CapacityProviderRules::check(project, out);
    Internal::ServiceRules::check(project, out);
    Internal::AutoScalingRules::check(project, out);
    for (qsizetype k = 0; k < project.services.size(); ++k)
    {
        const QString path = JsonText::index(QStringLiteral("$.services"), k);
        Internal::LocalRules::checkService(project.services.at(k), path, out);
        Internal::LocalRules::checkRevision(project, project.services.at(k), path, out);
    }
    Internal::LoadBalancerRules::check(project, out);
    Internal::TargetGroupRules::check(project, out);
    return out;
}

} // namespace Berth::Model
