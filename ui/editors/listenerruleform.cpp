#include "ui/editors/listenerruleform.h"

#include <QFormLayout>
#include <QLineEdit>

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
    addChoice(
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
}

} // namespace Berth::Gui
