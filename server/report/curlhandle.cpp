#include "report/curlhandle.h"

#include <mutex>

namespace raycstr::report {

CurlHandle::CurlHandle(int timeoutSecs)
    : m_curl(nullptr, curl_easy_cleanup)
{
    // curl_global_init is not thread-safe on every libcurl: once, before any handle.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_curl.reset(curl_easy_init());
    if (!m_curl)
        return;
    CURL *c = m_curl.get();
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, m_error);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(timeoutSecs));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(timeoutSecs));
}

QString CurlHandle::errorText(CURLcode code) const
{
    const QString detail = QString::fromUtf8(m_error).trimmed();
    return detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : detail;
}

} // namespace raycstr::report
