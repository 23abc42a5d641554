#pragma once

#include "model/projectdata.h"
#include "model/validation/reporter.h"

#include <QCoreApplication>

#include <functional>

namespace Berth::Model::Internal {

/// Clusters' capacity providers (their Auto Scaling groups and managed scaling), their
/// defaultCapacityProviderStrategy and the services' capacityProviderStrategy, as
/// CreateCapacityProvider, PutClusterCapacityProviders and CreateService check them.
class CapacityProviderRules
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::Validator)

public:
    static void check(const ProjectData &project, Diagnostics &out);

private:
    static void checkProvider(const Cluster &cluster, const CapacityProvider &provider,
                              const QString &path, Diagnostics &out);
    static void checkService(const ProjectData &project, const Service &service,
                             const QString &path, Diagnostics &out);

    /// What a strategy's findings say about whose strategy it is.
    struct StrategyWords
    {
        QString rule; ///< the rules' prefix
        std::function<QString(qsizetype items)> tooMany;
        std::function<QString(const QString &provider)> unknownProvider;
        std::function<QString(int withBase)> baseTwice;
        QString noWeight;
    };
    /// The rules every strategy keeps: at most 6 items, each naming a provider of \a cluster
    /// (or Fargate's), base and weight within range, one base at most, some weight above 0.
    static void checkStrategy(const QList<CapacityProviderStrategyItem> &strategy,
                              const Cluster *cluster, const QString &list, Reporter &report,
                              const StrategyWords &words);
};

} // namespace Berth::Model::Internal
