#pragma once

#include <QCoreApplication>
#include <QString>

namespace Berth::Engine {

/// What ECS's own texts mean, in the window's language. Service events, stop codes and
/// stopped reasons stay in ECS's English wording everywhere (learners search for them
/// verbatim); the window shows these explanations beside them.
class EcsMessages final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine::EcsMessages)
public:
    /// A service event's or a stopped reason's meaning; empty for a text ECS does not print.
    static QString explain(const QString &ecsText);
    /// A stop code's meaning (EssentialContainerExited, UserInitiated, ...); empty if unknown.
    static QString explainStopCode(const QString &stopCode);
};

} // namespace Berth::Engine
