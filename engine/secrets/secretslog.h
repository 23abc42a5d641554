#pragma once

#include <QLoggingCategory>

/// Secrets: the OS keychain and what a task's secrets resolve to (keys, never values).
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
