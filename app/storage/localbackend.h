#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rl {

class Settings;

// What the built-in server runs its runs on: the offline simulator, or a model on a Chat
// Completions server (Ollama, llama.cpp, vLLM, LM Studio, OpenAI). Saved in the settings; the
// model server's key lives in the keychain under KeyEntryId, never here.
struct LocalBackend
{
    Q_DECLARE_TR_FUNCTIONS(LocalBackend)

public:
    enum class Kind { Simulated, ChatCompletions };
    static constexpr const char *KeyEntryId = "builtin-local-upstream";

    Kind kind = Kind::Simulated;
    QString baseUrl; // the Chat Completions base URL, for example http://127.0.0.1:11434/v1
    QString model; // the shipped assistants' model; empty: the first the server lists

    [[nodiscard]] bool usesModelServer() const { return kind == Kind::ChatCompletions; }
    bool operator==(const LocalBackend &other) const
    {
        return kind == other.kind && baseUrl == other.baseUrl && model == other.model;
    }
    bool operator!=(const LocalBackend &other) const { return !(*this == other); }

    [[nodiscard]] static LocalBackend load(const Settings &settings);
    void save(Settings &settings) const;

    // Where the common model servers listen by default.
    struct Preset
    {
        QString name;
        QString baseUrl;
        bool needsKey = false;
        QString hint; // one sentence: how to get it running
    };
    [[nodiscard]] static QList<Preset> presets();
    // The preset whose address this is, or -1.
    [[nodiscard]] static int presetIndex(const QString &baseUrl);
    // Empty when the address can be used; else a sentence for the user.
    [[nodiscard]] static QString baseUrlProblem(const QString &baseUrl);
};

} // namespace rl
