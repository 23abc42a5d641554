#pragma once

#include <QTest>

/// Skips a test whose precondition this machine lacks; under CI (CI set) the same is a failure,
/// so nothing the CI machine should provide can be skipped silently.
#define BERTH_SKIP_OR_FAIL(reason)                                                                \
    do {                                                                                           \
        if (!qEnvironmentVariableIsEmpty("CI"))                                                    \
            QFAIL(reason);                                                                         \
        QSKIP(reason);                                                                             \
    } while (false)
