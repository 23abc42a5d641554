#pragma once

#include <QSizeF>

namespace Berth::Gui::Metrics {

// Sizes of the canvas items, shared by the items, the layout and the edits that place things.
inline constexpr qreal kGrid = 20;
inline constexpr QSizeF kInstanceSize{180, 110};
inline constexpr QSizeF kServiceSize{220, 84};
inline constexpr QSizeF kTargetGroupSize{200, 84};
inline constexpr QSizeF kRepositorySize{220, 84};
inline constexpr qreal kTaskDefinitionWidth = 220;
inline constexpr qreal kLoadBalancerWidth = 220;
inline constexpr qreal kHeaderHeight = 30;
inline constexpr qreal kLineHeight = 18;
inline constexpr qreal kRuleHeight = 24;
inline constexpr qreal kClusterHeader = 40;
inline constexpr qreal kClusterMargin = 20;
inline constexpr QSizeF kClusterMinimum{240, 160};

} // namespace Berth::Gui::Metrics
