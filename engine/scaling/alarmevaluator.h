#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Berth::Engine {

enum class AlarmState { InsufficientData, Ok, Alarm };

/// CloudWatch's name of a state: INSUFFICIENT_DATA, OK, ALARM.
QString alarmStateName(AlarmState state);

/// What a CloudWatch metric alarm checks: a statistic over fixed periods, compared with a
/// threshold, M of the last N datapoints breaching.
struct AlarmRule
{
    enum class Statistic { Average, Minimum, Maximum, Sum };
    enum class Comparison { Greater, GreaterOrEqual, Less, LessOrEqual };

    QString name;
    int periodSeconds = 60;
    int evaluationPeriods = 1;
    int datapointsToAlarm = 1;
    double threshold = 0;
    Comparison comparison = Comparison::Greater;
    Statistic statistic = Statistic::Average;

    bool breaches(double value) const;
    static Statistic statisticFrom(const QString &name);
    static Comparison comparisonFrom(const QString &name);
    /// CloudWatch's names: Average, ...; GreaterThanThreshold, ...
    static QString statisticName(Statistic statistic);
    static QString comparisonName(Comparison comparison);
};

/// One alarm's datapoints and state on the run's clock (milliseconds, ECS time). Samples go
/// into the period they fall in (periods start at multiples of the period, as CloudWatch's
/// do); a period is published as one datapoint when the clock passes its end. A period
/// without samples publishes nothing (CloudWatch's "missing" treatment): the state stays.
/// The state is ALARM when at least M of the last N datapoints breach, OK when N exist and
/// fewer breach, INSUFFICIENT_DATA before that.
class AlarmEvaluator
{
public:
    explicit AlarmEvaluator(const AlarmRule &rule = {});

    const AlarmRule &rule() const { return m_rule; }
    void setThreshold(double threshold) { m_rule.threshold = threshold; }
    void addSample(qint64 atMs, double value);
    /// Publishes every period that ended by `nowMs` (or that a sample of a later period
    /// closed); true when at least one datapoint was published (the moment an alarm action
    /// runs again while the state is ALARM).
    bool advance(qint64 nowMs);
    AlarmState state() const { return m_state; }
    /// The newest datapoint, if any.
    std::optional<double> lastDatapoint() const;
    /// The newest datapoints, oldest first (at most evaluationPeriods).
    const QList<double> &datapoints() const { return m_datapoints; }

private:
    void closePeriod();
    void publish(double value);

    AlarmRule m_rule;
    AlarmState m_state = AlarmState::InsufficientData;
    qint64 m_period = -1; ///< index of the period being filled; -1 none
    double m_sum = 0;
    double m_min = 0;
    double m_max = 0;
    int m_count = 0;
    QList<double> m_closed; ///< periods closed by a later sample, published at advance()
    QList<double> m_datapoints;
};

} // namespace Berth::Engine
