#pragma once

#include <QString>

#include <curl/curl.h>

#include <memory>

namespace raycstr::report {

// One libcurl easy handle set up as every transfer of ours wants it (SMTP and webhooks):
// libcurl initialised once per process first, no signals (we run on worker threads), an
// error buffer, and `timeoutSecs` for connecting and for the whole exchange.
class CurlHandle
{
public:
    explicit CurlHandle(int timeoutSecs);
    CurlHandle(const CurlHandle &) = delete;
    CurlHandle &operator=(const CurlHandle &) = delete;

    CURL *get() const { return m_curl.get(); }
    explicit operator bool() const { return m_curl != nullptr; }
    // What went wrong: libcurl's detailed message when it wrote one, else the code's text.
    QString errorText(CURLcode code) const;

private:
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> m_curl;
    char m_error[CURL_ERROR_SIZE] = {};
};

} // namespace raycstr::report
