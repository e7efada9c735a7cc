// The JSON layer under the wire formats (server/ingest/jsonreader): simdjson with Qt's
// semantics and the rewrite of what Qt accepted and simdjson does not. One Document is
// reused across inputs, as the collector reuses its parser.
#include "ingest/jsonreader.h"

#include <cstddef>
#include <cstdint>

namespace {

void walk(simdjson::dom::element element, int depth)
{
    using namespace raycstr::json;
    const Value value(element);
    (void)value.toDouble();
    (void)value.toBool();
    (void)value.toString();
    if (depth > 64)
        return;
    if (value.isObject()) {
        const Object object = value.toObject();
        for (const Object::Member &member : object.sorted()) {
            if (object.value(member.key).isUndefined())
                __builtin_trap(); // a key it listed must be found
            walk(member.value.element(), depth + 1);
        }
    } else if (simdjson::dom::array array; element.get(array) == simdjson::SUCCESS) {
        for (simdjson::dom::element item : array)
            walk(item, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static raycstr::json::Document document;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    QString error;
    if (document.parse(text, &error))
        walk(document.root(), 0);
    else if (error.isEmpty())
        __builtin_trap();
    // A fresh Document too: its first parse is the one without a buffer yet.
    raycstr::json::Document fresh;
    (void)fresh.parse(text, &error);
    return 0;
}
