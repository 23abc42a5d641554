#include "ui/canvas/canvaslog.h"

Q_LOGGING_CATEGORY(lcCanvas, "berth.ui.canvas")
