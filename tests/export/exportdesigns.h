#pragma once

// The designs the export tests run on: the sample and three that use what the sample does
// not (DAEMON, placement Swarm cannot say, an NLB, Fargate with awsvpc and host rules, a
// pinned older revision, two load balancers sharing a target group).

#include "model/projectfile.h"

#include <QString>
#include <QStringList>

namespace BerthTest {

inline QString sourceDir()
{
    return qEnvironmentVariable("BERTH_SOURCE_DIR");
}

inline QStringList exportDesigns()
{
    return {sourceDir() + QStringLiteral("/resources/samples/web-api.berth"),
            sourceDir() + QStringLiteral("/tests/export/data/placement-daemon.berth"),
            sourceDir() + QStringLiteral("/tests/export/data/fargate-hosts.berth"),
            sourceDir() + QStringLiteral("/tests/export/data/two-balancers.berth")};
}

inline Berth::Model::ProjectData loadDesign(const QString &file)
{
    const Berth::Model::ProjectFile::LoadResult loaded = Berth::Model::ProjectFile::load(file);
    if (!loaded.ok())
        qFatal("cannot load %s: %s", qPrintable(file), qPrintable(loaded.error));
    return *loaded.data;
}

} // namespace BerthTest
