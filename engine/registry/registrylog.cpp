#include "engine/registry/registrylog.h"

Q_LOGGING_CATEGORY(lcRegistry, "berth.engine.registry")
