#include "ui/diagnosticlocator.h"

#include <QRegularExpression>

namespace Berth::Gui {

using Model::Diagnostic;
using Model::EntityKind;
using Model::EntityRef;

EntityRef DiagnosticLocator::entityOf(const Diagnostic &d)
{
    switch (d.entityKind) {
    case Diagnostic::EntityKind::Cluster:
        return EntityRef::cluster(d.entity);
    case Diagnostic::EntityKind::ContainerInstance: {
        const qsizetype slash = d.entity.indexOf(u'/');
        return EntityRef::instance(d.entity.left(slash), d.entity.mid(slash + 1));
    }
    case Diagnostic::EntityKind::TaskDefinition: {
        const qsizetype colon = d.entity.lastIndexOf(u':');
        return EntityRef::taskDefinition(colon < 0 ? d.entity : d.entity.left(colon));
    }
    case Diagnostic::EntityKind::Service:
        return EntityRef::service(d.entity);
    case Diagnostic::EntityKind::LoadBalancer: {
        static const QRegularExpression rule(
            QStringLiteral(R"(^\$\.loadBalancers\[\d+\]\.listeners\[(\d+)\]\.rules\[(\d+)\])"));
        const QRegularExpressionMatch m = rule.match(d.path);
        if (m.hasMatch())
            return EntityRef::listenerRule(d.entity, m.captured(1).toInt(), m.captured(2).toInt());
        return EntityRef::loadBalancer(d.entity);
    }
    case Diagnostic::EntityKind::TargetGroup:
        return EntityRef::targetGroup(d.entity);
    case Diagnostic::EntityKind::Project:
        break;
    }
    return {EntityKind::Project};
}

int DiagnosticLocator::revisionOf(const Diagnostic &d)
{
    if (d.entityKind != Diagnostic::EntityKind::TaskDefinition)
        return 0;
    const qsizetype colon = d.entity.lastIndexOf(u':');
    return colon < 0 ? 0 : d.entity.mid(colon + 1).toInt();
}

QString DiagnosticLocator::localPath(const Diagnostic &d)
{
    static const QRegularExpression prefix(QStringLiteral(
        R"(^\$(\.taskDefinitions\[\d+\]\.definition|\.taskDefinition)"
        R"(|\.clusters\[\d+\]\.instances\[\d+\])"
        R"(|\.loadBalancers\[\d+\]\.listeners\[\d+\]\.rules\[\d+\]|\.[A-Za-z]+\[\d+\])?)"));
    const QRegularExpressionMatch m = prefix.match(d.path);
    if (!m.hasMatch())
        return d.path;
    return QStringLiteral("$") + d.path.mid(m.capturedLength());
}

} // namespace Berth::Gui
