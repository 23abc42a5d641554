#pragma once

#include <QCoreApplication>

namespace Berth::Model {

/// The translation context of the model layer's messages that belong to no QObject:
/// `Tr::tr("...")` is what lupdate reads and what QTranslator looks up, in one context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model)
};

} // namespace Berth::Model
