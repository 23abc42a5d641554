#include "ui/editors/constrainteditor.h"

#include "model/query/parseresult.h"
#include "ui/editors/instancematcher.h"
#include "ui/editors/queryeditor.h"
#include "ui/style/palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Berth::Gui {

using Model::EntityRef;

namespace {

QString describe(const Model::PlacementConstraint &c)
{
    return c.expression.isEmpty() ? c.type : c.type + QStringLiteral(": ") + c.expression;
}

// ECS allows ten placement constraints per service.
constexpr int kMaxConstraints = 10;

} // namespace

ConstraintEditor::ConstraintEditor(ProjectEditor *editor, QWidget *parent)
    : EntityForm(editor, parent), m_list(new QListWidget(this)), m_type(new QComboBox(this)),
      m_query(new QueryEditor(this)), m_status(new QLabel(this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("placementConstraints"));
    m_list->setObjectName(QStringLiteral("constraintList"));
    m_list->setMaximumHeight(90);
    m_type->setObjectName(QStringLiteral("constraintType"));
    m_type->addItems({QStringLiteral("memberOf"), QStringLiteral("distinctInstance")});
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("constraintStatus"));

    auto *addMember = new QPushButton(tr("Add memberOf"), this);
    auto *addDistinct = new QPushButton(tr("Add distinctInstance"), this);
    addMember->setObjectName(QStringLiteral("addMemberOf"));
    addDistinct->setObjectName(QStringLiteral("addDistinctInstance"));
    m_remove->setObjectName(QStringLiteral("removeConstraint"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addMember);
    buttons->addWidget(addDistinct);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    auto *row = new QHBoxLayout;
    row->addWidget(m_type);
    row->addWidget(m_query, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(addMember, &QPushButton::clicked, this, [this] { add(QStringLiteral("memberOf")); });
    connect(addDistinct, &QPushButton::clicked, this,
            [this] { add(QStringLiteral("distinctInstance")); });
    connect(m_remove, &QPushButton::clicked, this, &ConstraintEditor::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConstraintEditor::loadSelected);
    connect(m_query, &QueryEditor::checked, this, &ConstraintEditor::preview);
    connect(m_query, &QueryEditor::submitted, this, &ConstraintEditor::submit);
    connect(m_type, &QComboBox::activated, this, &ConstraintEditor::submit);
}

const Model::Service *ConstraintEditor::service() const
{
    return data().service(m_ref.name);
}

void ConstraintEditor::refresh()
{
    m_loading = true;
    const int row = m_list->currentRow();
    m_list->clear();
    if (const Model::Service *s = service()) {
        for (const Model::PlacementConstraint &c : s->placementConstraints)
            m_list->addItem(describe(c));
    }
    m_list->setCurrentRow(std::min(std::max(row, 0), m_list->count() - 1));
    m_loading = false;
    loadSelected();
}

void ConstraintEditor::loadSelected()
{
    if (m_loading)
        return;
    m_loading = true;
    const Model::Service *s = service();
    const int row = m_list->currentRow();
    const bool has = s && row >= 0 && row < s->placementConstraints.size();
    const Model::PlacementConstraint c =
        has ? s->placementConstraints.at(row) : Model::PlacementConstraint{};
    m_type->setEnabled(has);
    m_remove->setEnabled(has);
    m_type->setCurrentText(has ? c.type : QStringLiteral("memberOf"));
    m_query->setEnabled(has && c.type == QLatin1String("memberOf"));
    m_query->setText(c.expression);
    m_loading = false;
    preview();
}

void ConstraintEditor::preview()
{
    QSet<EntityRef> matching;
    const Model::Service *s = service();
    if (!m_query->isEnabled() || !s) {
        m_status->setText(m_list->count() == 0
                              ? tr("No constraints: tasks may go on any instance with room.")
                              : QString());
    } else if (!m_query->isValid()) {
        m_status->setText(Palette::inColour(Palette::error,
                                            tr("Column %1: %2")
                                                .arg(m_query->errorColumn())
                                                .arg(m_query->errorMessage().toHtmlEscaped())));
    } else if (m_query->text().trimmed().isEmpty()) {
        m_status->setText(tr("memberOf needs an expression."));
    } else {
        const auto parsed = Model::Query::Expression::parse(m_query->text());
        const QList<EntityRef> found =
            InstanceMatcher::matches(data(), s->cluster, parsed.expression());
        matching = QSet<EntityRef>(found.cbegin(), found.cend());
        m_status->setText(tr("Matches %1 of %2 instances of cluster %3 (outlined on the canvas).")
                              .arg(found.size())
                              .arg(InstanceMatcher::candidates(data(), s->cluster))
                              .arg(s->cluster));
    }
    if (matching != m_matching) {
        m_matching = matching;
        Q_EMIT matchingChanged(m_matching);
    }
}

void ConstraintEditor::submit()
{
    if (m_loading)
        return;
    const int row = m_list->currentRow();
    const QString type = m_type->currentText();
    const QString expression =
        type == QLatin1String("memberOf") ? m_query->text().trimmed() : QString();
    commit(tr("placement constraint"), [&](Data &d) {
        Model::Service *s = d.service(m_ref.name);
        if (s && row >= 0 && row < s->placementConstraints.size())
            s->placementConstraints[row] = {type, expression};
    });
}

void ConstraintEditor::add(const QString &type)
{
    const Model::Service *s = service();
    if (!s || s->placementConstraints.size() >= kMaxConstraints)
        return;
    const int row = int(s->placementConstraints.size());
    commit(tr("placement constraints"), [&](Data &d) {
        if (Model::Service *svc = d.service(m_ref.name))
            svc->placementConstraints.append({type, {}});
    });
    m_list->setCurrentRow(row);
    if (type == QLatin1String("memberOf"))
        m_query->setFocus();
}

void ConstraintEditor::removeSelected()
{
    const int row = m_list->currentRow();
    commit(tr("placement constraints"), [&](Data &d) {
        Model::Service *s = d.service(m_ref.name);
        if (s && row >= 0 && row < s->placementConstraints.size())
            s->placementConstraints.removeAt(row);
    });
}

} // namespace Berth::Gui
