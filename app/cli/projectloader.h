#pragma once

#include "app/cli/cli.h"

#include "model/jsontext.h"
#include "model/projectdata.h"
#include "model/validation/diagnostic.h"

#include <optional>

namespace Berth::Cli {

/// Loads the .berth project a command names. When it does not load, prints every error on
/// io.err as `FILE:LINE:COLUMN: error: MESSAGE` (`FILE: error: MESSAGE` when the error has no
/// place in the text, e.g. a missing file), each followed by a `hint:` line when there is
/// something to do, and returns nothing: the command exits with BadUsage. A project without a
/// name takes the file's base name.
std::optional<Model::ProjectData> loadProject(const QString &file, Output io, const char *command);

/// Prints one error about a file in the loader's format, for the other files commands read.
void printError(QTextStream &stream, const QString &file, Model::TextPosition position,
                const QString &message, const QString &hint = {});

/// Prints one finding as validate does: `FILE:LINE:COLUMN: SEVERITY: PATH: MESSAGE`, placed
/// in \a text (the file's bytes) by its JSON path, then `    hint: ...` when it has one.
void printDiagnostic(QTextStream &stream, const QString &file, const QByteArray &text,
                     const Model::Diagnostic &diagnostic);

/// printDiagnostic() for each finding about \a file, read again to place them.
void printDiagnostics(QTextStream &stream, const QString &file,
                      const Model::Diagnostics &diagnostics);

} // namespace Berth::Cli
