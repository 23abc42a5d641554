#pragma once

#include <QLoggingCategory>

/// The canvas: how it mirrors the project and the edits it sends back.
Q_DECLARE_LOGGING_CATEGORY(lcCanvas)
