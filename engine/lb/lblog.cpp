#include "engine/lb/lblog.h"

Q_LOGGING_CATEGORY(lcLb, "berth.engine.lb")
