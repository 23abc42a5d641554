#include "engine/metrics/kernelcounters.h"
#include "engine/enginetr.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include <fcntl.h>
#include <unistd.h>

namespace Berth::Engine {

using namespace KernelText;

namespace {

constexpr double kMiB = 1024.0 * 1024.0;
const QByteArray kCgroupRoot = QByteArrayLiteral("/sys/fs/cgroup");

/// Calls \a f with each line of \a text, without its newline; stops when f returns true.
template<typename F>
void forEachLine(std::string_view text, F f)
{
    size_t at = 0;
    while (at < text.size()) {
        size_t end = text.find('\n', at);
        if (end == std::string_view::npos)
            end = text.size();
        if (f(text.substr(at, end - at)))
            return;
        at = end + 1;
    }
}

/// An open counter file, read again from its start each time: the kernel writes it anew.
class CounterFile
{
public:
    CounterFile() = default;
    ~CounterFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    CounterFile(const CounterFile &) = delete;
    CounterFile &operator=(const CounterFile &) = delete;

    bool open(const QByteArray &path)
    {
        m_fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        return m_fd >= 0;
    }
    bool isOpen() const { return m_fd >= 0; }

    /// The file's text, or an empty view when it could not be read.
    std::string_view read(char *buffer, size_t capacity) const
    {
        if (m_fd < 0)
            return {};
        size_t used = 0;
        for (;;) {
            const ssize_t got = ::pread(m_fd, buffer + used, capacity - used, off_t(used));
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                break;
            used += size_t(got);
            if (used == capacity)
                break;
        }
        return std::string_view(buffer, used);
    }

private:
    int m_fd = -1;
};

double hostMemoryBytes()
{
    static const double total = [] {
        QFile meminfo(QStringLiteral("/proc/meminfo"));
        if (!meminfo.open(QIODevice::ReadOnly))
            return 0.0;
        const QByteArray text = meminfo.readAll();
        const qint64 kib = keyedValue(std::string_view(text.constData(), size_t(text.size())),
                                      "MemTotal:");
        return kib > 0 ? double(kib) * 1024.0 : 0.0;
    }();
    return total;
}

} // namespace

namespace KernelText {

qint64 leadingNumber(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    if (text.empty() || text.front() < '0' || text.front() > '9')
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            break;
        value = value * 10 + (c - '0');
    }
    return value;
}

qint64 keyedValue(std::string_view text, std::string_view key)
{
    qint64 value = -1;
    forEachLine(text, [&](std::string_view line) {
        if (line.size() <= key.size() || line.substr(0, key.size()) != key
            || line[key.size()] != ' ')
            return false;
        value = leadingNumber(line.substr(key.size() + 1));
        return true;
    });
    return value;
}

void blockBytes(std::string_view text, qint64 *read, qint64 *written)
{
    *read = 0;
    *written = 0;
    forEachLine(text, [&](std::string_view line) {
        const size_t rb = line.find(" rbytes=");
        if (rb != std::string_view::npos) {
            *read += qMax<qint64>(0, leadingNumber(line.substr(rb + 8)));
            const size_t wb = line.find(" wbytes=");
            if (wb != std::string_view::npos)
                *written += qMax<qint64>(0, leadingNumber(line.substr(wb + 8)));
            return false;
        }
        const size_t space = line.find(' ');
        if (space == std::string_view::npos)
            return false;
        const std::string_view rest = line.substr(space + 1);
        if (rest.substr(0, 5) == "Read ")
            *read += qMax<qint64>(0, leadingNumber(rest.substr(5)));
        else if (rest.substr(0, 6) == "Write ")
            *written += qMax<qint64>(0, leadingNumber(rest.substr(6)));
        return false;
    });
}

bool networkBytes(std::string_view text, qint64 *received, qint64 *sent)
{
    *received = 0;
    *sent = 0;
    bool any = false;
    forEachLine(text, [&](std::string_view line) {
        const size_t colon = line.find(':');
        if (colon == std::string_view::npos)
            return false; // the two heading lines
        std::string_view name = line.substr(0, colon);
        while (!name.empty() && name.front() == ' ')
            name.remove_prefix(1);
        any = true;
        if (name == "lo")
            return false;
        std::string_view fields = line.substr(colon + 1);
        for (int field = 0; field <= 8; ++field) {
            while (!fields.empty() && fields.front() == ' ')
                fields.remove_prefix(1);
            if (field == 0)
                *received += qMax<qint64>(0, leadingNumber(fields));
            else if (field == 8)
                *sent += qMax<qint64>(0, leadingNumber(fields));
            const size_t space = fields.find(' ');
            if (space == std::string_view::npos)
                break;
            fields.remove_prefix(space);
        }
        return false;
    });
    return any;
}

} // namespace KernelText

struct KernelCounters::Files
{
    bool unified = false; ///< cgroup v2
    CounterFile cpu;      ///< v1 cpuacct.usage (ns); v2 cpu.stat (usage_usec)
    CounterFile memory;   ///< v1 memory.usage_in_bytes; v2 memory.current
    CounterFile memoryStat;
    CounterFile memoryLimit; ///< v1 memory.limit_in_bytes; v2 memory.max
    CounterFile block;
    CounterFile network; ///< /proc/PID/net/dev
};

KernelCounters::KernelCounters(std::unique_ptr<Files> files)
    : m_files(std::move(files))
{
}

