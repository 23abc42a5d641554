#pragma once

// The window names entities with the model's references (Model::EntityRef).
#include "model/entityref.h"

namespace Berth::Gui {
using Model::EntityKind;
using Model::EntityRef;
} // namespace Berth::Gui
