#pragma once

#include <QCoreApplication>

namespace Berth::Cli {

/// The translation context of the command line's messages that belong to no QObject:
/// `Tr::tr("...")` is what lupdate reads and what QTranslator looks up, in one context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli)
};

} // namespace Berth::Cli
