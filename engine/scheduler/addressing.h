#pragma once

#include <QString>

namespace Berth::Engine::Addressing {

/// The loopback address of a container instance (design decision 2): 127.77.C.I with
/// C = clusterIndex + 1 and I = instanceIndex + 1, both indices 0-based in project order, so
/// that no octet is 0 (127.77.0.0 reads like a network, not a host). The plan, the runtime
/// and the load balancer manager all call this one function. Empty when an index is outside
/// 0..253 (Linux routes the whole of 127.0.0.0/8 to lo, but one octet holds 254 hosts).
QString instanceAddress(int clusterIndex, int instanceIndex);

/// The address of the n-th task that has its own network interface (awsvpc on EC2, or
/// Fargate), n 0-based: 127.78.X.Y with X = n / 254 and Y = n % 254 + 1. Empty past 65,023.
QString taskAddress(int n);

/// The address of Berth's local image registry (the ECR stand-in): 127.80.0.1. Instances
/// have 127.77, task ENIs 127.78 and load balancers 127.79, so it meets none of them.
QString registryAddress();

} // namespace Berth::Engine::Addressing
