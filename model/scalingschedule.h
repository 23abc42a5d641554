#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Berth::Model {

/// A scheduled action's Schedule: at(yyyy-mm-ddThh:mm:ss), rate(N unit) or
/// cron(minutes hours day-of-month month day-of-week year), as Application Auto Scaling
/// reads them. Cron fields take *, ?, numbers, a-b ranges, lists and /steps, month and day
/// names; L, W and # are not supported (parse says so).
class ScalingSchedule
{
public:
    enum class Kind { At, Rate, Cron };

    /// nullopt and *error set when the expression is not one of the three forms.
    static std::optional<ScalingSchedule> parse(const QString &expression, QString *error);

    Kind kind() const { return m_kind; }
    /// The moments in (after, upTo] at which the schedule runs, in UTC, at most `limit` (cron:
    /// within a week after `after`).
    /// A rate counts its periods from `origin`. Times are in the schedule's time zone
    /// (empty: UTC); each run is at the start of a minute.
    QList<QDateTime> runsBetween(const QDateTime &after, const QDateTime &upTo,
                                 const QDateTime &origin, const QString &timezone = {},
                                 int limit = 16) const;

private:
    bool cronMatches(const QDateTime &local) const;

    Kind m_kind = Kind::At;
    QDateTime m_at; ///< At: local wall time
    qint64 m_rateSeconds = 0;
    /// Cron: allowed values per field (minute, hour, day of month, month, day of week
    /// 1-7 with 1 = Sunday, year); an empty list allows all.
    QList<QList<int>> m_fields;
};

} // namespace Berth::Model
