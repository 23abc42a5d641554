#include "ui/editors/listenerruleform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace Berth::Gui {

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

} // namespace

ListenerRuleForm::ListenerRuleForm(ProjectEditor *editor, QWidget *parent)
    : EntityForm(editor, parent)
{
    auto *form = new QFormLayout(this);
    const auto get = [this](const Data &d) -> const Model::ListenerRule * {
        const Model::LoadBalancer *lb = d.loadBalancer(m_ref.parent);
        if (!lb || m_ref.listener < 0 || m_ref.listener >= lb->listeners.size())
            return nullptr;
        const auto &rules = lb->listeners.at(m_ref.listener).rules;
        return m_ref.rule >= 0 && m_ref.rule < rules.size() ? &rules.at(m_ref.rule) : nullptr;
    };
    const auto edit = [this, get](Data &d) { return const_cast<Model::ListenerRule *>(get(d)); };
    addInt(
        form, QStringLiteral("priority"), tr("&Priority:"), 1, 50000,
        [get](const Data &d) { return get(d) ? get(d)->priority : 1; },
        [edit](Data &d, const int &v) {
            if (auto *r = edit(d))
                r->priority = v;
        });
    addText(
        form, QStringLiteral("pathPatterns"), tr("P&ath patterns:"),
        [get](const Data &d) {
            return get(d) ? get(d)->pathPatterns.join(QStringLiteral(", ")) : QString();
        },
        [edit](Data &d, const QString &v) {
            if (auto *r = edit(d))
                r->pathPatterns = splitList(v);
        })
        ->setPlaceholderText(tr("/api/*, /v2/*"));
    addText(
        form, QStringLiteral("hostHeaders"), tr("&Host headers:"),
        [get](const Data &d) {
            return get(d) ? get(d)->hostHeaders.join(QStringLiteral(", ")) : QString();
        },
        [edit](Data &d, const QString &v) {
            if (auto *r = edit(d))
                r->hostHeaders = splitList(v);
        })
        ->setPlaceholderText(tr("api.example.com"));
    addText(
        form, QStringLiteral("httpRequestMethods"), tr("&Methods:"),
        [get](const Data &d) {
            return get(d) ? get(d)->httpRequestMethods.join(QStringLiteral(", ")) : QString();
        },
        [edit](Data &d, const QString &v) {
            if (auto *r = edit(d))
                r->httpRequestMethods = splitList(v);
        })
        ->setPlaceholderText(tr("GET, HEAD"));
    addText(
        form, QStringLiteral("sourceIps"), tr("&Source IPs:"),
        [get](const Data &d) {
            return get(d) ? get(d)->sourceIps.join(QStringLiteral(", ")) : QString();
        },
        [edit](Data &d, const QString &v) {
            if (auto *r = edit(d))
                r->sourceIps = splitList(v);
        })
        ->setPlaceholderText(tr("10.0.0.0/8, 127.0.0.1/32"));
    addText(
        form, QStringLiteral("queryStrings"), tr("&Query strings:"),
        [get](const Data &d) {
            return get(d) ? get(d)->queryStrings.join(QStringLiteral(", ")) : QString();
        },
        [edit](Data &d, const QString &v) {
            if (auto *r = edit(d))
                r->queryStrings = splitList(v);
        })
        ->setPlaceholderText(tr("version=v2, beta"));
    addText(
        form, QStringLiteral("httpHeader"), tr("HTTP hea&der:"),
        [get](const Data &d) {
            const Model::ListenerRule *r = get(d);
            if (!r || r->httpHeaderName.isEmpty())
                return QString();
            return r->httpHeaderName + QStringLiteral(": ")
                   + r->httpHeaderValues.join(QStringLiteral(", "));
        },
        [edit](Data &d, const QString &v) {
            if (auto *r = edit(d)) {
                // "Name: value, value"
                r->httpHeaderName = v.section(u':', 0, 0).trimmed();
                r->httpHeaderValues = splitList(v.section(u':', 1));
                if (r->httpHeaderName.isEmpty())
                    r->httpHeaderValues.clear();
            }
        })
        ->setPlaceholderText(tr("X-Canary: true"));
    using Action = Model::ListenerRule::Action;
    const auto parts = [edit](Data &d) {
        Model::ListenerRule *r = edit(d);
        return r ? ActionParts{&r->action, &r->fixedResponse, &r->redirect} : ActionParts{};
    };
    addAction(form, QStringLiteral("action"), tr("A&ction:"), parts, [&]() -> QList<QWidget *> {
        QWidget *targetGroup = addChoice(
            form, QStringLiteral("targetGroup"), tr("&Forward to:"),
            [](const Data &d) {
                QStringList names;
                for (const Model::TargetGroup &tg : d.targetGroups)
                    names << tg.name;
                return names;
            },
            [get](const Data &d) { return get(d) ? get(d)->targetGroup : QString(); },
            [edit](Data &d, const QString &v) {
                if (auto *r = edit(d))
                    r->targetGroup = v;
            });
        QLineEdit *weighted = addText(
            form, QStringLiteral("targetGroups"), tr("&Weighted targets:"),
            [get](const Data &d) {
                QStringList parts;
                if (const Model::ListenerRule *r = get(d)) {
                    for (const Model::WeightedTargetGroup &g : r->targetGroups)
                        parts << QStringLiteral("%1=%2").arg(g.targetGroup).arg(g.weight);
                }
                return parts.join(QStringLiteral(", "));
            },
            [edit](Data &d, const QString &v) {
                if (auto *r = edit(d)) {
                    // "name=weight, name=weight"; a name without a weight weighs 1.
                    r->targetGroups.clear();
                    for (const QString &part : splitList(v)) {
                        bool ok = false;
                        const int weight = part.section(u'=', 1).trimmed().toInt(&ok);
                        r->targetGroups.append({part.section(u'=', 0, 0).trimmed(),
                                                part.contains(u'=') ? weight : 1});
                        if (part.contains(u'=') && !ok)
                            r->targetGroups.last().weight = -1; // validation names the field
                    }
                }
            });
        weighted->setPlaceholderText(tr("blue=80, green=20 (instead of Forward to)"));
        QWidget *stickiness = addInt(
            form, QStringLiteral("stickinessSeconds"), tr("S&tickiness:"), 0, 604800,
            [get](const Data &d) { return get(d) ? get(d)->stickinessSeconds : 0; },
            [edit](Data &d, const int &v) {
                if (auto *r = edit(d))
                    r->stickinessSeconds = v;
            },
            tr(" s"));
        stickiness->setToolTip(tr("Weighted targets: keep a client on its target group for "
                                  "this long (0: off)"));
        return {targetGroup, weighted, stickiness};
    });
}

} // namespace Berth::Gui
