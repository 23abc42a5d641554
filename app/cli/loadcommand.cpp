// berth load: open-loop HTTP load on a load balancer of the project's running design, one line
// a second and a summary.
#include "app/cli/cli.h"
#include "app/cli/clitr.h"
#include "app/cli/commandparser.h"
#include "app/cli/projectloader.h"

#include "engine/api/runregistry.h"
#include "engine/lb/loadgenerator.h"

#include <csignal>

namespace Berth::Cli {

namespace {

std::atomic_bool interrupted = false;

QString milliseconds(qint64 us)
{
    return us < 0 ? QStringLiteral("-") : QString::number(double(us) / 1000.0, 'f', 1);
}

QString sampleLine(const Engine::LoadSample &s, double seconds)
{
    return Tr::tr("%1 s  %2 req/s  p50 %3 ms  p90 %4 ms  p99 %5 ms  errors %6")
        .arg(seconds, 4, 'f', 0)
        .arg(s.answered, 6)
        .arg(milliseconds(s.latency.p50), milliseconds(s.latency.p90), milliseconds(s.latency.p99))
        .arg(s.errors());
}

} // namespace

int loadCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Sends HTTP requests at a set rate (open loop: on time, whatever the answers) to a load "
        "balancer of the project's running design, for a duration; prints each second's "
        "answered rate, latency percentiles and errors (HTTP 5xx, failed connections, "
        "timeouts), then a summary. The design must be running (in the window or with "
        "'berth run'). With the demo app, --path /cpu?ms=20 or /mem?mb=16 loads its tasks."));
    parser.addHelpOption();
    const QCommandLineOption rate(QStringLiteral("rate"), Tr::tr("Requests a second."),
                                  QStringLiteral("R"));
    const QCommandLineOption duration(QStringLiteral("duration"), Tr::tr("Seconds to send for."),
                                      QStringLiteral("S"));
    const QCommandLineOption path(QStringLiteral("path"),
                                  Tr::tr("The path and query to request (default /)."),
                                  QStringLiteral("P"));
    parser.addOptions({rate, duration, path});
    parser.addPositionalArgument(QStringLiteral("load"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project."));
    parser.addPositionalArgument(QStringLiteral("LB"), Tr::tr("The load balancer's name."));
    if (const auto done = parseArguments(parser, arguments, "load", io))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 2 || !parser.isSet(rate) || !parser.isSet(duration)) {
        io.err << Tr::tr("berth load: name a project and a load balancer, with a rate and a "
                         "duration, e.g. 'berth load shop.berth web --rate 200 --duration 60'")
               << Qt::endl;
        return BadUsage;
    }
    bool rateOk = false;
    bool durationOk = false;
    Engine::LoadSettings settings;
    settings.rate = parser.value(rate).toDouble(&rateOk);
    settings.durationSeconds = parser.value(duration).toDouble(&durationOk);
    if (!rateOk || settings.rate <= 0 || settings.rate > 100000) {
        io.err << Tr::tr("berth load: --rate takes a number of requests a second from 1 to "
                         "100000, not '%1'")
                      .arg(parser.value(rate))
               << Qt::endl;
        return BadUsage;
    }
    if (!durationOk || settings.durationSeconds <= 0 || settings.durationSeconds > 86400) {
        io.err << Tr::tr("berth load: --duration takes seconds from 1 to 86400, not '%1'")
                      .arg(parser.value(duration))
               << Qt::endl;
        return BadUsage;
    }
    const QString projectFile = positional.at(0);
    const std::optional<Model::ProjectData> project = loadProject(projectFile, io, "load");
    if (!project)
        return BadUsage;
    QString problem;
    settings.url = Engine::LoadGenerator::listenerUrl(*project, positional.at(1),
                                                      parser.value(path), &problem);
    if (settings.url.isEmpty()) {
        io.err << Tr::tr("berth load: %1").arg(problem) << Qt::endl;
        return BadUsage;
    }
    if (!Engine::RunRegistry::endpointOf(projectFile)) {
        io.err << Tr::tr("berth load: %1 is not running; start it with 'berth run %1 "
                         "--headless' or in the window, then send the load")
                      .arg(projectFile)
               << Qt::endl;
        return BadUsage;
    }
    io.out << Tr::tr("sending %1 requests a second to %2 for %3 s")
                  .arg(settings.rate)
                  .arg(settings.url)
                  .arg(settings.durationSeconds)
           << Qt::endl;
    interrupted = false;
    const auto previous = std::signal(SIGINT, [](int) { interrupted = true; });
    Engine::LoadGenerator generator(settings);
    const Engine::LoadSummary summary = generator.run(
        [&](const Engine::LoadSample &s) { io.out << sampleLine(s, double(s.second)) << Qt::endl; },
        &interrupted);
    std::signal(SIGINT, previous);
    const Engine::LoadSample &t = summary.totals;
    io.out << Tr::tr("sent %1, answered %2 (%3 req/s), errors %4: HTTP 5xx %5, connection "
                     "failures %6, timeouts %7, not sent %8, other %9")
                  .arg(t.sent)
                  .arg(t.answered)
                  .arg(summary.achievedRate, 0, 'f', 1)
                  .arg(t.errors())
                  .arg(t.status5xx)
                  .arg(t.connectionFailures)
                  .arg(t.timeouts)
                  .arg(t.notSent)
                  .arg(t.otherErrors)
           << Qt::endl;
    io.out << Tr::tr("latency p50 %1 ms, p90 %2 ms, p99 %3 ms")
                  .arg(milliseconds(t.latency.p50), milliseconds(t.latency.p90),
                       milliseconds(t.latency.p99))
           << Qt::endl;
    if (!summary.problem.isEmpty())
        io.err << Tr::tr("berth load: %1").arg(summary.problem) << Qt::endl;
    if (summary.stopped)
        io.out << Tr::tr("stopped before the end (Ctrl+C)") << Qt::endl;
    // Nothing answered at all: the listener is not there (the run has just stopped, or it
    // runs under another user whose ports moved).
    if (t.answered == 0) {
        io.err << Tr::tr("berth load: nothing answered at %1; check that the run is still "
                         "running and that its load balancer listens there")
                      .arg(settings.url)
               << Qt::endl;
        return DesignErrors;
    }
    return Ok;
}

} // namespace Berth::Cli
