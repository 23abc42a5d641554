#pragma once

#include <QLoggingCategory>

/// The local image registry: its process, its HTTP API, pushes and pulls through it.
Q_DECLARE_LOGGING_CATEGORY(lcRegistry)
