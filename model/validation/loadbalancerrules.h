#pragma once

#include "model/projectdata.h"
#include "model/validation/reporter.h"

#include <QCoreApplication>

namespace Berth::Model::Internal {

/// Load balancers: listener ports and protocols, rule priorities and conditions, and the
/// target groups their actions forward to.
class LoadBalancerRules
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::Validator)

public:
    static void check(const ProjectData &project, Diagnostics &out);

private:
    LoadBalancerRules(const ProjectData &project, const LoadBalancer &lb, Reporter &report);
    void checkListener(const Listener &listener, const QString &path);
    void checkRule(const ListenerRule &rule, const Listener &listener, const QString &path);
    void checkWeightedForward(const ListenerRule &rule, const QString &path);
    void checkFixedResponse(const FixedResponse &response, const QString &path);
    void checkRedirect(const Redirect &redirect, const Listener &listener, const QString &path);
    void checkForward(const QString &targetGroup, const QString &path, const QString &rule);

    const ProjectData &m_project;
    const LoadBalancer &m_lb;
    Reporter &m_report;
};

} // namespace Berth::Model::Internal
