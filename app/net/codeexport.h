#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace rl {

class CreateThreadAndRunRequest;
struct Connection;

// A request turned into code a person can run elsewhere: curl, Python or Node (the official
// `openai` packages) or the raw HTTP request. The code targets the connection's base URL, auth
// style, beta header and extra headers and query, and reads the key from the OPENAI_API_KEY
// environment variable: the connection's key never appears in it, nor does the value of an
// extra header whose name looks secret (Authorization, *key*, *token*, *secret*, cookies),
// which is read from an environment variable named after the header.
class CodeExport
{
public:
    enum class Language { Curl, Python, Node, Http };

    // The code for POST /threads/runs with this body.
    [[nodiscard]] static QString render(Language language, const Connection &connection,
                                        const CreateThreadAndRunRequest &request);

    // "curl", "python", "node", "http".
    [[nodiscard]] static QString name(Language language);
    [[nodiscard]] static std::optional<Language> fromName(const QString &name);
    [[nodiscard]] static QStringList names();

    // The environment variable the code reads an extra header's value from, or an empty
    // string when the header is not secret and its value is written out.
    [[nodiscard]] static QString secretHeaderVariable(const QString &headerName);
};

} // namespace rl
