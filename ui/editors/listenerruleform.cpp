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
    auto *action = addChoice(
        form, QStringLiteral("action"), tr("A&ction:"),
        [](const Data &) {
            return QStringList{Model::ListenerRule::actionName(Action::Forward),
                               Model::ListenerRule::actionName(Action::FixedResponse),
                               Model::ListenerRule::actionName(Action::Redirect)};
        },
        [get](const Data &d) {
            return Model::ListenerRule::actionName(get(d) ? get(d)->action : Action::Forward);
        },
        [edit](Data &d, const QString &v) {
            if (auto *r = edit(d))
                r->action = Model::ListenerRule::actionFromName(v).value_or(Action::Forward);
        });
    action->setToolTip(tr("forward: to a target group, or weighted to several; fixed-response: "
                          "the load balancer answers by itself; redirect: it sends the client "
                          "to another URL"));
    QList<QPair<Action, QWidget *>> byAction;
    const auto forAction = [&byAction](Action a, QWidget *w) {
        byAction.append({a, w});
        return w;
    };
    forAction(Action::Forward, addChoice(
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
        }));
    auto *weighted = static_cast<QLineEdit *>(forAction(Action::Forward, addText(
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
                    r->targetGroups.append(
                        {part.section(u'=', 0, 0).trimmed(), part.contains(u'=') ? weight : 1});
                    if (part.contains(u'=') && !ok)
                        r->targetGroups.last().weight = -1; // validation names the field
                }
            }
        })));
    weighted->setPlaceholderText(tr("blue=80, green=20 (instead of Forward to)"));
    forAction(Action::Forward, addInt(
        form, QStringLiteral("stickinessSeconds"), tr("S&tickiness:"), 0, 604800,
        [get](const Data &d) { return get(d) ? get(d)->stickinessSeconds : 0; },
        [edit](Data &d, const int &v) {
            if (auto *r = edit(d))
                r->stickinessSeconds = v;
        },
        tr(" s")))->setToolTip(tr("Weighted targets: keep a client on its target group for "
                                  "this long (0: off)"));
    const auto fixed = [edit](Data &d) -> Model::FixedResponse * {
        Model::ListenerRule *r = edit(d);
        return r ? &r->fixedResponse : nullptr;
    };
    forAction(Action::FixedResponse, addText(
        form, QStringLiteral("fixedResponse"), tr("Response &status:"),
        [get](const Data &d) { return get(d) ? get(d)->fixedResponse.statusCode : QString(); },
        [fixed](Data &d, const QString &v) {
            if (auto *f = fixed(d))
                f->statusCode = v.trimmed();
        }));
    forAction(Action::FixedResponse, addChoice(
        form, QStringLiteral("contentType"), tr("Content &type:"),
        [](const Data &) {
            return QStringList{QStringLiteral("text/plain"), QStringLiteral("text/css"),
                               QStringLiteral("text/html"),
                               QStringLiteral("application/javascript"),
                               QStringLiteral("application/json")};
        },
        [get](const Data &d) { return get(d) ? get(d)->fixedResponse.contentType : QString(); },
        [fixed](Data &d, const QString &v) {
            if (auto *f = fixed(d))
                f->contentType = v;
        }));
    forAction(Action::FixedResponse, addText(
        form, QStringLiteral("messageBody"), tr("&Body:"),
        [get](const Data &d) { return get(d) ? get(d)->fixedResponse.messageBody : QString(); },
        [fixed](Data &d, const QString &v) {
            if (auto *f = fixed(d))
                f->messageBody = v;
        }));
    const auto redirect = [edit](Data &d) -> Model::Redirect * {
        Model::ListenerRule *r = edit(d);
        return r ? &r->redirect : nullptr;
    };
    const auto addRedirectPart = [&](const QString &key, const QString &label,
                                     QString Model::Redirect::*part) {
        forAction(Action::Redirect, addText(
            form, key, label,
            [get, part](const Data &d) { return get(d) ? get(d)->redirect.*part : QString(); },
            [redirect, part](Data &d, const QString &v) {
                if (auto *r = redirect(d))
                    r->*part = v.trimmed();
            }));
    };
    addRedirectPart(QStringLiteral("redirectProtocol"), tr("Redirect pr&otocol:"),
                    &Model::Redirect::protocol);
    addRedirectPart(QStringLiteral("redirectHost"), tr("Redirect ho&st:"), &Model::Redirect::host);
    addRedirectPart(QStringLiteral("redirectPort"), tr("Redirect &port:"), &Model::Redirect::port);
    addRedirectPart(QStringLiteral("redirectPath"), tr("Redirect pat&h:"), &Model::Redirect::path);
    addRedirectPart(QStringLiteral("redirectQuery"), tr("Redirect q&uery:"), &Model::Redirect::query);
    forAction(Action::Redirect, addChoice(
        form, QStringLiteral("redirect"), tr("Redirect &code:"),
        [](const Data &) {
            return QStringList{QStringLiteral("HTTP_301"), QStringLiteral("HTTP_302")};
        },
        [get](const Data &d) { return get(d) ? get(d)->redirect.statusCode : QString(); },
        [redirect](Data &d, const QString &v) {
            if (auto *r = redirect(d))
                r->statusCode = v;
        }));
    // Only the chosen action's fields are open; the others keep their values.
    onRefresh([get, byAction](const Data &d) {
        const Action a = get(d) ? get(d)->action : Action::Forward;
        for (const auto &[owner, widget] : byAction)
            widget->setEnabled(owner == a);
    });
}

} // namespace Berth::Gui
