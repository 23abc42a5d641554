#pragma once

#include <QLoggingCategory>

/// Project files: open, save, autosave and recovery, import and export.
Q_DECLARE_LOGGING_CATEGORY(lcFiles)
