#include "ui/editors/capacityproviderform.h"

#include "model/instancetypes.h"
#include "model/jsontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Berth::Gui {

namespace {

const QRegularExpression &providerPath()
{
    static const QRegularExpression path(QStringLiteral(R"(^\$\.capacityProviders\[(\d+)\])"));
    return path;
}

} // namespace

CapacityProviderForm::CapacityProviderForm(ProjectEditor *editor, QWidget *parent)
    : EntityForm(editor, parent), m_picker(new QComboBox(this)),
      m_remove(new QPushButton(tr("R&emove"), this)), m_problems(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QFormLayout;
    layout->addLayout(pick);
    m_picker->setObjectName(QStringLiteral("capacityProviderPicker"));
    pick->addRow(tr("&Provider:"), m_picker);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("A&dd provider"), this);
    add->setObjectName(QStringLiteral("addCapacityProvider"));
    m_remove->setObjectName(QStringLiteral("removeCapacityProvider"));
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_fields << addText(
        form, QStringLiteral("name"), tr("Na&me:"),
        [this](const Data &d) { return provider(d) ? provider(d)->name : QString(); },
        [this](Data &d, const QString &v) {
            Model::CapacityProvider *p = provider(d);
            if (!p)
                return;
            // The services of the cluster that name it follow the new name, and so does the
            // cluster's default strategy.
            for (Model::Service &s : d.services) {
                for (Model::CapacityProviderStrategyItem &item : s.capacityProviderStrategy) {
                    if (s.cluster == m_ref.name && item.capacityProvider == p->name)
                        item.capacityProvider = v;
                }
            }
            for (Model::CapacityProviderStrategyItem &item :
                 d.cluster(m_ref.name)->defaultCapacityProviderStrategy) {
                if (item.capacityProvider == p->name)
                    item.capacityProvider = v;
            }
            p->name = v;
        });
    QStringList types;
    for (const Model::InstanceType &t : Model::InstanceTypes::all())
        types << t.name;
    m_fields << addChoice(
        form, QStringLiteral("instanceType"), tr("&Instance type:"),
        [types](const Data &) { return types; },
        [this](const Data &d) { return provider(d) ? provider(d)->instanceType : QString(); },
        [this](Data &d, const QString &v) {
            if (auto *p = provider(d))
                p->instanceType = v;
        },
        true);
    const auto size = [&](const char *key, const QString &label, int Model::CapacityProvider::*m) {
        m_fields << addInt(
            form, QLatin1String(key), label, 0, 10000,
            [this, m](const Data &d) { return provider(d) ? provider(d)->*m : 0; },
            [this, m](Data &d, int v) {
                if (auto *p = provider(d))
                    p->*m = v;
            },
            tr(" instances"));
    };
    size("minSize", tr("Min si&ze:"), &Model::CapacityProvider::minSize);
    size("maxSize", tr("Ma&x size:"), &Model::CapacityProvider::maxSize);
    size("desiredCapacity", tr("Desi&red capacity:"), &Model::CapacityProvider::desiredCapacity);
    QLineEdit *zones = addText(
        form, QStringLiteral("availabilityZones"), tr("Zone&s:"),
        [this](const Data &d) {
            return provider(d) ? provider(d)->availabilityZones.join(QStringLiteral(", "))
                               : QString();
        },
        [this](Data &d, const QString &v) {
            Model::CapacityProvider *p = provider(d);
            if (!p)
                return;
            p->availabilityZones.clear();
            for (const QString &z : v.split(u',', Qt::SkipEmptyParts))
                p->availabilityZones << z.trimmed();
        });
    zones->setPlaceholderText(QStringLiteral("us-east-1a, us-east-1b"));
    zones->setToolTip(tr("The instances go to these zones in turn."));
    m_fields << zones;
    m_fields << addCheck(
        form, QStringLiteral("managedScaling"), tr("Mana&ged scaling"),
        [this](const Data &d) { return provider(d) && provider(d)->managedScaling.enabled; },
        [this](Data &d, bool on) {
            if (auto *p = provider(d))
                p->managedScaling.enabled = on;
        });
    QSpinBox *target = addInt(
        form, QStringLiteral("targetCapacity"), tr("&Target capacity:"), 1, 100,
        [this](const Data &d) {
            return provider(d) ? provider(d)->managedScaling.targetCapacity : 100;
        },
        [this](Data &d, int v) {
            if (auto *p = provider(d))
                p->managedScaling.targetCapacity = v;
        },
        QStringLiteral(" %"));
    target->setToolTip(tr("The share of the group's instances that run tasks, which managed "
                          "scaling keeps; under 100 keeps spare instances."));
    m_fields << target;
    m_fields << addCheck(
        form, QStringLiteral("managedTerminationProtection"),
        tr("Protect instances with tas&ks from scale-in"),
        [this](const Data &d) { return provider(d) && provider(d)->managedTerminationProtection; },
        [this](Data &d, bool on) {
            if (auto *p = provider(d))
                p->managedTerminationProtection = on;
        });
    m_problems->setObjectName(QStringLiteral("capacityProviderProblems"));
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems);

    connect(m_picker, &QComboBox::activated, this, &CapacityProviderForm::select);
    connect(add, &QPushButton::clicked, this, [this] {
        const Model::Cluster *c = data().cluster(m_ref.name);
        if (!c)
            return;
        int n = int(c->capacityProviders.size()) + 1;
        QString name;
        do
            name = QStringLiteral("%1-asg-%2").arg(m_ref.name).arg(n++);
        while (c->capacityProvider(name));
        const int index = int(c->capacityProviders.size());
        m_index = index;
        commit(tr("capacity providers"), [&](Data &d) {
            Model::CapacityProvider p;
            p.name = name;
            d.cluster(m_ref.name)->capacityProviders.append(p);
        });
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int index = m_index;
        commit(tr("capacity providers"), [&](Data &d) {
            Model::Cluster *c = d.cluster(m_ref.name);
            if (c && index < c->capacityProviders.size())
                c->capacityProviders.removeAt(index);
        });
    });

    onRefresh([this](const Data &d) {
        const Model::Cluster *c = d.cluster(m_ref.name);
        const int count = c ? int(c->capacityProviders.size()) : 0;
        m_picker->clear();
        for (int i = 0; i < count; ++i)
            m_picker->addItem(c->capacityProviders.at(i).name);
        m_picker->setCurrentIndex(count > 0 ? m_index : -1);
        m_picker->setEnabled(count > 0);
        m_remove->setEnabled(count > 0);
    });
    onRefresh([this, target](const Data &d) {
        const Model::CapacityProvider *p = provider(d);
        for (QWidget *w : std::as_const(m_fields))
            w->setEnabled(p != nullptr);
        target->setEnabled(p && p->managedScaling.enabled);
        // Validation as the user types: what is wrong with this provider, in its words.
        qsizetype cluster = 0;
        while (cluster < d.clusters.size() && d.clusters.at(cluster).name != m_ref.name)
            ++cluster;
        const QString prefix = Model::JsonText::index(
            Model::JsonText::member(Model::JsonText::index(QStringLiteral("$.clusters"), cluster),
                                    QStringLiteral("capacityProviders")),
            m_index);
        showProblems(m_problems, d, [p, prefix](const Model::Diagnostic &diag) {
            return p && diag.path.startsWith(prefix) &&
                   diag.rule.startsWith(QLatin1String("capacityProvider."));
        });
    });
}

