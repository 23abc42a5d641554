#pragma once

#include "model/jsontext.h"
#include "model/projectdata.h"

#include <optional>

namespace Berth::Model {

/// Reads and writes .berth files: JSON with "format": "berth-project" and a version,
/// keys in a stable order, saved atomically. A failed load never touches the file.
class ProjectFile
{
public:
    static constexpr int kVersion = 2; ///< 2: services name family:revision
    static constexpr const char *kFormat = "berth-project";

    struct LoadResult
    {
        std::optional<ProjectData> data;
        QString error;           ///< the first error, a sentence for the user
        TextPosition position;   ///< where in the file, when known
        QList<JsonIssue> issues; ///< every member with a wrong type
        int fileVersion = 0;
        bool migrated = false;   ///< the file was of an older version
        bool ok() const { return data.has_value(); }
    };

    static LoadResult load(const QString &path);
    static LoadResult parse(const QByteArray &text);

    static QByteArray serialize(const ProjectData &data);
    /// Writes through QSaveFile: the old file stays whole until the new one is complete.
    static bool save(const ProjectData &data, const QString &path, QString *error = nullptr);

    /// Brings a document of an older version up to kVersion, one step at a time.
    static QJsonObject migrate(QJsonObject document, int fromVersion);
};

} // namespace Berth::Model
