#pragma once

#include <QLoggingCategory>

/// Resource use: where each container's counters are read, and what the daemon answered.
Q_DECLARE_LOGGING_CATEGORY(lcMetrics)
