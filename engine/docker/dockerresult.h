#pragma once

#include "engine/docker/dockererror.h"

#include <utility>

namespace Berth::Engine::Docker {

/**
 * A value or the DockerError that prevented it. Check ok() before value().
 */
template <typename T> class DockerResult
{
public:
    DockerResult(T value) : m_value(std::move(value)) {}
    DockerResult(DockerError error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return m_value; }
    T &value() { return m_value; }
    const T *operator->() const { return &m_value; }
    const DockerError &error() const { return m_error; }

private:
    T m_value{};
    DockerError m_error;
};

/** The result of a call that returns nothing but success or an error. */
template <> class DockerResult<void>
{
public:
    DockerResult() = default;
    DockerResult(DockerError error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const DockerError &error() const { return m_error; }

private:
    DockerError m_error;
};

} // namespace Berth::Engine::Docker
