#include "engine/docker/canceltoken.h"

#include <curl/curl.h>

#include <algorithm>

namespace Berth::Engine::Docker {

void CancelToken::cancel()
{
    m_cancelled.store(true, std::memory_order_release);
    std::lock_guard lock(m_mutex);
    for (void *handle : m_handles)
        curl_multi_wakeup(static_cast<CURLM *>(handle));
}

void CancelToken::attach(void *multiHandle)
{
    std::lock_guard lock(m_mutex);
    m_handles.push_back(multiHandle);
}

void CancelToken::detach(void *multiHandle)
{
    std::lock_guard lock(m_mutex);
    m_handles.erase(std::remove(m_handles.begin(), m_handles.end(), multiHandle), m_handles.end());
}

} // namespace Berth::Engine::Docker