KernelCounters::~KernelCounters() = default;

std::unique_ptr<KernelCounters> KernelCounters::open(const QString &containerId, qint64 pid,
                                                     QString *why)
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::unique_ptr<KernelCounters>();
    };
    if (pid <= 0)
        return fail(Tr::tr("The container has no process running."));
    QFile groups(QStringLiteral("/proc/%1/cgroup").arg(pid));
    if (!groups.open(QIODevice::ReadOnly))
        return fail(Tr::tr("Process %1 is not visible here: the daemon runs on another machine "
                           "or in another process namespace.")
                        .arg(pid));
    const QByteArray id = containerId.toLatin1();

    // "HIERARCHY:CONTROLLERS:PATH" per line; v2 has the one line "0::PATH".
    QByteArray cpuDir, memoryDir, blockDir, unifiedDir;
    for (const QByteArray &line : groups.readAll().split('\n')) {
        const qsizetype first = line.indexOf(':');
        const qsizetype second = line.indexOf(':', first + 1);
        if (first < 0 || second < 0)
            continue;
        const QByteArray controllers = line.mid(first + 1, second - first - 1);
        const QByteArray path = line.mid(second + 1);
        if (!path.contains(id))
            continue; // another container's group or the host's: not this container's
        if (controllers.isEmpty()) {
            unifiedDir = kCgroupRoot + path;
            continue;
        }
        const QList<QByteArray> names = controllers.split(',');
        const QByteArray dir = kCgroupRoot + '/' + controllers + path;
        if (names.contains("cpuacct"))
            cpuDir = dir;
        if (names.contains("memory"))
            memoryDir = dir;
        if (names.contains("blkio"))
            blockDir = dir;
    }

    auto files = std::make_unique<Files>();
    if (!cpuDir.isEmpty() && !memoryDir.isEmpty()) {
        files->cpu.open(cpuDir + "/cpuacct.usage");
        files->memory.open(memoryDir + "/memory.usage_in_bytes");
        files->memoryStat.open(memoryDir + "/memory.stat");
        files->memoryLimit.open(memoryDir + "/memory.limit_in_bytes");
        if (!blockDir.isEmpty() && !files->block.open(blockDir + "/blkio.throttle.io_service_bytes_recursive"))
            files->block.open(blockDir + "/blkio.throttle.io_service_bytes");
    } else if (!unifiedDir.isEmpty()) {
        files->unified = true;
        files->cpu.open(unifiedDir + "/cpu.stat");
        files->memory.open(unifiedDir + "/memory.current");
        files->memoryStat.open(unifiedDir + "/memory.stat");
        files->memoryLimit.open(unifiedDir + "/memory.max");
        files->block.open(unifiedDir + "/io.stat");
    } else {
        return fail(Tr::tr("Process %1 is not in container %2's control group: the daemon runs on "
                           "another machine or in another namespace.")
                        .arg(pid)
                        .arg(containerId.left(12)));
    }
    if (!files->cpu.isOpen() || !files->memory.isOpen())
        return fail(Tr::tr("The control group files of container %1 cannot be read: %2.")
                        .arg(containerId.left(12), QString::fromLocal8Bit(std::strerror(errno))));
    files->network.open(QByteArray("/proc/") + QByteArray::number(pid) + "/net/dev");
    return std::unique_ptr<KernelCounters>(new KernelCounters(std::move(files)));
}

std::optional<ContainerStats> KernelCounters::read()
{
    char buffer[8192];
    const auto now = std::chrono::steady_clock::now();
    const Files &f = *m_files;

    std::string_view text = f.cpu.read(buffer, sizeof buffer);
    const qint64 cpuNs = f.unified ? keyedValue(text, "usage_usec") * 1000 : leadingNumber(text);
    if (cpuNs < 0)
        return std::nullopt; // the group is gone with the container
    const qint64 usage = leadingNumber(f.memory.read(buffer, sizeof buffer));
    if (usage < 0)
        return std::nullopt;

    ContainerStats s;
    s.at = QDateTime::currentDateTimeUtc();
    if (m_previousAt && now > *m_previousAt && cpuNs >= m_previousCpuNs) {
        const auto wallNs =
            std::chrono::duration_cast<std::chrono::nanoseconds>(now - *m_previousAt).count();
        s.cpuPercent = double(cpuNs - m_previousCpuNs) / double(wallNs) * 100.0;
    }
    m_previousAt = now;
    m_previousCpuNs = cpuNs;

    // Page cache is not "used", as the daemon reports it.
    text = f.memoryStat.read(buffer, sizeof buffer);
    const qint64 cache = keyedValue(text, f.unified ? "inactive_file" : "total_inactive_file");
    s.memoryMiB = double(qMax<qint64>(0, usage - qMax<qint64>(0, cache))) / kMiB;
    const qint64 limit = leadingNumber(f.memoryLimit.read(buffer, sizeof buffer));
    const double host = hostMemoryBytes();
    s.memoryLimitMiB = (limit > 0 && (host <= 0 || double(limit) < host) ? double(limit) : host)
                       / kMiB;

    blockBytes(f.block.read(buffer, sizeof buffer), &s.blockReadBytes, &s.blockWriteBytes);
    networkBytes(f.network.read(buffer, sizeof buffer), &s.networkRxBytes, &s.networkTxBytes);
    return s;
}

} // namespace Berth::Engine
