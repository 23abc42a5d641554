#include "ui/editors/targetgroupform.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Berth::Gui {

TargetGroupForm::TargetGroupForm(ProjectEditor *editor, QWidget *parent)
    : EntityForm(editor, parent)
{
    auto *form = new QFormLayout(this);
    const auto get = [this](const Data &d) { return d.targetGroup(m_ref.name); };
    const auto edit = [this, get](Data &d) { return const_cast<Model::TargetGroup *>(get(d)); };
#define BERTH_SET(expr)                                                                            \
    [edit](Data &d, const auto &v) {                                                               \
        if (Model::TargetGroup *tg = edit(d))                                                      \
            expr;                                                                                  \
    }
    const auto choice = [](std::initializer_list<const char *> items) {
        return [list = QStringList(items.begin(), items.end())](const Data &) { return list; };
    };
    addName(form);
    addChoice(
        form, QStringLiteral("protocol"), tr("&Protocol:"),
        [](const Data &) {
            return QStringList{QStringLiteral("HTTP"), QStringLiteral("HTTPS"),
                               QStringLiteral("TCP"),  QStringLiteral("UDP"),
                               QStringLiteral("TLS"),  QStringLiteral("TCP_UDP")};
        },
        [get](const Data &d) { return get(d) ? get(d)->protocol : QString(); },
        BERTH_SET(tg->protocol = v));
    addInt(
        form, QStringLiteral("port"), tr("P&ort:"), 1, 65535,
        [get](const Data &d) { return get(d) ? get(d)->port : 80; }, BERTH_SET(tg->port = v));
    addChoice(
        form, QStringLiteral("targetType"), tr("&Target type:"), choice({"instance", "ip"}),
        [get](const Data &d) { return get(d) ? get(d)->targetType : QString(); },
        BERTH_SET(tg->targetType = v));
    addInt(
        form, QStringLiteral("deregistrationDelaySeconds"), tr("&Deregistration delay:"), 0, 3600,
        [get](const Data &d) { return get(d) ? get(d)->deregistrationDelaySeconds : 0; },
        BERTH_SET(tg->deregistrationDelaySeconds = v), tr(" s"));

    auto *health = new QLabel(tr("<b>Health check</b>"), this);
    form->addRow(health);
    addChoice(
        form, QStringLiteral("healthCheckProtocol"), tr("P&rotocol:"),
        choice({"HTTP", "HTTPS", "TCP"}),
        [get](const Data &d) { return get(d) ? get(d)->healthCheck.protocol : QString(); },
        BERTH_SET(tg->healthCheck.protocol = v));
    addText(
        form, QStringLiteral("path"), tr("Pat&h:"),
        [get](const Data &d) { return get(d) ? get(d)->healthCheck.path : QString(); },
        BERTH_SET(tg->healthCheck.path = v.trimmed()));
    addText(
        form, QStringLiteral("healthCheckPort"), tr("Por&t:"),
        [get](const Data &d) { return get(d) ? get(d)->healthCheck.port : QString(); },
        BERTH_SET(tg->healthCheck.port = v.trimmed()))
        ->setPlaceholderText(QStringLiteral("traffic-port"));
    addInt(
        form, QStringLiteral("intervalSeconds"), tr("&Interval:"), 5, 300,
        [get](const Data &d) { return get(d) ? get(d)->healthCheck.intervalSeconds : 30; },
        BERTH_SET(tg->healthCheck.intervalSeconds = v), tr(" s"));
    addInt(
        form, QStringLiteral("timeoutSeconds"), tr("Ti&meout:"), 2, 120,
        [get](const Data &d) { return get(d) ? get(d)->healthCheck.timeoutSeconds : 5; },
        BERTH_SET(tg->healthCheck.timeoutSeconds = v), tr(" s"));
    addInt(
        form, QStringLiteral("healthyThreshold"), tr("H&ealthy after:"), 2, 10,
        [get](const Data &d) { return get(d) ? get(d)->healthCheck.healthyThreshold : 5; },
        BERTH_SET(tg->healthCheck.healthyThreshold = v), tr(" checks"));
    addInt(
        form, QStringLiteral("unhealthyThreshold"), tr("&Unhealthy after:"), 2, 10,
        [get](const Data &d) { return get(d) ? get(d)->healthCheck.unhealthyThreshold : 2; },
        BERTH_SET(tg->healthCheck.unhealthyThreshold = v), tr(" checks"));
    addText(
        form, QStringLiteral("matcher"), tr("Success &codes:"),
        [get](const Data &d) { return get(d) ? get(d)->healthCheck.matcher : QString(); },
        BERTH_SET(tg->healthCheck.matcher = v.trimmed()));
#undef BERTH_SET
}

} // namespace Berth::Gui
