#include "engine/secrets/secretslog.h"

Q_LOGGING_CATEGORY(lcSecrets, "berth.engine.secrets")
