#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace Berth::Model {

/// A position in a text file, 1-based. line == 0 means unknown.
struct TextPosition
{
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
};

/// Parses JSON text with errors a person can act on (line, column, what was expected,
/// typographic quotes recognised), and maps JSON paths back to positions in the text.
class JsonText
{
public:
    struct ParseResult
    {
        QJsonDocument document;
        QString error;          ///< empty when the text parsed
        TextPosition position;  ///< where the error is
        bool ok() const { return error.isEmpty(); }
    };

    static ParseResult parse(const QByteArray &text);

    /// Position of the value at a path such as "$.containerDefinitions[0].memory" (the key
    /// when the member exists, otherwise the closest enclosing value that exists).
    static TextPosition locate(const QByteArray &text, const QString &jsonPath);

    static TextPosition positionOfOffset(const QByteArray &text, qsizetype offset);

    /// "$.a.b[2]" style path helpers.
    static QString member(const QString &path, const QString &key);
    static QString index(const QString &path, qsizetype i);
};

} // namespace Berth::Model
