#include "model/validation/reporter.h"

namespace Berth::Model::Internal {

void Reporter::error(const QString &rule, const QString &path, const QString &message,
                     const QString &hint, int column)
{
    report(Diagnostic::Severity::Error, rule, path, message, hint, column);
}

void Reporter::warning(const QString &rule, const QString &path, const QString &message,
                       const QString &hint, int column)
{
    report(Diagnostic::Severity::Warning, rule, path, message, hint, column);
}

void Reporter::report(Diagnostic::Severity severity, const QString &rule, const QString &path,
                      const QString &message, const QString &hint, int column)
{
    Diagnostic d;
    d.severity = severity;
    d.entityKind = m_kind;
    d.entity = m_entity;
    d.path = path;
    d.message = message;
    d.hint = hint;
    d.rule = rule;
    d.column = column;
    m_out.append(d);
}

} // namespace Berth::Model::Internal
