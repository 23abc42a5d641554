#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Berth::Engine {

/// An answer in the query protocol: HTTP status and the XML body.
struct QueryReply
{
    int status = 200;
    QByteArray xml;
    QString errorCode; ///< empty on success
};

/**
 * AWS's query protocol, which Elastic Load Balancing speaks (botocore's "query"): the request
 * a form (Action=...&Version=...&Names.member.1=...), the answer XML (ACTIONResponse >
 * ACTIONResult, lists as <member> elements; ErrorResponse > Error on failure). Both ways,
 * over JSON values: an array is a list of members, an object a structure, anything else text.
 */
namespace QueryProtocol {

/// The form's members as JSON: "Targets.member.1.Id=i-1" becomes {"Targets": [{"Id": "i-1"}]};
/// Action and Version stay members.
QJsonObject parseForm(const QByteArray &body);
/// The form of \a action with \a input (lists as NAME.member.N).
QByteArray form(const QString &action, const QString &version, const QJsonObject &input);

/// ACTIONResponse with ACTIONResult holding \a result, and the request id.
QByteArray response(const QString &action, const QString &xmlNamespace, const QJsonObject &result,
                    const QString &requestId);
/// ErrorResponse: Sender (4xx) or Receiver fault, the code and message, the request id.
QByteArray error(const QString &xmlNamespace, const QString &code, const QString &message,
                 bool sender, const QString &requestId);

/// An answer: \a action's result, or (errorReply) an error, Sender below status 500, each
/// with a fresh request id.
QueryReply reply(const QString &action, const QString &xmlNamespace, const QJsonObject &result);
QueryReply errorReply(const QString &xmlNamespace, const QString &code, const QString &message,
                      int status);
/// The texts of a list member of parseForm's result ("Names": ["a", "b"]).
QStringList texts(const QJsonValue &list);

/// What an answer holds: the result's members (lists as arrays, leaves as text), or the
/// error's code and message.
struct Parsed
{
    QJsonObject result;
    QString errorCode;
    QString errorMessage;
    bool ok() const { return errorCode.isEmpty(); }
};
/// Reads \a xml, as response() or error() (or AWS) writes it; \a ok false when it is no XML.
Parsed parse(const QByteArray &xml, bool *ok = nullptr);

} // namespace QueryProtocol

} // namespace Berth::Engine
