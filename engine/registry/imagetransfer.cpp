#include "engine/registry/imagetransfer.h"
#include "engine/enginetr.h"

#include "engine/docker/dockerclient.h"
#include "engine/docker/pullprogress.h"
#include "engine/registry/localregistry.h"
#include "model/ecrrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>

namespace Berth::Engine::ImageTransfer {

namespace {

/// Bytes pushed of the layers' sizes, from the daemon's per-layer messages.
class PushProgress
{
public:
    void add(const Docker::ProgressMessage &m)
    {
        if (m.id.isEmpty())
            return;
        Layer &layer = m_layers[m.id];
        if (m.total > 0) {
            layer.current = m.current;
            layer.total = m.total;
        }
        if (m.status == QLatin1String("Pushed") ||
            m.status == QLatin1String("Layer already exists"))
            layer.done = true;
    }
    qint64 done() const
    {
        qint64 sum = 0;
        for (const Layer &l : m_layers)
            sum += l.done ? l.total : l.current;
        return sum;
    }
    qint64 total() const
    {
        qint64 sum = 0;
        for (const Layer &l : m_layers)
            sum += l.total;
        return sum;
    }
    QString summary() const
    {
        int finished = 0;
        for (const Layer &l : m_layers)
            finished += l.done;
        return Tr::tr("%1 of %2 layers, %3 of %4 MB")
            .arg(finished)
            .arg(m_layers.size())
            .arg(double(done()) / 1e6, 0, 'f', 1)
            .arg(double(total()) / 1e6, 0, 'f', 1);
    }

private:
    struct Layer
    {
        qint64 current = 0;
        qint64 total = 0;
        bool done = false;
    };
    QHash<QString, Layer> m_layers;
};

} // namespace

QString build(const QString &dir, const QStringList &tags, const Progress &progress, QString *error)
{
    Docker::DockerClient docker;
    Docker::BuildOptions options;
    options.contextDir = dir;
    options.tags = tags;
    static const QRegularExpression step(QStringLiteral("^Step (\\d+)/(\\d+)"));
    const auto built = docker.buildImage(options, [&](const Docker::ProgressMessage &m) {
        const QString line = m.text.trimmed();
        if (line.isEmpty() || !progress)
            return;
        const QRegularExpressionMatch match = step.match(line);
        if (match.hasMatch())
            progress(line, match.captured(1).toInt() - 1, match.captured(2).toInt());
        else
            progress(line, 0, 0);
    });
    if (!built.ok()) {
        *error = built.error().message();
        return {};
    }
    return built.value();
}

EcrError push(EcrRegistry &registry, const QString &source, const QString &repository,
              const QString &tag, bool create, const Progress &progress, QString *digest)
{
    Docker::DockerClient docker;
    PushProgress counted;
    QElapsedTimer shown;
    shown.start();
    return registry.push(
        docker, source, repository, tag, create,
        [&](const Docker::ProgressMessage &m) {
            counted.add(m);
            if (!progress || (shown.elapsed() < 100 && counted.done() < counted.total()))
                return; // a few updates a second are enough for a bar
            shown.restart();
            progress(Tr::tr("Pushing %1:%2: %3").arg(repository, tag, counted.summary()),
                     counted.done(), counted.total());
        },
        digest);
}

bool pull(EcrRegistry &registry, const QString &repository, const QString &tag,
          const Progress &progress, QString *error)
{
    const QString problem = registry.pullProblem(repository, tag);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    Docker::DockerClient docker;
    const QString local = registry.localReference(repository, tag);
    Docker::PullProgress counted;
    QElapsedTimer shown;
    shown.start();
    const auto pulled =
        docker.pullImage(local, registry.auth(), [&](const Docker::ProgressMessage &m) {
            counted.add(m);
            if (!progress || (shown.elapsed() < 100 && counted.doneBytes() < counted.totalBytes()))
                return;
            shown.restart();
            progress(Tr::tr("Pulling %1:%2: %3").arg(repository, tag, counted.summary()),
                     counted.doneBytes(), counted.totalBytes());
        });
    if (!pulled.ok()) {
        *error = pulled.error().daemonMessage().isEmpty() ? pulled.error().message()
                                                          : pulled.error().daemonMessage();
        return false;
    }
    const QString ecrName = registry.ecrHost() + u'/' + repository + u':' + tag;
    const auto tagged = docker.tagImage(local, ecrName);
    if (!tagged.ok()) {
        *error = tagged.error().message();
        return false;
    }
    return true;
}

Publish publish(SecretStore &store, const QString &account, const QString &region,
                const Model::EcrRepository *designed, const QString &repository,
                const QString &tag, const Progress &progress, Published *out, QString *error)
{
    LocalRegistry registry;
    if (!registry.start(store, error))
        return Publish::Unavailable;
    auto ecr = EcrRegistry::open(store, account, region, error, registry);
    if (!ecr)
        return Publish::Unavailable;
    const auto refused = [error](const EcrError &e) {
        *error = e.type + QStringLiteral(": ") + e.message;
        return Publish::Refused;
    };
    if (designed) { // the design's settings of the repository come first
        const EcrError applied = ecr->applyDesign({*designed}, &out->notes);
        if (applied.isError())
            return refused(applied);
    }
    out->ecrName = ecr->ecrHost() + u'/' + repository + u':' + tag;
    out->local = ecr->localReference(repository, tag);
    QString source = out->ecrName;
    if (!exists(source)) {
        if (!exists(out->local)) {
            *error = Tr::tr("there is no image %1; build one first ('berth image build DIR --tag "
                            "%2:%3' or a repository's Build and Push in the window)")
                         .arg(out->ecrName, repository, tag);
            return Publish::Refused;
        }
        source = out->local;
    }
    const EcrError pushed = push(*ecr, source, repository, tag, true, progress, &out->digest);
    return pushed.isError() ? refused(pushed) : Publish::Pushed;
}

bool exists(const QString &reference)
{
    Docker::DockerClient docker;
    const auto found = docker.imageExists(reference);
    return found.ok() && found.value();
}

} // namespace Berth::Engine::ImageTransfer
