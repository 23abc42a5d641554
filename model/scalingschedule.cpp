#include "model/scalingschedule.h"
#include "model/modeltr.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Berth::Model {

namespace {

struct FieldRange
{
    int low;
    int high;
    QStringList names; ///< names for low, low + 1, ...
};

const FieldRange kFields[] = {
    {0, 59, {}},
    {0, 23, {}},
    {1, 31, {}},
    {1, 12, {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}},
    {1, 7, {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"}},
    {1970, 2199, {}},
};

std::optional<int> fieldValue(const QString &text, const FieldRange &range)
{
    const qsizetype named = range.names.indexOf(text.toUpper());
    if (named >= 0)
        return range.low + int(named);
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < range.low || v > range.high)
        return std::nullopt;
    return v;
}

/// The allowed values of one cron field; empty for "any"; nullopt when it does not parse.
std::optional<QList<int>> parseField(const QString &field, const FieldRange &range)
{
    if (field == QLatin1String("*") || field == QLatin1String("?"))
        return QList<int>{};
    QList<int> values;
    for (const QString &part : field.split(u',')) {
        QString body = part;
        int step = 1;
        if (part.contains(u'/')) {
            bool ok = false;
            step = part.section(u'/', 1).toInt(&ok);
            if (!ok || step < 1)
                return std::nullopt;
            body = part.section(u'/', 0, 0);
        }
        int low = range.low;
        int high = range.high;
        if (body != QLatin1String("*")) {
            const std::optional<int> first = fieldValue(body.section(u'-', 0, 0), range);
            if (!first)
                return std::nullopt;
            low = *first;
            high = part.contains(u'/') && !body.contains(u'-') ? range.high : low;
            if (body.contains(u'-')) {
                const std::optional<int> last = fieldValue(body.section(u'-', 1), range);
                if (!last || *last < low)
                    return std::nullopt;
                high = *last;
            }
        }
        for (int v = low; v <= high; v += step)
            values.append(v);
    }
    return values;
}

QTimeZone zoneOf(const QString &timezone)
{
    if (timezone.isEmpty() || timezone == QLatin1String("UTC"))
        return QTimeZone::utc();
    const QTimeZone zone(timezone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace

std::optional<ScalingSchedule> ScalingSchedule::parse(const QString &expression, QString *error)
{
    static const QRegularExpression form(QStringLiteral(R"(^(at|rate|cron)\((.*)\)$)"));
    const QRegularExpressionMatch m = form.match(expression.trimmed());
    auto fail = [&](const QString &message) -> std::optional<ScalingSchedule> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!m.hasMatch())
        return fail(Tr::tr("\"%1\" is not a schedule: use at(yyyy-mm-ddThh:mm:ss), "
                           "rate(N minutes|hours|days) or cron(min hour day month weekday "
                           "year)")
                        .arg(expression));
    ScalingSchedule s;
    const QString body = m.captured(2).trimmed();
    if (m.captured(1) == QLatin1String("at")) {
        s.m_kind = Kind::At;
        s.m_at = QDateTime::fromString(body, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (!s.m_at.isValid())
            return fail(Tr::tr("at(%1) is not a time: write at(yyyy-mm-ddThh:mm:ss), e.g. "
                               "at(2026-12-24T18:00:00)")
                            .arg(body));
        return s;
    }
    if (m.captured(1) == QLatin1String("rate")) {
        s.m_kind = Kind::Rate;
        const QStringList parts = body.split(u' ', Qt::SkipEmptyParts);
        bool ok = parts.size() == 2;
        const int n = ok ? parts.at(0).toInt(&ok) : 0;
        const QString unit = ok ? parts.at(1) : QString();
        const qint64 unitSeconds = unit.startsWith(QLatin1String("minute")) ? 60
                                   : unit.startsWith(QLatin1String("hour")) ? 3600
                                   : unit.startsWith(QLatin1String("day"))  ? 86400
                                                                            : 0;
        if (!ok || n < 1 || unitSeconds == 0 || (n == 1) != !unit.endsWith(u's'))
            return fail(Tr::tr("rate(%1) is not a rate: write rate(1 minute), rate(5 minutes), "
                               "rate(1 hour), rate(2 days), ...")
                            .arg(body));
        s.m_rateSeconds = n * unitSeconds;
        return s;
    }
    s.m_kind = Kind::Cron;
    const QStringList fields = body.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 6)
        return fail(Tr::tr("cron(%1) needs six fields: minutes hours day-of-month month "
                           "day-of-week year, e.g. cron(0 8 * * ? *)")
                        .arg(body));
    for (int i = 0; i < 6; ++i) {
        const std::optional<QList<int>> values = parseField(fields.at(i), kFields[i]);
        if (!values)
            return fail(Tr::tr("cron(%1): field %2 (\"%3\") is not understood; Berth reads *, "
                               "?, numbers, ranges a-b, lists a,b, steps /n and month and "
                               "day names, not L, W or #")
                            .arg(body)
                            .arg(i + 1)
                            .arg(fields.at(i)));
        s.m_fields.append(*values);
    }
    return s;
}

bool ScalingSchedule::cronMatches(const QDateTime &local) const
{
    const QDate d = local.date();
    const int actual[] = {local.time().minute(),
                          local.time().hour(),
                          d.day(),
                          d.month(),
                          d.dayOfWeek() % 7 + 1,
                          d.year()};
    for (int i = 0; i < 6; ++i) {
        if (!m_fields.at(i).isEmpty() && !m_fields.at(i).contains(actual[i]))
            return false;
    }
    return true;
}

QList<QDateTime> ScalingSchedule::runsBetween(const QDateTime &after, const QDateTime &upTo,
                                              const QDateTime &origin, const QString &timezone,
                                              int limit) const
{
    QList<QDateTime> runs;
    if (upTo <= after)
        return runs;
    const QTimeZone zone = zoneOf(timezone);
    switch (m_kind) {
    case Kind::At: {
        const QDateTime at = QDateTime(m_at.date(), m_at.time(), zone).toUTC();
        if (at > after && at <= upTo)
            runs.append(at);
        return runs;
    }
    case Kind::Rate: {
        const qint64 sinceOrigin = origin.secsTo(after);
        qint64 k = sinceOrigin < 0 ? 1 : sinceOrigin / m_rateSeconds + 1;
        for (QDateTime t = origin.addSecs(k * m_rateSeconds); t <= upTo && runs.size() < limit;
             t = origin.addSecs(++k * m_rateSeconds)) {
            if (t > after)
                runs.append(t.toUTC());
        }
        return runs;
    }
    case Kind::Cron: {
        // Minute by minute: a tick covers a minute or a few, so the walk is short; a long gap
        // (a paused run) is walked for at most a week (10,080 minutes).
        QDateTime t = after.toUTC();
        t = t.addSecs(60 - t.time().second()).addMSecs(-t.time().msec());
        const QDateTime end = std::min(upTo.toUTC(), t.addDays(7));
        for (; t <= end && runs.size() < limit; t = t.addSecs(60)) {
            if (cronMatches(t.toTimeZone(zone)))
                runs.append(t);
        }
        return runs;
    }
    }
    return runs;
}

} // namespace Berth::Model
