#include "codeexport.h"

#include "connection.h"
#include "createthreadandrunrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace rl {

namespace {

const QString kKeyVariable = QStringLiteral("OPENAI_API_KEY");

// One header of the request: `value` followed, when `variable` is set, by the value of that
// environment variable (the key, or a secret extra header).
struct Header
{
    QString name;
    QString value;
    QString variable;
};

struct Target
{
    QUrl url; // the endpoint with every query parameter
    QString baseUrl; // the base URL without the extra query (for the SDKs)
    QList<Header> query; // name, value, or the variable a secret-looking value is read from
    QList<Header> headers; // auth first, then the connection's own headers
    Connection::AuthStyle auth = Connection::AuthStyle::Bearer;
    bool stream = false;
};

Target targetFor(const Connection &connection, const CreateThreadAndRunRequest &request)
{
    Target t;
    // A user name and password in the base URL are secrets: they are left out.
    t.url = connection.endpoint(QStringLiteral("/threads/runs")).adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    QUrl base = QUrl(connection.baseUrl.trimmed()).adjusted(QUrl::RemoveUserInfo);
    // The query as endpoint() builds it: the base URL's own items, then the extras. A value whose
    // name looks secret (key=, sig=, token=) is read from a variable, as such a header is.
    QList<QPair<QString, QString>> items = QUrlQuery(base).queryItems(QUrl::FullyDecoded);
    items += connection.extraQuery;
    for (const auto &[name, value] : std::as_const(items)) {
        const QString variable = CodeExport::secretHeaderVariable(name);
        t.query.append({ name, variable.isEmpty() ? value : QString(), variable });
    }
    base.setQuery(QString());
    t.baseUrl = base.toString();
    while (t.baseUrl.endsWith(QLatin1Char('/'))) {
        t.baseUrl.chop(1);
    }
    t.auth = connection.authStyle;
    switch (connection.authStyle) {
    case Connection::AuthStyle::Bearer:
        t.headers.append({ QStringLiteral("Authorization"), QStringLiteral("Bearer "), kKeyVariable });
        break;
    case Connection::AuthStyle::ApiKeyHeader:
        t.headers.append({ QStringLiteral("api-key"), QString(), kKeyVariable });
        break;
    case Connection::AuthStyle::None:
        break;
    }
    if (connection.sendBetaHeader && !connection.betaHeaderValue.isEmpty()) {
        t.headers.append({ QStringLiteral("OpenAI-Beta"), connection.betaHeaderValue, QString() });
    }
    if (!connection.organization.isEmpty()) {
        t.headers.append({ QStringLiteral("OpenAI-Organization"), connection.organization, QString() });
    }
    if (!connection.project.isEmpty()) {
        t.headers.append({ QStringLiteral("OpenAI-Project"), connection.project, QString() });
    }
    for (const auto &[name, value] : connection.extraHeaders) {
        const QString variable = CodeExport::secretHeaderVariable(name);
        t.headers.append({ name, variable.isEmpty() ? value : QString(), variable });
    }
    t.stream = request.stream.hasValue() && request.stream.value();
    return t;
}

// A JSON string literal, which is also a valid Python and JavaScript string literal.
QString quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// A query name or value, percent-encoded for a URL.
QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// For the shell: 'text' with every ' closed and escaped.
QString singleQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// For the shell: "text$VARIABLE" with the text's special characters escaped.
QString doubleQuoted(const QString &text, const QString &variable)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\') || c == QLatin1Char('$') || c == QLatin1Char('`')) {
            escaped += QLatin1Char('\\');
        }
        escaped += c;
    }
    return QLatin1Char('"') + escaped + QLatin1Char('$') + variable + QLatin1Char('"');
}

// JSON text as a Python literal: the same text with true, false and null spelled the Python
// way outside strings (JSON strings are valid Python strings, except the escape \/).
QString pythonLiteral(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 16);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\' && i + 1 < json.size()) {
                const char next = json.at(++i);
                if (next == '/') {
                    out += '/';
                } else {
                    out += c;
                    out += next;
                }
                continue;
            }
            inString = c != '"';
            out += c;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
        } else if (json.mid(i, 4) == "true") {
            out += "True";
            i += 3;
        } else if (json.mid(i, 5) == "false") {
            out += "False";
            i += 4;
        } else if (json.mid(i, 4) == "null") {
            out += "None";
            i += 3;
        } else {
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

QString curl(const Target &t, const CreateThreadAndRunRequest &request)
{
    QStringList lines;
    lines << QStringLiteral("# Create a thread and run it (POST /threads/runs).");
    if (t.auth != Connection::AuthStyle::None) {
        lines << QStringLiteral("# The key is read from the %1 environment variable.").arg(kKeyVariable);
    }
    for (const Header &h : t.headers) {
        if (!h.variable.isEmpty() && h.variable != kKeyVariable) {
            lines << QStringLiteral("# The %1 header is read from %2.").arg(h.name, h.variable);
        }
    }
    for (const Header &q : t.query) {
        if (!q.variable.isEmpty()) {
            lines << QStringLiteral("# The %1 query value is read from %2.").arg(q.name, q.variable);
        }
    }
    // The URL in single quotes; a secret query value joins it from its variable in double quotes.
    QString url;
    QString plain = t.url.toString(QUrl::FullyEncoded);
    for (qsizetype i = 0; i < t.query.size(); ++i) {
        const Header &q = t.query.at(i);
        plain += (i == 0 ? QLatin1String("?") : QLatin1String("&")) + encoded(q.name) + QLatin1Char('=');
        if (q.variable.isEmpty()) {
            plain += encoded(q.value);
        } else {
            url += singleQuoted(plain) + doubleQuoted({}, q.variable);
            plain.clear();
        }
    }
    if (!plain.isEmpty()) {
        url += singleQuoted(plain);
    }
    QStringList command;
    command << QStringLiteral("curl -sS%1 %2").arg(t.stream ? QStringLiteral(" -N") : QString(), url);
    command << QStringLiteral("-H 'Content-Type: application/json'");
    for (const Header &h : t.headers) {
        const QString header = h.name + QLatin1String(": ") + h.value;
        command << QStringLiteral("-H ")
                + (h.variable.isEmpty() ? singleQuoted(header) : doubleQuoted(header, h.variable));
    }
    command << QStringLiteral("--data-binary @- <<'JSON'");
    lines << command.join(QLatin1String(" \\\n  "));
    lines << QString::fromUtf8(request.toJsonBytes(JsonFormat::Indented)).trimmed();
    lines << QStringLiteral("JSON");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString http(const Target &t, const CreateThreadAndRunRequest &request)
{
    const QByteArray body = request.toJsonBytes();
    QString target = t.url.path(QUrl::FullyEncoded);
    for (qsizetype i = 0; i < t.query.size(); ++i) {
        const Header &q = t.query.at(i);
        target += (i == 0 ? QLatin1String("?") : QLatin1String("&")) + encoded(q.name) + QLatin1Char('=')
            + (q.variable.isEmpty() ? encoded(q.value) : QStringLiteral("${%1}").arg(q.variable));
    }
    QStringList lines;
    lines << QStringLiteral("POST %1 HTTP/1.1").arg(target);
    const QString host = t.url.host(QUrl::FullyEncoded);
    lines << QStringLiteral("Host: %1%2")
                 .arg(host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host,
                      t.url.port() > 0 ? QStringLiteral(":%1").arg(t.url.port()) : QString());
    lines << QStringLiteral("Content-Type: application/json");
    if (t.stream) {
        lines << QStringLiteral("Accept: text/event-stream");
    }
    for (const Header &h : t.headers) {
        lines << h.name + QLatin1String(": ") + h.value
                + (h.variable.isEmpty() ? QString() : QStringLiteral("${%1}").arg(h.variable));
    }
    lines << QStringLiteral("Content-Length: %1").arg(body.size());
    lines << QString();
    lines << QString::fromUtf8(body);
    return lines.join(QLatin1String("\r\n"));
}

// The SDKs send their own Authorization and OpenAI-Beta (assistants=v2) headers: the code only
// adds what differs.
QList<Header> sdkHeaders(const Target &t)
{
    QList<Header> headers;
    for (const Header &h : t.headers) {
        if (h.name == QLatin1String("Authorization") && h.variable == kKeyVariable) {
            continue;
        }
        if (h.name == QLatin1String("OpenAI-Beta") && h.value == QLatin1String("assistants=v2")) {
            continue;
        }
        headers.append(h);
    }
    return headers;
}

const char kTerminalEvents[] = R"("thread.run.completed", "thread.run.failed", "thread.run.cancelled",
    "thread.run.expired", "thread.run.incomplete", "thread.run.requires_action", "error")";

// How an SDK's client is built: the spelling of its options and of an environment variable.
struct SdkDialect
{
    QString indent; // one level
    QString option; // %1 = name, %2 = value: `name=value` or `name: value`
    QString environment; // %1 = the variable's quoted name
    QString baseUrl, apiKey, headers, query; // option names
    QString comment; // line comment
};

QStringList sdkClientOptions(const Target &t, const SdkDialect &d)
{
    QStringList lines;
    const auto option = [&](const QString &name, const QString &value) -> QString {
        return d.indent + d.option.arg(name, value) + QLatin1Char(',');
    };
    lines << option(d.baseUrl, quoted(t.baseUrl));
    if (t.auth == Connection::AuthStyle::Bearer) {
        lines << option(d.apiKey, d.environment.arg(quoted(kKeyVariable)));
    } else if (t.auth == Connection::AuthStyle::None) {
        lines << option(d.apiKey, QStringLiteral("\"none\"")) + d.comment + QLatin1String("this server takes no key");
    } else {
        lines << option(d.apiKey, QStringLiteral("\"unused\"")) + d.comment
                + QLatin1String("the key goes in the api-key header below");
    }
    const auto map = [&](const QString &name, const QList<QPair<QString, QString>> &entries) {
        if (entries.isEmpty()) {
            return;
        }
        lines << d.indent + d.option.arg(name, QStringLiteral("{"));
        for (const auto &[key, value] : entries) {
            lines << d.indent + d.indent + quoted(key) + QLatin1String(": ") + value + QLatin1Char(',');
        }
        lines << d.indent + QLatin1String("},");
    };
    QList<QPair<QString, QString>> headers;
    for (const Header &h : sdkHeaders(t)) {
        QString value = quoted(h.value);
        if (!h.variable.isEmpty()) {
            value = d.environment.arg(quoted(h.variable));
            if (!h.value.isEmpty()) {
                value = quoted(h.value) + QLatin1String(" + ") + value;
            }
        }
        headers.append({ h.name, value });
    }
    map(d.headers, headers);
    QList<QPair<QString, QString>> query;
    for (const Header &q : t.query) {
        query.append({ q.name, q.variable.isEmpty() ? quoted(q.value) : d.environment.arg(quoted(q.variable)) });
    }
    map(d.query, query);
    return lines;
}

QString python(const Target &t, const CreateThreadAndRunRequest &request)
{
    CreateThreadAndRunRequest known = request;
    known.extras = QJsonObject();
    QStringList lines;
    lines << QStringLiteral("# Create a thread and run it (POST /threads/runs) with the official openai package:");
    lines << QStringLiteral("#   pip install openai");
    if (t.auth != Connection::AuthStyle::None) {
        lines << QStringLiteral("# The key is read from the %1 environment variable.").arg(kKeyVariable);
    }
    lines << QStringLiteral("import os") << QString() << QStringLiteral("from openai import OpenAI") << QString();
    lines << QStringLiteral("client = OpenAI(");
    lines << sdkClientOptions(t,
                              { QStringLiteral("    "), QStringLiteral("%1=%2"), QStringLiteral("os.environ[%1]"),
                                QStringLiteral("base_url"), QStringLiteral("api_key"),
                                QStringLiteral("default_headers"), QStringLiteral("default_query"),
                                QStringLiteral("  # ") });
    lines << QStringLiteral(")") << QString();
    lines << QStringLiteral("body = ") + pythonLiteral(known.toJsonBytes(JsonFormat::Indented).trimmed());
    QString call = QStringLiteral("client.beta.threads.create_and_run(**body)");
    if (!request.extras.isEmpty()) {
        lines << QStringLiteral("# Keys the package does not know are sent as they are.");
        lines << QStringLiteral("extra_body = ")
                + pythonLiteral(QJsonDocument(request.extras).toJson(QJsonDocument::Indented).trimmed());
        call = QStringLiteral("client.beta.threads.create_and_run(**body, extra_body=extra_body)");
    }
    lines << QString();
    if (t.stream) {
        lines << QStringLiteral("ends = {%1}").arg(QString::fromLatin1(kTerminalEvents));
        lines << QStringLiteral("for event in %1:").arg(call);
        lines << QStringLiteral("    if event.event == \"thread.message.delta\":");
        lines << QStringLiteral("        for part in event.data.delta.content or []:");
        lines << QStringLiteral("            if part.type == \"text\" and part.text and part.text.value:");
        lines << QStringLiteral("                print(part.text.value, end=\"\", flush=True)");
        lines << QStringLiteral("    elif event.event in ends:");
        lines << QStringLiteral("        print()");
        lines << QStringLiteral("        print(event.event)");
    } else {
        lines << QStringLiteral("run = %1").arg(call);
        lines << QStringLiteral("run = client.beta.threads.runs.poll(run.id, thread_id=run.thread_id)");
        lines << QStringLiteral("print(run.status)");
        lines << QStringLiteral("for message in client.beta.threads.messages.list(thread_id=run.thread_id, "
                                "order=\"asc\"):");
        lines << QStringLiteral("    for part in message.content:");
        lines << QStringLiteral("        if part.type == \"text\":");
        lines << QStringLiteral("            print(f\"{message.role}: {part.text.value}\")");
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString node(const Target &t, const CreateThreadAndRunRequest &request)
{
    QStringList lines;
    lines << QStringLiteral("// Create a thread and run it (POST /threads/runs) with the official openai package.");
    lines << QStringLiteral("// Save as run.mjs, then: npm install openai && node run.mjs");
    if (t.auth != Connection::AuthStyle::None) {
        lines << QStringLiteral("// The key is read from the %1 environment variable.").arg(kKeyVariable);
    }
    lines << QStringLiteral("import OpenAI from \"openai\";") << QString();
    lines << QStringLiteral("const client = new OpenAI({");
    lines << sdkClientOptions(t,
                              { QStringLiteral("  "), QStringLiteral("%1: %2"), QStringLiteral("process.env[%1]"),
                                QStringLiteral("baseURL"), QStringLiteral("apiKey"), QStringLiteral("defaultHeaders"),
                                QStringLiteral("defaultQuery"), QStringLiteral(" // ") });
    lines << QStringLiteral("});") << QString();
    lines << QStringLiteral("const body = ") + QString::fromUtf8(request.toJsonBytes(JsonFormat::Indented).trimmed())
            + QLatin1Char(';');
    lines << QString();
    if (t.stream) {
        lines << QStringLiteral("const ends = new Set([%1]);").arg(QString::fromLatin1(kTerminalEvents));
        lines << QStringLiteral("const stream = await client.beta.threads.createAndRun(body);");
        lines << QStringLiteral("for await (const event of stream) {");
        lines << QStringLiteral("  if (event.event === \"thread.message.delta\") {");
        lines << QStringLiteral("    for (const part of event.data.delta.content ?? []) {");
        lines << QStringLiteral(
            "      if (part.type === \"text\" && part.text?.value) process.stdout.write(part.text.value);");
        lines << QStringLiteral("    }");
        lines << QStringLiteral("  } else if (ends.has(event.event)) {");
        lines << QStringLiteral("    console.log(`\\n${event.event}`);");
        lines << QStringLiteral("  }");
        lines << QStringLiteral("}");
    } else {
        lines << QStringLiteral("let run = await client.beta.threads.createAndRun(body);");
        lines << QStringLiteral("run = await client.beta.threads.runs.poll(run.id, { thread_id: run.thread_id });");
        lines << QStringLiteral("console.log(run.status);");
        lines << QStringLiteral(
            "const messages = await client.beta.threads.messages.list(run.thread_id, { order: \"asc\" });");
        lines << QStringLiteral("for (const message of messages.data) {");
        lines << QStringLiteral("  for (const part of message.content) {");
        lines << QStringLiteral("    if (part.type === \"text\") console.log(`${message.role}: ${part.text.value}`);");
        lines << QStringLiteral("  }");
        lines << QStringLiteral("}");
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString CodeExport::render(Language language, const Connection &connection, const CreateThreadAndRunRequest &request)
{
    const Target target = targetFor(connection, request);
    switch (language) {
    case Language::Curl:
        return curl(target, request);
    case Language::Python:
        return python(target, request);
    case Language::Node:
        return node(target, request);
    case Language::Http:
        return http(target, request);
    }
    return {};
}

QString CodeExport::name(Language language)
{
    switch (language) {
    case Language::Curl:
        return QStringLiteral("curl");
    case Language::Python:
        return QStringLiteral("python");
    case Language::Node:
        return QStringLiteral("node");
    case Language::Http:
        return QStringLiteral("http");
    }
    return {};
}

std::optional<CodeExport::Language> CodeExport::fromName(const QString &name)
{
    for (const Language language : { Language::Curl, Language::Python, Language::Node, Language::Http }) {
        if (name.compare(CodeExport::name(language), Qt::CaseInsensitive) == 0) {
            return language;
        }
    }
    return std::nullopt;
}

QStringList CodeExport::names()
{
    return { name(Language::Curl), name(Language::Python), name(Language::Node), name(Language::Http) };
}

QString CodeExport::secretHeaderVariable(const QString &headerName)
{
    static const QRegularExpression secret(QStringLiteral("auth|key|token|secret|pass|cookie|credential|session|sig"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!secret.match(headerName).hasMatch()) {
        return {};
    }
    QString variable;
    for (const QChar c : headerName) {
        variable += c.isLetterOrNumber() && c.unicode() < 128 ? c.toUpper() : QLatin1Char('_');
    }
    if (variable.isEmpty() || variable.front().isDigit()) {
        variable.prepend(QLatin1String("HEADER_"));
    }
    return variable;
}

} // namespace rl
