#include "model/validation/placementrules.h"

#include "model/jsontext.h"
#include "model/query/parseresult.h"

namespace Berth::Model::Internal {

namespace {

const QString kMemberOf = QStringLiteral("memberOf");
const QString kDistinctInstance = QStringLiteral("distinctInstance");
// CreateService, RunTask and RegisterTaskDefinition limits.
constexpr qsizetype kMaxConstraints = 10;
constexpr qsizetype kMaxStrategies = 5;

} // namespace

void PlacementRules::checkConstraints(const QList<PlacementConstraint> &constraints,
                                      const QString &arrayPath, Owner owner, Reporter &report)
{
    if (constraints.size() > kMaxConstraints)
        report.error(QStringLiteral("placement.constraint.count"), arrayPath,
                     tr("%1 placement constraints; ECS accepts at most %2")
                         .arg(constraints.size())
                         .arg(kMaxConstraints),
                     tr("Combine memberOf expressions with and/or, or remove constraints."));
    for (qsizetype i = 0; i < constraints.size(); ++i) {
        const PlacementConstraint &c = constraints.at(i);
        const QString path = JsonText::index(arrayPath, i);
        const QString typePath = JsonText::member(path, QStringLiteral("type"));
        const QString expressionPath = JsonText::member(path, QStringLiteral("expression"));
        if (c.type == kMemberOf) {
            checkMemberOf(c.expression, expressionPath, report);
        } else if (c.type == kDistinctInstance && owner == Owner::Service) {
            if (!c.expression.isEmpty())
                report.error(QStringLiteral("placement.distinctInstance.expression"),
                             expressionPath,
                             tr("a distinctInstance constraint takes no expression"),
                             tr("Remove the expression, or change the type to memberOf."));
        } else if (owner == Owner::TaskDefinition) {
            report.error(QStringLiteral("placement.constraint.type"), typePath,
                         tr("a task definition's placementConstraints take only type memberOf, "
                            "not \"%1\"")
                             .arg(c.type),
                         c.type == kDistinctInstance
                             ? tr("Set distinctInstance on the service instead.")
                             : tr("Use memberOf with a cluster query expression."));
        } else {
            report.error(QStringLiteral("placement.constraint.type"), typePath,
                         tr("unknown placement constraint type \"%1\"").arg(c.type),
                         tr("Use distinctInstance or memberOf."));
        }
    }
}

void PlacementRules::checkMemberOf(const QString &expression, const QString &path,
                                   Reporter &report)
{
    const QString rule = QStringLiteral("placement.memberOf.syntax");
    if (expression.trimmed().isEmpty()) {
        report.error(rule, path, tr("a memberOf constraint needs an expression"),
                     tr("Write a cluster query expression, e.g. "
                        "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]."));
        return;
    }
    const Query::ParseResult parsed = Query::Expression::parse(expression);
    if (parsed.isValid())
        return;
    const Query::ParseError error = parsed.error();
    report.error(rule, path, tr("the memberOf expression does not parse: %1").arg(error.message),
                 tr("Write it as `subject operator [argument]`, joined with and, or, not "
                    "and parentheses, e.g. attribute:ecs.instance-type =~ t3.*."),
                 error.column);
}

void PlacementRules::checkStrategies(const QList<PlacementStrategy> &strategies,
                                     const QString &arrayPath, Reporter &report)
{
    const QString fieldRule = QStringLiteral("placement.strategy.field");
    if (strategies.size() > kMaxStrategies)
        report.error(QStringLiteral("placement.strategy.count"), arrayPath,
                     tr("%1 placement strategies; ECS accepts at most %2")
                         .arg(strategies.size())
                         .arg(kMaxStrategies),
                     tr("Keep the %1 that matter most: each later strategy only breaks ties "
                        "of the ones before it.")
                         .arg(kMaxStrategies));
    for (qsizetype i = 0; i < strategies.size(); ++i) {
        const PlacementStrategy &s = strategies.at(i);
        const QString path = JsonText::index(arrayPath, i);
        const QString fieldPath = JsonText::member(path, QStringLiteral("field"));
        if (s.type == QLatin1String("binpack")) {
            if (s.field != QLatin1String("cpu") && s.field != QLatin1String("memory"))
                report.error(fieldRule, fieldPath,
                             s.field.isEmpty()
                                 ? tr("a binpack strategy needs a field")
                                 : tr("binpack cannot use field \"%1\"").arg(s.field),
                             tr("Set field to cpu or memory."));
        } else if (s.type == QLatin1String("spread")) {
            const bool ok = s.field == QLatin1String("instanceId") ||
                            s.field == QLatin1String("host") ||
                            (s.field.startsWith(QLatin1String("attribute:")) &&
                             s.field.size() > int(qstrlen("attribute:")));
            if (!ok)
                report.error(fieldRule, fieldPath,
                             s.field.isEmpty() ? tr("a spread strategy needs a field")
                                               : tr("spread cannot use field \"%1\"").arg(s.field),
                             tr("Set field to instanceId, host or attribute:NAME, e.g. "
                                "attribute:ecs.availability-zone."));
        } else if (s.type == QLatin1String("random")) {
            if (!s.field.isEmpty())
                report.error(fieldRule, fieldPath, tr("a random strategy takes no field"),
                             tr("Remove the field."));
        } else {
            report.error(QStringLiteral("placement.strategy.type"),
                         JsonText::member(path, QStringLiteral("type")),
                         tr("unknown placement strategy type \"%1\"").arg(s.type),
                         tr("Use binpack, spread or random."));
        }
    }
}

} // namespace Berth::Model::Internal
