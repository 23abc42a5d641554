#pragma once

#include "model/validation/diagnostic.h"

namespace Berth::Model::Internal {

/// Appends the diagnostics of one entity (a task definition, a service, ...) to a list.
class Reporter
{
public:
    Reporter(Diagnostics &out, Diagnostic::EntityKind kind, const QString &entity)
        : m_out(out), m_kind(kind), m_entity(entity)
    {
    }

    void error(const QString &rule, const QString &path, const QString &message,
               const QString &hint, int column = 0);
    void warning(const QString &rule, const QString &path, const QString &message,
                 const QString &hint, int column = 0);
    void report(Diagnostic::Severity severity, const QString &rule, const QString &path,
                const QString &message, const QString &hint, int column = 0);

private:
    Diagnostics &m_out;
    Diagnostic::EntityKind m_kind;
    QString m_entity;
};

} // namespace Berth::Model::Internal
