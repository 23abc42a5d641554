#pragma once

#include <QLoggingCategory>

/// The load balancers: HAProxy's process, its configuration and runtime API, the targets.
Q_DECLARE_LOGGING_CATEGORY(lcLb)
