#include "ui/editors/capacityproviderstrategyeditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Berth::Gui {

namespace {

/// The providers a strategy in \a cluster can name: the cluster's groups, then Fargate's.
QStringList providerChoices(const Model::ProjectData &d, const QString &cluster)
{
    QStringList names;
    if (const Model::Cluster *c = d.cluster(cluster)) {
        for (const Model::CapacityProvider &p : c->capacityProviders)
            names << p.name;
    }
    return names << QStringLiteral("FARGATE") << QStringLiteral("FARGATE_SPOT");
}

} // namespace

CapacityProviderStrategyEditor::CapacityProviderStrategyEditor(ProjectEditor *editor,
                                                               QWidget *parent)
    : EntityForm(editor, parent), m_rows(new QGridLayout), m_empty(new QLabel(this)),
      m_problems(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);
    m_rows->setColumnStretch(0, 1);
    layout->addLayout(m_rows);
    auto *add = new QPushButton(tr("Add capacity pro&vider"), this);
    add->setObjectName(QStringLiteral("addStrategyItem"));
    layout->addWidget(add, 0, Qt::AlignLeft);
    m_problems->setObjectName(QStringLiteral("strategyProblems"));
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems);

    connect(add, &QPushButton::clicked, this, [this] {
        commit(tr("capacity provider strategy"), [this](Data &d) {
            QList<Model::CapacityProviderStrategyItem> *items = strategy(d);
            if (!items)
                return;
            // The first provider the strategy does not name yet; weight 1, so it takes tasks.
            QString next;
            for (const QString &name : providerChoices(d, clusterName(d))) {
                const bool named = std::any_of(items->cbegin(), items->cend(),
                                               [&](const Model::CapacityProviderStrategyItem &i) {
                                                   return i.capacityProvider == name;
                                               });
                if (!named) {
                    next = name;
                    break;
                }
            }
            items->append({next, 0, 1});
        });
    });

    onRefresh([this](const Data &d) {
        const QList<Model::CapacityProviderStrategyItem> items =
            strategy(d) ? *strategy(d) : QList<Model::CapacityProviderStrategyItem>();
        if (m_rowWidgets.size() != items.size() * 4)
            rebuild(int(items.size()));
        const QStringList choices =
            strategy(d) ? providerChoices(d, clusterName(d)) : QStringList();
        for (int row = 0; row < items.size(); ++row) {
            auto *provider = static_cast<QComboBox *>(m_rowWidgets.at(row * 4));
            QStringList names = choices;
            if (!names.contains(items.at(row).capacityProvider))
                names.prepend(items.at(row).capacityProvider); // kept, and flagged below
            provider->clear();
            provider->addItems(names);
            provider->setCurrentText(items.at(row).capacityProvider);
            static_cast<QSpinBox *>(m_rowWidgets.at(row * 4 + 1))->setValue(items.at(row).base);
            static_cast<QSpinBox *>(m_rowWidgets.at(row * 4 + 2))->setValue(items.at(row).weight);
        }
        m_empty->setVisible(items.isEmpty());
        const bool cluster = m_ref.kind == Model::EntityKind::Cluster;
        const Model::Service *service = d.service(m_ref.name);
        if (cluster)
            m_empty->setText(tr("None: services that name neither a launch type nor a strategy "
                                "run on EC2."));
        else if (service && d.usesDefaultCapacityProviderStrategy(*service))
            m_empty->setText(tr("None: the service names no launch type, so the default "
                                "strategy of cluster %1 places its tasks.")
                                 .arg(service->cluster));
        else
            m_empty->setText(tr("None: the service runs by its launch type."));
        // Validation as the user types: what is wrong with the strategy, in its words.
        const QString rule = cluster ? QStringLiteral("cluster.defaultCapacityProviderStrategy")
                                     : QStringLiteral("service.capacityProviderStrategy");
        const auto kind = cluster ? Model::Diagnostic::EntityKind::Cluster
                                  : Model::Diagnostic::EntityKind::Service;
        showProblems(m_problems, d, [&](const Model::Diagnostic &diag) {
            return !items.isEmpty() && diag.entity == m_ref.name && diag.entityKind == kind &&
                   diag.rule.startsWith(rule);
        });
    });
}

