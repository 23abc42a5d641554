#pragma once

#include "engine/enginetr.h"
#include "engine/labs/labchecker.h"

#include "model/labs/lab.h"

#include <QJsonObject>

namespace Berth::Engine::Internal {

/// A check's outcome: passed, or "LABEL: saw SAW, expected EXPECTED".
inline LabCheckOutcome outcome(bool passed, const QString &label, const QString &saw,
                               const QString &expected)
{
    if (passed)
        return {true, false, {}};
    return {false, false, Tr::tr("%1: saw %2, expected %3").arg(label, saw, expected)};
}

/// The label a failure starts with: the lab's own words when it gives them.
inline QString labelOf(const QJsonObject &check, const QString &fallback)
{
    const QJsonObject m = check.value(QLatin1String("message")).toObject();
    const Model::LabText t{m.value(QLatin1String("en")).toString(),
                           m.value(QLatin1String("ja")).toString()};
    return t.text().isEmpty() ? fallback : t.text();
}

inline int intOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

} // namespace Berth::Engine::Internal
