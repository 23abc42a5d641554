#include "engine/runtime/deployment.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <tuple>
#include <atomic>

namespace Berth::Engine {

namespace {

std::atomic<int> g_healthyAfter{-1};
std::atomic<double> g_timeScale{-1.0};

QString idOfNumber(quint64 n)
{
    return QStringLiteral("ecs-svc/%1").arg(n % 10000000000000000000ULL, 19, 10,
                                             QLatin1Char('0'));
}

} // namespace

QString Deployment::newId()
{
    return idOfNumber(QRandomGenerator::global()->generate64());
}

QString Deployment::idFor(const QString &seed)
{
    const QByteArray h = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    quint64 n = 0;
    for (int i = 0; i < 8; ++i)
        n = (n << 8) | quint8(h.at(i));
    return idOfNumber(n);
}

int Deployment::minimumHealthy(int desired, int minimumHealthyPercent)
{
    return (qMax(0, desired) * qMax(0, minimumHealthyPercent) + 99) / 100;
}

int Deployment::maximumTasks(int desired, int maximumPercent)
{
    return qMax(0, desired) * qMax(0, maximumPercent) / 100;
}

int Deployment::circuitBreakerThreshold(int desired)
{
    return std::clamp((qMax(0, desired) + 1) / 2, 3, 200);
}

int Deployment::healthyAfterSeconds()
{
    int v = g_healthyAfter.load();
    if (v >= 0)
        return v;
    bool ok = false;
    v = qEnvironmentVariableIntValue("BERTH_HEALTHY_AFTER_SECONDS", &ok);
    v = ok && v >= 0 ? v : kHealthyAfterSeconds;
    g_healthyAfter.store(v);
    return v;
}

qint64 Deployment::retryDelayMs(int failedStarts)
{
    if (failedStarts <= 0)
        return 0;
    const qint64 seconds = std::min<qint64>(kMaxRetryDelaySeconds,
                                            qint64(5) << std::min(failedStarts - 1, 20));
    return qint64(double(seconds) * 1000.0 / timeScale());
}

double Deployment::timeScale()
{
    double v = g_timeScale.load();
    if (v > 0)
        return v;
    bool ok = false;
    v = qEnvironmentVariable("BERTH_TIME_SCALE").toDouble(&ok);
    v = ok && v >= 1.0 ? v : 1.0;
    g_timeScale.store(v);
    return v;
}

void Deployment::setTimeScale(double scale)
{
    g_timeScale.store(scale >= 1.0 ? scale : -1.0);
}

void Deployment::setHealthyAfterSeconds(int seconds)
{
    g_healthyAfter.store(seconds < 0 ? -1 : seconds);
}

// The service scheduler's scale-in (developer guide, "Service scheduler concepts"): tasks
// that are not running yet go first; then, to keep the service balanced, a task in the
// Availability Zone with the most of the service's tasks, on the instance there with the
// most; the newest of those.
static qsizetype scaleInChoice(const QList<RollingTask> &tasks)
{
    QHash<QString, int> perZone;
    QHash<QString, int> perInstance;
    for (const RollingTask &t : tasks) {
        ++perZone[t.zone];
        ++perInstance[t.instance];
    }
    qsizetype best = 0;
    const auto key = [&](const RollingTask &t) {
        return std::make_tuple(!t.running, perZone.value(t.zone), perInstance.value(t.instance),
                               t.createdAt);
    };
    for (qsizetype i = 1; i < tasks.size(); ++i) {
        if (key(tasks.at(i)) > key(tasks.at(best)))
            best = i;
    }
    return best;
}

RollingDecision decideRolling(int desired, int minimumHealthyPercent, int maximumPercent,
                              const QList<RollingTask> &tasks)
{
    RollingDecision d;
    desired = qMax(0, desired);
    const int floor = Deployment::minimumHealthy(desired, minimumHealthyPercent);
    const int ceiling = Deployment::maximumTasks(desired, maximumPercent);

    QList<RollingTask> placed;     // PRIMARY tasks where they should be
    QList<RollingTask> candidates; // older deployments, draining instances
    for (const RollingTask &t : tasks)
        (t.primary && !t.misplaced ? placed : candidates).append(t);

    int active = int(tasks.size());
    int healthy = 0;
    for (const RollingTask &t : tasks)
        healthy += t.healthy;

    for (qsizetype surplus = placed.size() - desired; surplus > 0; --surplus) {
        const qsizetype i = scaleInChoice(placed);
        d.stop << placed.at(i).id;
        healthy -= placed.at(i).healthy;
        --active;
        placed.removeAt(i);
    }

    d.start = qMax(0, qMin(desired - int(placed.size()), ceiling - active));

    // Tasks that do not count as healthy cost nothing to stop; then the oldest healthy ones,
    // as long as the floor holds.
    std::sort(candidates.begin(), candidates.end(),
              [](const RollingTask &a, const RollingTask &b) {
                  return a.healthy != b.healthy ? !a.healthy : a.createdAt < b.createdAt;
              });
    int allowance = healthy - floor;
    int kept = 0;
    for (const RollingTask &t : candidates) {
        if (!t.healthy) {
            d.stop << t.id;
        } else if (allowance > 0) {
            d.stop << t.id;
            --allowance;
        } else {
            ++kept;
        }
    }

    bool inFlight = false; // a task that may still become healthy changes the picture
    for (const RollingTask &t : placed)
        inFlight = inFlight || !t.healthy;
    const bool unfinished = kept > 0 || placed.size() < desired;
    d.blockedByConfiguration = unfinished && d.start == 0 && d.stop.isEmpty() && !inFlight;
    return d;
}

} // namespace Berth::Engine
