#include "model/jsontext.h"
#include "model/modeltr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cstring>

namespace Berth::Model {

namespace {

QString describeError(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return Tr::tr("expected ',' before the next member or '}' to close the object");
    case QJsonParseError::MissingNameSeparator:
        return Tr::tr("expected ':' after the member name");
    case QJsonParseError::UnterminatedArray:
        return Tr::tr("expected ',' before the next value or ']' to close the array");
    case QJsonParseError::MissingValueSeparator:
        return Tr::tr("expected ',' between values");
    case QJsonParseError::IllegalValue:
        return Tr::tr("expected a value (a string in double quotes, a number, true, false, null, "
                      "an object or an array)");
    case QJsonParseError::TerminationByNumber:
        return Tr::tr("the text ends inside a number");
    case QJsonParseError::IllegalNumber:
        return Tr::tr("this number is not valid JSON");
    case QJsonParseError::IllegalEscapeSequence:
        return Tr::tr("invalid escape sequence in a string");
    case QJsonParseError::IllegalUTF8String:
        return Tr::tr("the text is not valid UTF-8");
    case QJsonParseError::UnterminatedString:
        return Tr::tr("unterminated string: expected a closing '\"'");
    case QJsonParseError::MissingObject:
        return Tr::tr("expected an object or an array");
    case QJsonParseError::DeepNesting:
        return Tr::tr("the JSON is nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return Tr::tr("the document is too large");
    case QJsonParseError::GarbageAtEnd:
        return Tr::tr("unexpected text after the end of the JSON value");
    case QJsonParseError::NoError:
        break;
    }
    return Tr::tr("not valid JSON");
}

// U+201C, U+201D, U+2018, U+2019, U+201E, U+00AB, U+00BB in UTF-8.
const char *const kTypographicQuotes[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98",
                                          "\xE2\x80\x99", "\xE2\x80\x9E", "\xC2\xAB",
                                          "\xC2\xBB"};

qsizetype firstTypographicQuote(const QByteArray &text)
{
    qsizetype first = -1;
    for (const char *q : kTypographicQuotes) {
        const qsizetype at = text.indexOf(q);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    return first;
}

// A minimal scanner that follows a JSON path through the text. It assumes the text parsed.
class PathScanner
{
public:
    PathScanner(const QByteArray &text) : m_text(text) {}

    qsizetype find(const QStringList &steps)
    {
        m_pos = 0;
        skipSpace();
        qsizetype best = m_pos;
        for (const QString &step : steps) {
            skipSpace();
            if (step.startsWith(QLatin1Char('['))) {
                const int wanted = step.mid(1, step.size() - 2).toInt();
                if (!enterArrayElement(wanted))
                    return best;
            } else {
                const qsizetype keyAt = enterMember(step);
                if (keyAt < 0)
                    return best;
                best = keyAt;
                continue;
            }
            best = m_pos;
        }
        return best;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && QChar::isSpace(uchar(m_text[m_pos])))
            ++m_pos;
    }
    void skipString()
    {
        ++m_pos; // opening quote
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\')
                ++m_pos;
            ++m_pos;
        }
        ++m_pos;
    }
    QByteArray readString()
    {
        const qsizetype start = m_pos;
        skipString();
        return m_text.mid(start, m_pos - start);
    }
    void skipValue()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return;
        const char c = m_text[m_pos];
        if (c == '"') {
            skipString();
        } else if (c == '{' || c == '[') {
            int depth = 0;
            while (m_pos < m_text.size()) {
                const char d = m_text[m_pos];
                if (d == '"') {
                    skipString();
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        ++m_pos;
                        return;
                    }
                }
                ++m_pos;
            }
        } else {
            while (m_pos < m_text.size() && !strchr(",}] \t\r\n", m_text[m_pos]))
                ++m_pos;
        }
    }
    qsizetype enterMember(const QString &key)
    {
        if (m_pos >= m_text.size() || m_text[m_pos] != '{')
            return -1;
        ++m_pos;
        while (m_pos < m_text.size()) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] == '}')
                return -1;
            const qsizetype keyAt = m_pos;
            const QByteArray raw = readString();
            const QJsonDocument parsed = QJsonDocument::fromJson("[" + raw + "]");
            const QString name = parsed.array().isEmpty() ? QString()
                                                          : parsed.array().at(0).toString();
            skipSpace();
            ++m_pos; // ':'
            skipSpace();
            if (name == key)
                return keyAt;
            skipValue();
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',')
                ++m_pos;
        }
        return -1;
    }
    bool enterArrayElement(int wanted)
    {
        if (m_pos >= m_text.size() || m_text[m_pos] != '[')
            return false;
        ++m_pos;
        for (int i = 0; m_pos < m_text.size(); ++i) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] == ']')
                return false;
            if (i == wanted)
                return true;
            skipValue();
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',')
                ++m_pos;
        }
        return false;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

QStringList splitPath(const QString &path)
{
    QStringList steps;
    static const QRegularExpression step(QStringLiteral(R"re(\.([^.\[]+)|(\[\d+\])|\["((?:[^"\\]|\\.)*)"\])re"));
    auto it = step.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty())
            steps << m.captured(1);
        else if (!m.captured(2).isEmpty())
            steps << m.captured(2);
        else
            steps << m.captured(3);
    }
    return steps;
}

} // namespace

TextPosition JsonText::positionOfOffset(const QByteArray &text, qsizetype offset)
{
    TextPosition p{1, 1};
    offset = qBound<qsizetype>(0, offset, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const uchar c = uchar(text[i]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++p.column;
        }
    }
    return p;
}

JsonText::ParseResult JsonText::parse(const QByteArray &text)
{
    ParseResult result;
    if (text.trimmed().isEmpty()) {
        result.error = Tr::tr("the file is empty: expected a JSON object");
        result.position = {1, 1};
        return result;
    }
    QJsonParseError error;
    result.document = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError) {
        if (!result.document.isObject()) {
            result.error = Tr::tr("expected a JSON object at the top level");
            result.position = {1, 1};
        }
        return result;
    }
    const qsizetype quote = firstTypographicQuote(text);
    if (quote >= 0 && quote <= error.offset + 4) {
        result.position = positionOfOffset(text, quote);
        result.error =
            Tr::tr("typographic quotes (\u201C \u201D) where JSON needs straight double "
                   "quotes (\"); this happens when text is copied from a web page or a "
                   "word processor. Replace every \u201C and \u201D with \" and try again");
        return result;
    }
    // Qt reports the offset just past the character that broke these rules.
    qsizetype offset = error.offset;
    switch (error.error) {
    case QJsonParseError::IllegalValue:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::UnterminatedArray:
        offset = qMax<qsizetype>(0, offset - 1);
        break;
    default:
        break;
    }
    result.position = positionOfOffset(text, offset);
    result.error = describeError(error.error);
    return result;
}

TextPosition JsonText::locate(const QByteArray &text, const QString &jsonPath)
{
    PathScanner scanner(text);
    return positionOfOffset(text, scanner.find(splitPath(jsonPath)));
}

QString JsonText::member(const QString &path, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    if (plain.match(key).hasMatch())
        return path + QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return path + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

QString JsonText::index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

} // namespace Berth::Model
