#include "engine/metrics/metricslog.h"

Q_LOGGING_CATEGORY(lcMetrics, "berth.engine.metrics")
