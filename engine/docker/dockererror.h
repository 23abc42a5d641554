#pragma once

#include <QMetaType>
#include <QString>

namespace Berth::Engine::Docker {

/**
 * What went wrong in a call to the Docker daemon. A default-constructed DockerError means
 * success. message() is the user-visible text (translated, naming the endpoint);
 * daemonMessage() is the daemon's own {"message": ...} or in-band stream error, verbatim.
 */
class DockerError
{
public:
    enum class Kind {
        None,       ///< no error
        Connection, ///< the daemon could not be reached (socket missing, refused, TLS...)
        Timeout,    ///< the call did not complete within its timeout
        Http,       ///< the daemon answered with an HTTP error status
        Daemon,     ///< the daemon reported an error inside a 200 stream (build, pull)
        Protocol,   ///< the answer could not be understood (bad JSON, bad frame)
        Cancelled,  ///< the caller cancelled the call
        Usage,      ///< invalid input on our side (bad DOCKER_HOST, unreadable context)
    };

    DockerError() = default;
    DockerError(Kind kind, QString message, int httpStatus = 0, QString daemonMessage = {});

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString message() const { return m_message; }
    QString daemonMessage() const { return m_daemonMessage; }
    QString kindName() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_message;
    QString m_daemonMessage;
};

} // namespace Berth::Engine::Docker

Q_DECLARE_METATYPE(Berth::Engine::Docker::DockerError)
