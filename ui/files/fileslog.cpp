#include "ui/files/fileslog.h"

Q_LOGGING_CATEGORY(lcFiles, "berth.ui.files")
