#pragma once

#include "engine/metrics/containerstats.h"

#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <string_view>

namespace Berth::Engine {

/// Readers of the kernel's counter files, for KernelCounters and its tests.
namespace KernelText {
/// The number at the start of \a text; -1 when none ("max").
qint64 leadingNumber(std::string_view text);
/// The value of "KEY N" in a flat keyed file (cpu.stat, memory.stat); -1 when absent.
qint64 keyedValue(std::string_view text, std::string_view key);
/// Bytes read and written over every device: cgroup v1 "MAJ:MIN Read N" lines, or v2
/// io.stat "MAJ:MIN rbytes=N wbytes=N ...".
void blockBytes(std::string_view text, qint64 *read, qint64 *written);
/// Bytes received and sent over a /proc/PID/net/dev's interfaces but the loopback; false
/// when the text lists no interface.
bool networkBytes(std::string_view text, qint64 *received, qint64 *sent);
} // namespace KernelText

/// A local container's counters read where the daemon's own collector reads them: its
/// control group (CPU time, memory, block I/O) and its network namespace
/// (/proc/PID/net/dev). The daemon publishes stats only a second after it finished its last
/// round over every container, so with many containers it delivers less than once a
/// second; these files answer at once, for the cost of a few reads per container.
/// Works for a daemon on this machine, cgroup v1 or v2; open() says why not otherwise.
class KernelCounters
{
public:
    ~KernelCounters();
    KernelCounters(const KernelCounters &) = delete;
    KernelCounters &operator=(const KernelCounters &) = delete;

    /// The counters of container \a containerId, whose first process has \a pid in this
    /// machine's process namespace. Null, with the reason in \a why, when they cannot be read
    /// here: a daemon on another machine or in another namespace, no permission.
    static std::unique_ptr<KernelCounters> open(const QString &containerId, qint64 pid,
                                                QString *why = nullptr);

    /// One sample. CPU is the share of one core used since the previous read() (0 on the
    /// first). Null once the container's files are gone.
    std::optional<ContainerStats> read();

private:
    struct Files;
    explicit KernelCounters(std::unique_ptr<Files> files);

    std::unique_ptr<Files> m_files;
    std::optional<std::chrono::steady_clock::time_point> m_previousAt;
    qint64 m_previousCpuNs = 0;
};

} // namespace Berth::Engine
