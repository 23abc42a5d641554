#pragma once

#include "engine/docker/dockertypes.h"

#include <QHash>
#include <QString>

namespace Berth::Engine::Docker {

/// One figure for a progress bar from an image pull's per-layer messages: bytes downloaded
/// of the layers whose size is known, and layers done of those announced. A layer the
/// daemon already has, or has finished downloading, counts as whole.
class PullProgress
{
public:
    void add(const ProgressMessage &message);

    qint64 doneBytes() const;
    qint64 totalBytes() const;
    int layers() const { return int(m_layers.size()); }
    int layersDone() const;
    /// "3 of 7 layers, 12.3 MB of 45.6 MB", for the user.
    QString summary() const;

private:
    struct Layer
    {
        qint64 current = 0;
        qint64 total = 0;
        bool downloaded = false;
        bool complete = false;
    };
    QHash<QString, Layer> m_layers;
};

} // namespace Berth::Engine::Docker
