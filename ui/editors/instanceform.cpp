#include "ui/editors/instanceform.h"

#include "model/designedits.h"
#include "model/instancetypes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace Berth::Gui {

namespace {

QString attributesText(const QMap<QString, QString> &attributes)
{
    QStringList parts;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(QStringLiteral(", "));
}

QMap<QString, QString> parseAttributes(const QString &text)
{
    QMap<QString, QString> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = (eq < 0 ? part : part.left(eq)).trimmed();
        if (!key.isEmpty())
            out.insert(key, eq < 0 ? QString() : part.mid(eq + 1).trimmed());
    }
    return out;
}

} // namespace

InstanceForm::InstanceForm(ProjectEditor *editor, QWidget *parent) : EntityForm(editor, parent)
{
    auto *form = new QFormLayout(this);
    addName(form);
    const auto get = [this](const Data &d) -> const Model::ContainerInstance * {
        const Model::Cluster *c = d.cluster(m_ref.parent);
        return c ? c->instance(m_ref.name) : nullptr;
    };
    const auto edit = [this](Data &d) -> Model::ContainerInstance * {
        Model::Cluster *c = d.cluster(m_ref.parent);
        return c ? c->instance(m_ref.name) : nullptr;
    };

    QComboBox *type = addChoice(
        form, QStringLiteral("instanceType"), tr("Instance &type:"),
        [](const Data &) {
            QStringList names;
            for (const Model::InstanceType &t : Model::InstanceTypes::all())
                names << t.name;
            return names;
        },
        [get](const Data &d) { return get(d) ? get(d)->instanceType : QString(); },
        [edit](Data &d, const QString &v) {
            Model::ContainerInstance *i = edit(d);
            if (!i)
                return;
            i->instanceType = v.trimmed();
            // A new type registers its own CPU and memory, as the ECS agent would.
            if (const auto t = Model::InstanceTypes::find(i->instanceType)) {
                i->cpuUnits = t->cpuUnits();
                i->memoryMiB = Model::ContainerInstance::registeredMemoryFor(t->memoryMiB);
            }
        },
        true);
    type->setToolTip(tr("Choosing a type from the catalog sets the registered CPU and memory."));
    addInt(
        form, QStringLiteral("cpu"), tr("Registered &CPU:"), 0, 1 << 20,
        [get](const Data &d) { return get(d) ? get(d)->cpuUnits : 0; },
        [edit](Data &d, const int &v) {
            if (auto *i = edit(d))
                i->cpuUnits = v;
        },
        tr(" units"));
    addInt(
        form, QStringLiteral("memory"), tr("Registered &memory:"), 0, 1 << 24,
        [get](const Data &d) { return get(d) ? get(d)->memoryMiB : 0; },
        [edit](Data &d, const int &v) {
            if (auto *i = edit(d))
                i->memoryMiB = v;
        },
        tr(" MiB"));
    addChoice(
        form, QStringLiteral("availabilityZone"), tr("Availability &zone:"),
        [](const Data &d) {
            QStringList zones;
            for (const QChar c : QStringLiteral("abcdef"))
                zones << d.region + c;
            return zones;
        },
        [get](const Data &d) { return get(d) ? get(d)->availabilityZone : QString(); },
        [edit](Data &d, const QString &v) {
            if (auto *i = edit(d))
                i->availabilityZone = v.trimmed();
        },
        true);
    addChoice(
        form, QStringLiteral("status"), tr("&Status:"),
        [](const Data &) {
            return QStringList{QStringLiteral("ACTIVE"), QStringLiteral("DRAINING")};
        },
        [get](const Data &d) {
            return get(d) ? Model::ContainerInstance::statusName(get(d)->status) : QString();
        },
        [this](Data &d, const QString &v) {
            Model::DesignEdits::setInstanceStatus(d, m_ref,
                                                  v == QLatin1String("DRAINING")
                                                      ? Model::ContainerInstance::Status::Draining
                                                      : Model::ContainerInstance::Status::Active);
        });
    addChoice(
        form, QStringLiteral("osType"), tr("&OS type:"),
        [](const Data &) {
            return QStringList{QStringLiteral("linux"), QStringLiteral("windows")};
        },
        [get](const Data &d) { return get(d) ? get(d)->osType : QString(); },
        [edit](Data &d, const QString &v) {
            if (auto *i = edit(d))
                i->osType = v;
        },
        true);
    addChoice(
        form, QStringLiteral("cpuArchitecture"), tr("CPU &architecture:"),
        [](const Data &) {
            return QStringList{QStringLiteral("x86_64"), QStringLiteral("arm64")};
        },
        [get](const Data &d) { return get(d) ? get(d)->cpuArchitecture : QString(); },
        [edit](Data &d, const QString &v) {
            if (auto *i = edit(d))
                i->cpuArchitecture = v;
        },
        true);
    QLineEdit *attributes = addText(
        form, QStringLiteral("attributes"), tr("Custom a&ttributes:"),
        [get](const Data &d) { return get(d) ? attributesText(get(d)->attributes) : QString(); },
        [edit](Data &d, const QString &v) {
            if (auto *i = edit(d))
                i->attributes = parseAttributes(v);
        });
    attributes->setPlaceholderText(tr("stack=prod, gpu=none"));
    attributes->setToolTip(tr("key=value pairs, separated by commas; placement constraints "
                              "read them as attribute:key."));
}

} // namespace Berth::Gui
