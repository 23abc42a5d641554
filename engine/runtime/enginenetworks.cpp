// The Engine's load balancer networks: containers cannot reach the host's loopback addresses,
// so each load balancer gets a network whose gateway is an address of the host they reach.
#include "engine/runtime/engine.h"

#include "engine/lb/loadbalancermanager.h"
#include "engine/runtime/containerspec.h"

#include <algorithm>

namespace Berth::Engine {

void Engine::prepareLoadBalancerNetworks()
{
    // Containers cannot reach the host's loopback addresses. Each load balancer gets a Docker
    // network of its own, with no container in it: its gateway is an address of the host
    // that every container can reach, and HAProxy listens there too.
    // Project edits while running come here too: nothing to ask Docker when every load
    // balancer has its network already.
    const bool known = std::all_of(
        m_project.loadBalancers.cbegin(), m_project.loadBalancers.cend(),
        [this](const Model::LoadBalancer &lb) {
            const QString host = LoadBalancerManager::hostName(lb.name);
            return std::any_of(m_loadBalancerHosts.cbegin(), m_loadBalancerHosts.cend(),
                               [&](const auto &h) { return h.first == host; });
        });
    if (known && m_loadBalancerHosts.size() == m_project.loadBalancers.size())
        return;
    QHash<QString, QString> inside;
    m_loadBalancerHosts.clear();
    if (m_project.loadBalancers.isEmpty() || !m_runtime->ping().ok())
        return;
    const QString projectLabel = QLatin1String(ContainerSpec::kProject) + u'=' + m_label;
    const auto existing = m_runtime->listNetworks({projectLabel});
    for (const Model::LoadBalancer &lb : m_project.loadBalancers) {
        const QString name = QStringLiteral("berth-%1-lb-%2").arg(m_label, lb.name.toLower());
        QString id;
        if (existing.ok()) {
            for (const NetworkSummary &n : existing.value()) {
                if (n.name == name)
                    id = n.id;
            }
        }
        if (id.isEmpty()) {
            const auto created = m_runtime->createNetwork(
                name, {{QLatin1String(ContainerSpec::kProject), m_label},
                       {QLatin1String(kLoadBalancerLabel), lb.name}});
            if (!created.ok()) {
                Q_EMIT notice(tr("Load balancer %1 cannot be reached from tasks: the Docker "
                                 "network %2 could not be created (%3).")
                                  .arg(lb.name, name, created.error().message()));
                continue;
            }
            id = created.value();
        }
        const auto gatewayOf = m_runtime->networkGateway(id);
        const QString gateway = gatewayOf.ok() ? gatewayOf.value() : QString();
        if (gateway.isEmpty())
            continue;
        inside.insert(lb.name, gateway);
        m_loadBalancerHosts.append({LoadBalancerManager::hostName(lb.name), gateway});
    }
    m_loadBalancers->setInsideAddresses(inside);
}

void Engine::prepareMetadataNetwork()
{
    if (!m_metadataAddress.isEmpty() || !m_runtime->ping().ok())
        return;
    const QString name = QStringLiteral("berth-%1-metadata").arg(m_label);
    QString id;
    const auto existing = m_runtime->listNetworks(
        {QLatin1String(ContainerSpec::kProject) + u'=' + m_label, QLatin1String(kMetadataLabel)});
    if (existing.ok() && !existing->isEmpty())
        id = existing->first().id;
    if (id.isEmpty()) {
        const auto created = m_runtime->createNetwork(
            name, {{QLatin1String(ContainerSpec::kProject), m_label},
                   {QLatin1String(kMetadataLabel), QStringLiteral("v4")}});
        if (!created.ok()) {
            Q_EMIT notice(tr("Tasks have no metadata endpoint in this run: the Docker network "
                             "%1 could not be created (%2).")
                              .arg(name, created.error().message()));
            return;
        }
        id = created.value();
    }
    const auto gateway = m_runtime->networkGateway(id);
    if (gateway.ok())
        m_metadataAddress = gateway.value();
}

void Engine::removeMetadataNetwork()
{
    const auto networks = m_runtime->listNetworks(
        {QLatin1String(ContainerSpec::kProject) + u'=' + m_label, QLatin1String(kMetadataLabel)});
    if (networks.ok()) {
        for (const NetworkSummary &n : networks.value())
            m_runtime->removeNetwork(n.id);
    }
    m_metadataAddress.clear();
}

void Engine::removeLoadBalancerNetworks()
{
    const auto networks = m_runtime->listNetworks(
        {QLatin1String(ContainerSpec::kProject) + u'=' + m_label,
         QLatin1String(kLoadBalancerLabel)});
    if (networks.ok()) {
        for (const NetworkSummary &n : networks.value())
            m_runtime->removeNetwork(n.id);
    }
    m_loadBalancerHosts.clear();
}

} // namespace Berth::Engine
