#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Berth::Model {

/// A problem found while reading JSON, named by its JSON path.
struct JsonIssue
{
    enum Kind { UnknownMember, WrongType, MissingRequired, NotAllowedValue, OutOfRange };
    Kind kind;
    QString path;    ///< "$.containerDefinitions[0].memory"
    QString message; ///< what is wrong and what was expected
    QString hint;    ///< what to do, may be empty
};

/// Reads members of a JSON object, recording wrong types with their path instead of
/// silently using a default.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, const QString &path, QList<JsonIssue> *issues)
        : m_object(object), m_path(path), m_issues(issues)
    {
    }

    const QJsonObject &object() const { return m_object; }
    const QString &path() const { return m_path; }
    bool has(const QString &key) const { return m_object.contains(key); }
    QString pathOf(const QString &key) const;

    QString string(const QString &key, const QString &fallback = {}) const;
    int integer(const QString &key, int fallback = 0) const;
    std::optional<int> optionalInteger(const QString &key) const;
    double number(const QString &key, double fallback = 0) const;
    bool boolean(const QString &key, bool fallback = false) const;
    QStringList strings(const QString &key) const;
    QJsonObject rawObject(const QString &key) const;
    QJsonArray rawArray(const QString &key) const;

    JsonReader child(const QString &key) const;
    /// Readers for the objects of an array member; wrong element types are recorded.
    QList<JsonReader> children(const QString &key) const;

    void fail(const QString &key, const QString &message, const QString &hint = {}) const;

private:
    bool expect(const QString &key, bool ok, const QString &expected) const;

    QJsonObject m_object;
    QString m_path;
    QList<JsonIssue> *m_issues;
};

} // namespace Berth::Model
