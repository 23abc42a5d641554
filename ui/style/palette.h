#pragma once

#include "model/entityref.h"

#include <QColor>
#include <QString>

#include <array>

/**
 * Every colour the window paints with beyond the system theme's QPalette, named by what it
 * means. This file is the one place that decides how Berth looks: the layering test refuses
 * a colour literal anywhere else in ui/. The tones read on a light and on a dark Base; where
 * they cannot, a Tone gives one for each.
 */
namespace Berth::Gui::Palette {

/// A colour for a light Base and one for a dark Base.
struct Tone
{
    QColor light;
    QColor dark;
    constexpr QColor on(bool darkBase) const { return darkBase ? dark : light; }
};

// What a state means, wherever it shows: the canvas, the editors, the plan, a run.
inline constexpr QColor error{0xdc, 0x26, 0x26};    ///< errors, failures, unhealthy, 5xx
inline constexpr QColor warning{0xd9, 0x77, 0x06};  ///< warnings; capacity over 70 % reserved
inline constexpr QColor success{0x22, 0xc5, 0x5e};  ///< healthy, accepted, progress, found
inline constexpr QColor refused{0xef, 0x44, 0x44};  ///< a link the rules refuse
inline constexpr QColor roomLeft{0x22, 0xa0, 0x55}; ///< capacity with room left (plan bars)

// Text on a filled chip or badge.
inline constexpr QColor textOnDarkFill{0xff, 0xff, 0xff};
inline constexpr QColor textOnLightFill{0x1f, 0x29, 0x37};

// The accent of each kind of entity: cards, links, icons, the plan.
inline constexpr QColor cluster{0x3b, 0x82, 0xf6};
inline constexpr QColor containerInstance{0xf5, 0x9e, 0x0b};
inline constexpr QColor fargate{0xa8, 0x55, 0xf7};
inline constexpr QColor taskDefinition{0x10, 0xb9, 0x81};
inline constexpr QColor service{0x63, 0x66, 0xf1};
inline constexpr QColor loadBalancer{0xec, 0x48, 0x99}; ///< also its listener rules
inline constexpr QColor networkLoadBalancer{0xf4, 0x3f, 0x5e};
inline constexpr QColor targetGroup{0x14, 0xb8, 0xa6};
inline constexpr QColor repository{0xf5, 0x9e, 0x0b};
inline constexpr QColor otherEntity{0x6b, 0x72, 0x80};
/// The accent of \a kind.
QColor accent(Model::EntityKind kind);

// A run: targets, tasks and deployments.
inline constexpr QColor targetHealthy = success;
inline constexpr QColor targetUnhealthy = error;
inline constexpr QColor targetDraining{0xf5, 0x9e, 0x0b};
inline constexpr QColor targetInitial{0x94, 0xa3, 0xb8};
inline constexpr QColor taskWithoutService{0x64, 0x74, 0x8b}; ///< a one-off task's chips
inline constexpr QColor taskStoppedText{0x8a, 0x8f, 0x98};    ///< a stopped task's row
inline constexpr QColor deploymentProgress{0x3b, 0x82, 0xf6};
inline constexpr QColor deploymentFailed = error;
inline constexpr QColor chartRegistered{0x64, 0x74, 0x8b}; ///< an instance's capacity
inline constexpr QColor chartReserved{0x3b, 0x82, 0xf6};   ///< what its tasks reserve
inline constexpr QColor chartUsed{0xf9, 0x73, 0x16};       ///< what they use
inline constexpr QColor chartRequests{0x10, 0xb9, 0x81};
inline constexpr QColor chartServerErrors = error;
/// The services' colours in a run (chips, charts), in the order the design lists them.
inline constexpr std::array<QColor, 9> services{
    QColor(0x3b, 0x82, 0xf6), QColor(0xf9, 0x73, 0x16), QColor(0x10, 0xb9, 0x81),
    QColor(0xa8, 0x55, 0xf7), QColor(0x14, 0xb8, 0xa6), QColor(0xea, 0xb3, 0x08),
    QColor(0xec, 0x48, 0x99), QColor(0x63, 0x66, 0xf1), QColor(0x84, 0xcc, 0x16)};
/// Service \a index's colour: services[] over again after nine; taskWithoutService below 0.
QColor serviceColour(int index);
/// A service's colour on the plan, from a hue (0-359) its name picks: soft enough for text.
QColor planService(int hue);

// The banner that says Docker cannot be reached.
inline constexpr QColor problemBanner{0xfe, 0xf3, 0xc7};
inline constexpr QColor problemBannerText{0x42, 0x2c, 0x06};

// Editors.
inline constexpr Tone diffAdded{{0xdc, 0xfc, 0xe7}, {0x14, 0x53, 0x2d}};
inline constexpr Tone diffRemoved{{0xfe, 0xe2, 0xe2}, {0x7f, 0x1d, 0x1d}};
inline constexpr Tone querySubject{{0x03, 0x69, 0xa1}, {0x7d, 0xd3, 0xfc}};
inline constexpr Tone queryOperator{{0xa2, 0x1c, 0xaf}, {0xf0, 0xab, 0xfc}};
inline constexpr Tone queryKeyword{{0xc2, 0x41, 0x0c}, {0xfd, 0xba, 0x74}};
inline constexpr Tone queryValue{{0x15, 0x80, 0x3d}, {0x86, 0xef, 0xac}};

/// Rich text: \a html in \a colour.
QString inColour(const QColor &colour, const QString &html);

} // namespace Berth::Gui::Palette
