#include "ui/secrets/runreadiness.h"

#include "engine/safety/runsafety.h"

namespace Berth::Gui {

RunReadiness RunReadiness::review(const Model::ProjectData &project, const QProcessEnvironment &env)
{
    RunReadiness r;
    r.findings = Engine::RunSafety::review(project, env);
    for (const SecretKey &key : SecretKeys::of(project)) {
        if (!key.optional())
            r.secrets.append(key);
    }
    return r;
}

void RunReadiness::checkSecrets(Engine::SecretStore &store)
{
    setStates(SecretKeys::check(store, secretKeys()));
}

void RunReadiness::setStates(const QHash<QString, SecretState> &states)
{
    missing.clear();
    storeError.clear();
    for (const SecretKey &key : std::as_const(secrets)) {
        const SecretState s = states.value(key.key);
        if (s.status == SecretState::Status::NotSet)
            missing << key.key;
        else if (s.status == SecretState::Status::Failed && storeError.isEmpty())
            storeError = s.error;
        else if (s.status == SecretState::Status::Unknown && storeError.isEmpty())
            storeError =
                QCoreApplication::translate("Berth::Gui::RunReadiness", "%1 was not looked up")
                    .arg(key.key);
    }
    secretsChecked = true;
}

QStringList RunReadiness::secretKeys() const
{
    QStringList out;
    for (const SecretKey &key : secrets)
        out << key.key;
    return out;
}

bool RunReadiness::needsConfirmation() const
{
    return !findings.isEmpty() || secretsPending() || !missing.isEmpty() || !storeError.isEmpty();
}

} // namespace Berth::Gui
