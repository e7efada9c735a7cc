// The HTTP front's request-head parser (server/http/httphead): request line and header
// lines exactly as they come off the socket, before any layer acts on them.
#include "http/httphead.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    raycstr::HttpHead head;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (head.parse(text)) {
        // Whatever the front reads must be inside what it was given.
        for (std::string_view part : {head.methodName, head.target, head.path, head.query,
                                      head.contentType, head.host, head.userAgent}) {
            if (!part.empty() && (part.data() < text.data()
                                  || part.data() + part.size() > text.data() + text.size()))
                __builtin_trap();
        }
        if (head.contentLength < 0)
            __builtin_trap();
    } else if (head.errorStatus < 400 || head.errorStatus > 599) {
        __builtin_trap();
    }
    return 0;
}
