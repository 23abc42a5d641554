#include "ui/editors/scheduledactionform.h"

#include "model/scalingschedule.h"

#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <tuple>

namespace Berth::Gui {

ScheduledActionForm::ScheduledActionForm(ProjectEditor *editor, QWidget *parent)
    : EntityForm(editor, parent), m_scheduleProblem(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const auto a = [this](const Data &d) { return action(d); };
    const auto edit = [this](Data &d) { return action(d); };
#define BERTH_ACTION_SET(expr)                                                                     \
    [edit](Data &d, const auto &v) {                                                               \
        if (Model::ScheduledAction *action = edit(d))                                              \
            action->expr = v;                                                                      \
    }

    addText(
        form, QStringLiteral("ScheduledActionName"), tr("Action na&me:"),
        [a](const Data &d) { return a(d) ? a(d)->scheduledActionName : QString(); },
        BERTH_ACTION_SET(scheduledActionName));
    QLineEdit *schedule = addText(
        form, QStringLiteral("Schedule"), tr("Sche&dule:"),
        [a](const Data &d) { return a(d) ? a(d)->schedule : QString(); },
        BERTH_ACTION_SET(schedule));
    schedule->setPlaceholderText(QStringLiteral("cron(0 8 ? * MON-FRI *)"));
    schedule->setToolTip(tr("at(yyyy-mm-ddThh:mm:ss), rate(N minutes|hours|days) or cron(min "
                            "hour day month weekday year)"));
    m_scheduleProblem->setObjectName(QStringLiteral("scheduleProblem"));
    m_scheduleProblem->setWordWrap(true);
    m_scheduleProblem->setVisible(false);
    form->addRow(m_scheduleProblem);
    // Read as the user types, before the edit is committed.
    const auto read = [this](const QString &text) {
        QString error;
        const bool ok = text.isEmpty() || Model::ScalingSchedule::parse(text, &error);
        m_scheduleProblem->setText(ok ? QString() : error);
        m_scheduleProblem->setVisible(!ok);
    };
    connect(schedule, &QLineEdit::textChanged, this, read);
    QLineEdit *zone = addText(
        form, QStringLiteral("Timezone"), tr("&Time zone:"),
        [a](const Data &d) { return a(d) ? a(d)->timezone : QString(); },
        BERTH_ACTION_SET(timezone));
    zone->setPlaceholderText(QStringLiteral("UTC"));
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromLatin1(id);
    auto *completer = new QCompleter(zones, zone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    zone->setCompleter(completer);
    const QString timeTip = tr("Optional: the action runs only from its start time to its end "
                               "time (ISO 8601, e.g. 2026-12-24T08:00:00Z).");
    for (const auto &[key, label, field] :
         {std::tuple{"StartTime", tr("Sta&rt time:"), &Model::ScheduledAction::startTime},
          std::tuple{"EndTime", tr("E&nd time:"), &Model::ScheduledAction::endTime}}) {
        QLineEdit *time = addText(
            form, QLatin1String(key), label,
            [a, field](const Data &d) { return a(d) ? a(d)->*field : QString(); },
            [edit, field](Data &d, const QString &v) {
                if (Model::ScheduledAction *action = edit(d))
                    action->*field = v;
            });
        time->setPlaceholderText(tr("none"));
        time->setToolTip(timeTip);
    }
    addOptionalInt(
        form, QStringLiteral("MinCapacity"), tr("Set m&inimum to:"), 0, 10000, tr("unchanged"),
        [a](const Data &d) { return a(d) ? a(d)->minCapacity : std::nullopt; },
        BERTH_ACTION_SET(minCapacity));
    addOptionalInt(
        form, QStringLiteral("MaxCapacity"), tr("Set ma&ximum to:"), 0, 10000, tr("unchanged"),
        [a](const Data &d) { return a(d) ? a(d)->maxCapacity : std::nullopt; },
        BERTH_ACTION_SET(maxCapacity));
#undef BERTH_ACTION_SET
    onRefresh([read, schedule](const Data &) { read(schedule->text()); });
}

const Model::ScheduledAction *ScheduledActionForm::action(const Data &d) const
{
    const Model::Service *s = d.service(m_ref.name);
    if (!s || !s->autoScaling || m_index < 0 || m_index >= s->autoScaling->scheduledActions.size())
        return nullptr;
    return &s->autoScaling->scheduledActions.at(m_index);
}

Model::ScheduledAction *ScheduledActionForm::action(Data &d) const
{
    Model::Service *s = d.service(m_ref.name);
    if (!s || !s->autoScaling || m_index < 0 || m_index >= s->autoScaling->scheduledActions.size())
        return nullptr;
    return &s->autoScaling->scheduledActions[m_index];
}

void ScheduledActionForm::showItem(const Model::EntityRef &service, int index)
{
    m_ref = service;
    m_index = index;
    const Model::ScheduledAction *a = action(data());
    m_mergeScope = a ? QStringLiteral("action:%1").arg(a->scheduledActionName) : QString();
    refresh();
}

} // namespace Berth::Gui
