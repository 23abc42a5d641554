#pragma once

#include <QDateTime>
#include <QStringView>
#include <QVersionNumber>

#include <optional>

namespace Berth::Model::Query::Internal {

/// Reads the typed values comparisons use, from arguments and from instance facts.
class ValueParser
{
public:
    struct Date
    {
        QDateTime utc;
        bool dateOnly = false;
    };

    /// A whole number written with digits only.
    static std::optional<qint64> parseCount(QStringView text);
    /// true or false, in any case.
    static std::optional<bool> parseBoolean(QStringView text);
    /// Dotted numbers such as 1.14.5, normalized (1.14.0 == 1.14). Null when invalid. When
    /// lenient, as for an agent's reported version, a leading 'v' and a suffix such as
    /// "-beta" are ignored.
    static QVersionNumber parseVersion(QStringView text, bool lenient = false);
    /// The formats the guide lists for registeredAt: 2018-06-18T22:28:28+00:00,
    /// 2018-06-18T22:28:28Z, 2018-06-18T22:28:28 (UTC) and 2018-06-18.
    static std::optional<Date> parseDate(QStringView text);
    /// Index of the first character an ECS attribute name may not contain, or -1.
    static qsizetype invalidAttributeNameCharacter(QStringView name);
};

} // namespace Berth::Model::Query::Internal
