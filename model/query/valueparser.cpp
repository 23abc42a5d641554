#include "valueparser.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Berth::Model::Query::Internal {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

} // namespace

std::optional<qint64> ValueParser::parseCount(QStringView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<bool> ValueParser::parseBoolean(QStringView text)
{
    if (text.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

QVersionNumber ValueParser::parseVersion(QStringView text, bool lenient)
{
    if (lenient && text.startsWith(u'v', Qt::CaseInsensitive))
        text = text.mid(1);
    QList<int> segments;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && isAsciiDigit(text.at(i)))
            ++i;
        if (i == start || i - start > 9)
            return lenient && !segments.isEmpty() ? QVersionNumber(segments).normalized()
                                                  : QVersionNumber();
        segments.append(text.mid(start, i - start).toInt());
        if (i == text.size())
            break;
        if (text.at(i) != u'.')
            return lenient ? QVersionNumber(segments).normalized() : QVersionNumber();
        ++i;
        if (i == text.size() && !lenient)
            return {};
    }
    return QVersionNumber(segments).normalized();
}

std::optional<ValueParser::Date> ValueParser::parseDate(QStringView text)
{
    static const QRegularExpression format(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})"
                       "(?:T([0-9]{2}):([0-9]{2}):([0-9]{2})(Z|([+-])([0-9]{2}):([0-9]{2}))?)?$"));
    const QRegularExpressionMatch match = format.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    if (!date.isValid())
        return std::nullopt;
    if (!match.hasCaptured(4))
        return Date{utcDateTime(date, QTime(0, 0)), true};
    const QTime time(number(4), number(5), number(6));
    if (!time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    if (match.hasCaptured(8)) {
        if (number(9) > 23 || number(10) > 59)
            return std::nullopt;
        offsetSeconds = (number(9) * 60 + number(10)) * 60;
        if (match.capturedView(8) == u"-")
            offsetSeconds = -offsetSeconds;
    }
    return Date{utcDateTime(date, time).addSecs(-offsetSeconds), false};
}

qsizetype ValueParser::invalidAttributeNameCharacter(QStringView name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (isAsciiLetter(c) || isAsciiDigit(c) || c == u'-' || c == u'_' || c == u'.' ||
            c == u'/' || c == u'\\')
            continue;
        return i;
    }
    return -1;
}

} // namespace Berth::Model::Query::Internal