void CapacityProviderForm::refresh()
{
    // Before the fields read it: the provider shown is one the cluster has.
    const Model::Cluster *c = data().cluster(m_ref.name);
    const int count = c ? int(c->capacityProviders.size()) : 0;
    m_index = std::clamp(m_index, 0, std::max(0, count - 1));
    EntityForm::refresh();
}

void CapacityProviderForm::select(int index)
{
    m_index = index;
    refresh();
}

bool CapacityProviderForm::focusPath(const QString &localPath)
{
    const QRegularExpressionMatch m = providerPath().match(localPath);
    if (!m.hasMatch())
        return false;
    select(m.captured(1).toInt());
    const QString rest = QStringLiteral("$") + localPath.mid(m.capturedLength());
    if (!EntityForm::focusPath(rest))
        m_picker->setFocus(Qt::OtherFocusReason);
    return true;
}

const Model::CapacityProvider *CapacityProviderForm::provider(const Data &d) const
{
    const Model::Cluster *c = d.cluster(m_ref.name);
    return c && m_index >= 0 && m_index < c->capacityProviders.size()
               ? &c->capacityProviders.at(m_index)
               : nullptr;
}

Model::CapacityProvider *CapacityProviderForm::provider(Data &d) const
{
    Model::Cluster *c = d.cluster(m_ref.name);
    return c && m_index >= 0 && m_index < c->capacityProviders.size()
               ? &c->capacityProviders[m_index]
               : nullptr;
}

} // namespace Berth::Gui
