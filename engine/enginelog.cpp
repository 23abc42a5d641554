#include "engine/enginelog.h"

Q_LOGGING_CATEGORY(lcEngine, "berth.engine")
Q_LOGGING_CATEGORY(lcDocker, "berth.engine.docker")
Q_LOGGING_CATEGORY(lcScheduler, "berth.engine.scheduler")
