#pragma once

#include "apierror.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace rl {

class ApiClient;
class ApiCall;

// What a test of a Chat Completions server found.
struct ModelServerTestResult
{
    bool ok = false; // the server listed its models
    QString summary; // one sentence in plain words: what worked, or what to do
    QStringList models; // the model ids, in the server's order
};

// Checks a Chat Completions server (Ollama, llama.cpp, vLLM, LM Studio, OpenAI) the way the
// built-in server will use it: GET {baseUrl}/models with the key as Authorization: Bearer.
class ModelServerTester : public QObject
{
    Q_OBJECT

public:
    explicit ModelServerTester(QObject *parent = nullptr);
    ~ModelServerTester() override;

    // Starts a test; one still running is abandoned. An empty key sends no Authorization header.
    void test(const QString &baseUrl, const QString &key, int timeoutMs = 10'000);
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_call.isNull(); }

    // The result for a list of models or an error (public for tests).
    [[nodiscard]] static ModelServerTestResult describe(const QString &baseUrl, const QStringList &models,
                                                        const ApiError *error);

signals:
    void finished(const rl::ModelServerTestResult &result);

private:
    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
};

} // namespace rl

Q_DECLARE_METATYPE(rl::ModelServerTestResult)
