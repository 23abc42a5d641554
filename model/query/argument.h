#pragma once

#include <QDateTime>
#include <QString>
#include <QVersionNumber>

namespace Berth::Model::Query {

/// One argument value of a comparison, as written and as the subject reads it.
struct Argument
{
    QString value;  // without quotes
    int offset = 0; // source range, quotes included
    int length = 0;
    bool quoted = false;

    // Filled by the parser when the subject compares typed values.
    qint64 number = 0;      // runningTasksCount
    bool boolean = false;   // agentConnected
    QVersionNumber version; // agentVersion, normalized
    QDateTime dateTime;     // registeredAt, in UTC
    bool dateOnly = false;  // registeredAt given as 2018-02-13: compare whole days
};

} // namespace Berth::Model::Query
