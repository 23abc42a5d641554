#pragma once

#include <QString>

namespace Berth::Engine {

/// A self-signed certificate for a load balancer's HTTPS (ALB) or TLS (NLB) listeners, made
/// once per run with the openssl command (as HAProxy itself, a tool Berth starts): the
/// certificate and its key in one PEM file, for NAME.lb.berth and the load balancer's
/// address. Clients that check certificates must be told to trust it (curl -k, or the
/// file). ACM's certificates do not exist locally.
class LoadBalancerCertificates
{
public:
    /// The PEM file in \a directory for \a loadBalancer, made when missing; empty and
    /// *error when it cannot be made.
    static QString ensure(const QString &directory, const QString &loadBalancer,
                          const QString &address, QString *error);
};

} // namespace Berth::Engine
