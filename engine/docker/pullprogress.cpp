#include "engine/docker/pullprogress.h"

#include <QCoreApplication>
#include <QLocale>

namespace Berth::Engine::Docker {

void PullProgress::add(const ProgressMessage &message)
{
    // Messages without a layer id speak of the whole image ("Pulling from library/x",
    // "Digest: ...", "Status: Downloaded newer image").
    if (message.id.isEmpty() || !message.error.isEmpty())
        return;
    const QString &status = message.status;
    // "1.25: Pulling from library/nginx" carries the tag as its id.
    if (status.startsWith(QLatin1String("Pulling from")))
        return;
    Layer &layer = m_layers[message.id];
    if (status == QLatin1String("Downloading")) {
        if (message.total > 0)
            layer.total = message.total;
        layer.current = qMax(layer.current, message.current);
    } else if (status == QLatin1String("Download complete")
               || status == QLatin1String("Verifying Checksum")
               || status == QLatin1String("Extracting")) {
        layer.downloaded = true;
        if (status == QLatin1String("Extracting") && message.total > 0 && layer.total == 0)
            layer.total = message.total;
    } else if (status == QLatin1String("Pull complete")
               || status == QLatin1String("Already exists")) {
        layer.downloaded = true;
        layer.complete = true;
    }
    if (layer.downloaded)
        layer.current = layer.total;
}

qint64 PullProgress::doneBytes() const
{
    qint64 done = 0;
    for (const Layer &l : m_layers)
        done += qMin(l.current, l.total);
    return done;
}

qint64 PullProgress::totalBytes() const
{
    qint64 total = 0;
    for (const Layer &l : m_layers)
        total += l.total;
    return total;
}

int PullProgress::layersDone() const
{
    int done = 0;
    for (const Layer &l : m_layers)
        done += l.complete ? 1 : 0;
    return done;
}

QString PullProgress::summary() const
{
    const QLocale locale;
    return QCoreApplication::translate("Berth::Engine::Docker::PullProgress",
                                       "%1 of %2 layers, %3 of %4")
        .arg(layersDone())
        .arg(layers())
        .arg(locale.formattedDataSize(doneBytes()), locale.formattedDataSize(totalBytes()));
}

} // namespace Berth::Engine::Docker
