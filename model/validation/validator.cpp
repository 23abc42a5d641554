#include "model/validation/validator.h"

#include "model/jsonshape.h"
#include "model/jsontext.h"

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
    return shapeDiagnostics(td, prefix);
}

Diagnostics Validator::validate(const ProjectData &project)
{
    Diagnostics out;
    for (qsizetype i = 0; i < project.taskDefinitions.size(); ++i) {
        const QString prefix =
            JsonText::index(QStringLiteral("$.taskDefinitions"), i) + QStringLiteral(".definition");
        out += validateTaskDefinition(project.taskDefinitions.at(i), prefix);
    }
    return out;
}

} // namespace Berth::Model
