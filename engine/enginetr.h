#pragma once

#include <QCoreApplication>

namespace Berth::Engine {

/// The translation context of the engine layer's messages that belong to no QObject:
/// `Tr::tr("...")` is what lupdate reads and what QTranslator looks up, in one context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine)
};

} // namespace Berth::Engine
