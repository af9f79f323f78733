// libFuzzer target: request body reader, validator and writer. No input crashes them, and a
// body without errors round-trips: what `runlens-cli format` writes reads back to the same
// model (written again, byte for byte the same) and is still free of errors.
#include "createthreadandrunrequest.h"
#include "jsonsyntax.h"
#include "jsontext.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)rl::checkJsonSyntax(bytes);
    const rl::JsonTextResult json = rl::readJsonText(bytes);
    if (!json.ok) {
        if (json.error.isEmpty()) {
            std::abort(); // a refusal always says why
        }
        return 0;
    }
    const rl::Problems problems = rl::checkCreateThreadAndRunBody(json.value);
    if (rl::hasErrors(problems)) {
        return 0;
    }
    const auto parsed = rl::CreateThreadAndRunRequest::fromJson(json.value);
    const QByteArray written = parsed.request.toJsonBytes(rl::JsonFormat::Indented);
    const rl::JsonTextResult again = rl::readJsonText(written);
    if (!again.ok || rl::hasErrors(rl::checkCreateThreadAndRunBody(again.value))) {
        std::abort();
    }
    const auto reparsed = rl::CreateThreadAndRunRequest::fromJson(again.value);
    if (reparsed.request.toJsonBytes(rl::JsonFormat::Indented) != written) {
        std::abort(); // not a fixed point
    }
    return 0;
}
