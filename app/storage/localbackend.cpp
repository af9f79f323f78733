#include "localbackend.h"

#include "settings.h"

#include <QUrl>

namespace rl {

namespace {
const SettingKey<QString> kKind { "localServer/backend", QStringLiteral("simulated") };
const SettingKey<QString> kBaseUrl { "localServer/modelServerUrl", QString() };
const SettingKey<QString> kModel { "localServer/model", QString() };
const QString kChat = QStringLiteral("chat-completions");
} // namespace

LocalBackend LocalBackend::load(const Settings &settings)
{
    LocalBackend b;
    b.kind = settings.value(kKind) == kChat ? Kind::ChatCompletions : Kind::Simulated;
    b.baseUrl = settings.value(kBaseUrl);
    b.model = settings.value(kModel);
    if (b.usesModelServer() && !baseUrlProblem(b.baseUrl).isEmpty()) {
        b.kind = Kind::Simulated; // a damaged settings file: start offline rather than fail
    }
    return b;
}

void LocalBackend::save(Settings &settings) const
{
    settings.setValue(kKind, usesModelServer() ? kChat : QStringLiteral("simulated"));
    settings.setValue(kBaseUrl, baseUrl);
    settings.setValue(kModel, model);
    settings.sync();
}

QList<LocalBackend::Preset> LocalBackend::presets()
{
    return {
        { tr("Ollama"), QStringLiteral("http://127.0.0.1:11434/v1"), false,
          tr("Install Ollama, then run: ollama pull llama3.2") },
        { tr("llama.cpp (llama-server)"), QStringLiteral("http://127.0.0.1:8080/v1"), false,
          tr("Start it with: llama-server -m MODEL.gguf --jinja") },
        { tr("vLLM"), QStringLiteral("http://127.0.0.1:8000/v1"), false,
          tr("Start it with: vllm serve MODEL --enable-auto-tool-choice") },
        { tr("LM Studio"), QStringLiteral("http://127.0.0.1:1234/v1"), false,
          tr("In LM Studio, load a model and start the local server.") },
        { tr("OpenAI"), QStringLiteral("https://api.openai.com/v1"), true,
          tr("Needs an OpenAI API key; runs are billed by OpenAI.") },
    };
}

int LocalBackend::presetIndex(const QString &baseUrl)
{
    const QList<Preset> all = presets();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).baseUrl == baseUrl.trimmed()) {
            return i;
        }
    }
    return -1;
}

QString LocalBackend::baseUrlProblem(const QString &baseUrl)
{
    const QString text = baseUrl.trimmed();
    if (text.isEmpty()) {
        return tr("Enter the address of the model server, for example http://127.0.0.1:11434/v1.");
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        return tr("The address must start with http:// or https://, for example http://127.0.0.1:11434/v1.");
    }
    if (url.host().isEmpty()) {
        return tr("The address has no host name, for example 127.0.0.1 or localhost.");
    }
    return {};
}

} // namespace rl
