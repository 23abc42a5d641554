#include "engine/scaling/alarmevaluator.h"

#include <algorithm>
#include <utility>

namespace Berth::Engine {

QString alarmStateName(AlarmState state)
{
    switch (state) {
    case AlarmState::Ok:
        return QStringLiteral("OK");
    case AlarmState::Alarm:
        return QStringLiteral("ALARM");
    case AlarmState::InsufficientData:
        break;
    }
    return QStringLiteral("INSUFFICIENT_DATA");
}

bool AlarmRule::breaches(double value) const
{
    switch (comparison) {
    case Comparison::GreaterOrEqual:
        return value >= threshold;
    case Comparison::Less:
        return value < threshold;
    case Comparison::LessOrEqual:
        return value <= threshold;
    case Comparison::Greater:
        break;
    }
    return value > threshold;
}

AlarmRule::Statistic AlarmRule::statisticFrom(const QString &name)
{
    if (name == QLatin1String("Minimum"))
        return Statistic::Minimum;
    if (name == QLatin1String("Maximum"))
        return Statistic::Maximum;
    if (name == QLatin1String("Sum"))
        return Statistic::Sum;
    return Statistic::Average;
}

AlarmRule::Comparison AlarmRule::comparisonFrom(const QString &name)
{
    if (name == QLatin1String("GreaterThanOrEqualToThreshold"))
        return Comparison::GreaterOrEqual;
    if (name == QLatin1String("LessThanThreshold"))
        return Comparison::Less;
    if (name == QLatin1String("LessThanOrEqualToThreshold"))
        return Comparison::LessOrEqual;
    return Comparison::Greater;
}

QString AlarmRule::statisticName(Statistic statistic)
{
    switch (statistic) {
    case Statistic::Minimum:
        return QStringLiteral("Minimum");
    case Statistic::Maximum:
        return QStringLiteral("Maximum");
    case Statistic::Sum:
        return QStringLiteral("Sum");
    case Statistic::Average:
        break;
    }
    return QStringLiteral("Average");
}

QString AlarmRule::comparisonName(Comparison comparison)
{
    switch (comparison) {
    case Comparison::GreaterOrEqual:
        return QStringLiteral("GreaterThanOrEqualToThreshold");
    case Comparison::Less:
        return QStringLiteral("LessThanThreshold");
    case Comparison::LessOrEqual:
        return QStringLiteral("LessThanOrEqualToThreshold");
    case Comparison::Greater:
        break;
    }
    return QStringLiteral("GreaterThanThreshold");
}

AlarmEvaluator::AlarmEvaluator(const AlarmRule &rule) : m_rule(rule)
{
    m_rule.periodSeconds = std::max(1, m_rule.periodSeconds);
    m_rule.evaluationPeriods = std::max(1, m_rule.evaluationPeriods);
    m_rule.datapointsToAlarm = std::clamp(m_rule.datapointsToAlarm, 1, m_rule.evaluationPeriods);
}

void AlarmEvaluator::addSample(qint64 atMs, double value)
{
    const qint64 period = atMs / (qint64(m_rule.periodSeconds) * 1000);
    if (m_period >= 0 && period < m_period)
        return; // late for a period already closed
    if (m_period >= 0 && period > m_period && m_count > 0)
        closePeriod();
    if (m_count == 0) {
        m_period = period;
        m_sum = m_min = m_max = value;
        m_count = 1;
        return;
    }
    m_sum += value;
    m_min = std::min(m_min, value);
    m_max = std::max(m_max, value);
    ++m_count;
}

void AlarmEvaluator::closePeriod()
{
    double value = m_sum / m_count;
    switch (m_rule.statistic) {
    case AlarmRule::Statistic::Minimum:
        value = m_min;
        break;
    case AlarmRule::Statistic::Maximum:
        value = m_max;
        break;
    case AlarmRule::Statistic::Sum:
        value = m_sum;
        break;
    case AlarmRule::Statistic::Average:
        break;
    }
    m_closed.append(value);
    m_count = 0;
    ++m_period;
}

bool AlarmEvaluator::advance(qint64 nowMs)
{
    const qint64 periodMs = qint64(m_rule.periodSeconds) * 1000;
    if (m_count > 0 && nowMs >= (m_period + 1) * periodMs)
        closePeriod();
    if (m_closed.isEmpty())
        return false;
    // A sample of a later period closes the one before; it is published here, at the tick,
    // so that the decision sees it.
    for (double value : std::exchange(m_closed, {}))
        publish(value);
    return true;
}

void AlarmEvaluator::publish(double value)
{
    m_datapoints.append(value);
    if (m_datapoints.size() > m_rule.evaluationPeriods)
        m_datapoints.removeFirst();
    const auto breaching = std::count_if(m_datapoints.cbegin(), m_datapoints.cend(),
                                         [this](double v) { return m_rule.breaches(v); });
    if (breaching >= m_rule.datapointsToAlarm)
        m_state = AlarmState::Alarm;
    else if (m_datapoints.size() >= m_rule.evaluationPeriods)
        m_state = AlarmState::Ok;
}

std::optional<double> AlarmEvaluator::lastDatapoint() const
{
    if (m_datapoints.isEmpty())
        return std::nullopt;
    return m_datapoints.last();
}

} // namespace Berth::Engine