QList<Model::CapacityProviderStrategyItem> *CapacityProviderStrategyEditor::strategy(Data &d) const
{
    if (m_ref.kind == Model::EntityKind::Cluster) {
        Model::Cluster *c = d.cluster(m_ref.name);
        return c ? &c->defaultCapacityProviderStrategy : nullptr;
    }
    Model::Service *s = d.service(m_ref.name);
    return s ? &s->capacityProviderStrategy : nullptr;
}

const QList<Model::CapacityProviderStrategyItem> *
CapacityProviderStrategyEditor::strategy(const Data &d) const
{
    // Only read through the pointer it gives back as const.
    return strategy(const_cast<Data &>(d));
}

QString CapacityProviderStrategyEditor::clusterName(const Data &d) const
{
    if (m_ref.kind == Model::EntityKind::Cluster)
        return m_ref.name;
    const Model::Service *s = d.service(m_ref.name);
    return s ? s->cluster : QString();
}

void CapacityProviderStrategyEditor::editItem(
    int row, const QString &field,
    const std::function<void(Model::CapacityProviderStrategyItem &)> &change,
    const QString &mergeKey)
{
    commit(
        field,
        [&](Data &d) {
            QList<Model::CapacityProviderStrategyItem> *items = strategy(d);
            if (items && row < items->size())
                change((*items)[row]);
        },
        mergeKey);
}

void CapacityProviderStrategyEditor::rebuild(int rows)
{
    // Deleted later: a row's own button may be what asked for this.
    for (QWidget *w : m_heads + m_rowWidgets) {
        m_rows->removeWidget(w);
        w->hide();
        w->deleteLater();
    }
    m_heads.clear();
    m_rowWidgets.clear();
    if (rows > 0) {
        const QStringList heads{tr("Provider"), tr("Base"), tr("Weight")};
        for (int column = 0; column < heads.size(); ++column) {
            m_heads << new QLabel(heads.at(column), this);
            m_rows->addWidget(m_heads.last(), 0, column);
        }
    }
    for (int row = 0; row < rows; ++row) {
        auto *provider = new QComboBox(this);
        provider->setObjectName(QStringLiteral("capacityProvider"));
        provider->setAccessibleName(tr("Capacity provider %1").arg(row + 1));
        provider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        provider->setMinimumContentsLength(8);
        connect(provider, &QComboBox::activated, this, [this, row, provider] {
            const QString name = provider->currentText();
            editItem(row, tr("capacity provider"),
                     [&](Model::CapacityProviderStrategyItem &i) { i.capacityProvider = name; });
        });
        const auto number = [&](const char *key, const QString &accessible, int max,
                                int Model::CapacityProviderStrategyItem::*member,
                                const QString &field) {
            auto *spin = new QSpinBox(this);
            spin->setObjectName(QLatin1String(key));
            spin->setAccessibleName(accessible);
            spin->setRange(0, max);
            spin->setKeyboardTracking(false);
            connect(spin, &QSpinBox::valueChanged, this, [=, this](int v) {
                editItem(
                    row, field, [&](Model::CapacityProviderStrategyItem &i) { i.*member = v; },
                    QStringLiteral("strategy:%1:%2:%3").arg(row).arg(key).arg(qHash(m_ref)));
            });
            return spin;
        };
        QSpinBox *base = number("base", tr("Base of capacity provider %1").arg(row + 1), 100000,
                                &Model::CapacityProviderStrategyItem::base, tr("base"));
        QSpinBox *weight = number("weight", tr("Weight of capacity provider %1").arg(row + 1), 1000,
                                  &Model::CapacityProviderStrategyItem::weight, tr("weight"));
        auto *remove = new QToolButton(this);
        remove->setObjectName(QStringLiteral("removeStrategyItem"));
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Remove capacity provider %1 from the strategy").arg(row + 1));
        remove->setAccessibleName(remove->toolTip());
        remove->setFocusPolicy(Qt::StrongFocus);
        connect(remove, &QToolButton::clicked, this, [this, row] {
            commit(tr("capacity provider strategy"), [&](Data &d) {
                QList<Model::CapacityProviderStrategyItem> *items = strategy(d);
                if (items && row < items->size())
                    items->removeAt(row);
            });
        });
        m_rows->addWidget(provider, row + 1, 0);
        m_rows->addWidget(base, row + 1, 1);
        m_rows->addWidget(weight, row + 1, 2);
        m_rows->addWidget(remove, row + 1, 3);
        m_rowWidgets << provider << base << weight << remove;
    }
}

} // namespace Berth::Gui
