#pragma once

#include "ui/secrets/secretkeys.h"

#include "model/validation/safetyreview.h"

#include <QProcessEnvironment>

namespace Berth::Gui {

/**
 * What the confirmation before a run shows, without any widget: the safety review of the
 * design and of the daemon DOCKER_HOST names, and the design's secrets that are not set.
 * review() is pure; checkSecrets() asks the store and blocks (never on the GUI thread).
 */
struct RunReadiness
{
    QList<Model::SafetyFinding> findings;
    QList<SecretKey> secrets; ///< keys the run needs a value for (optional ones left out)
    bool secretsChecked = false;
    QStringList missing; ///< needed keys that are not set (after checkSecrets)
    QString storeError;  ///< the store failed: whether secrets are set is unknown

    static RunReadiness
    review(const Model::ProjectData &project,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    /// Blocking: reads whether each needed key is set.
    void checkSecrets(Engine::SecretStore &store);
    /// The states checkSecrets (or a worker) found.
    void setStates(const QHash<QString, SecretState> &states);

    QStringList secretKeys() const;
    /// The secrets still have to be looked up.
    bool secretsPending() const { return !secrets.isEmpty() && !secretsChecked; }
    /// Something must be shown before the run: a finding, a missing secret or a failed check
    /// (a pending check may still turn up a missing secret).
    bool needsConfirmation() const;
    /// Runs need the "I understand" checkbox: the run reaches beyond its containers.
    bool needsExplicitConsent() const { return !findings.isEmpty(); }
};

} // namespace Berth::Gui
