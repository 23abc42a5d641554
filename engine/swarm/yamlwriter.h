#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Berth::Engine {

/// JSON as block-style YAML, for files people read (compose stack files). Strings are always
/// double-quoted in JSON's escaping, which YAML reads the same, so "3.8" stays a string.
class YamlWriter
{
public:
    static QByteArray write(const QJsonObject &document);
};

} // namespace Berth::Engine
