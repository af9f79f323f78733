#pragma once

#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QUrl>

namespace rl {

// Everything needed to talk to one Assistants-compatible server, except the key,
// which lives in the system keychain and is handed in separately (see Connection::apiKey).
struct Connection
{
    enum class AuthStyle {
        Bearer, // Authorization: Bearer <key>   (OpenAI, most compatible servers)
        ApiKeyHeader, // api-key: <key>          (Azure-style deployments)
        None // no auth header at all
    };

    static constexpr int DefaultRequestTimeoutMs = 600'000;
    static constexpr int DefaultStallTimeoutMs = 60'000;
    static constexpr int DefaultPollIntervalMs = 1'000;

    QString baseUrl = QStringLiteral("https://api.openai.com/v1");
    AuthStyle authStyle = AuthStyle::Bearer;
    bool sendBetaHeader = true;
    QString betaHeaderValue = QStringLiteral("assistants=v2");
    QString organization; // OpenAI-Organization, empty = not sent
    QString project; // OpenAI-Project, empty = not sent
    QList<QPair<QString, QString>> extraHeaders;
    QList<QPair<QString, QString>> extraQuery; // for example api-version=2024-05-01-preview
    int requestTimeoutMs = DefaultRequestTimeoutMs;
    int stallTimeoutMs = DefaultStallTimeoutMs;
    int pollIntervalMs = DefaultPollIntervalMs;

    // The secret. Never persisted by this struct's users; only held in memory.
    QString apiKey;

    // Joins a path such as "/threads/runs" to the base URL without doubling or losing
    // slashes, and appends the extra query parameters.
    [[nodiscard]] QUrl endpoint(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;

    // A request for that endpoint carrying every configured header (auth, beta, org, project, extras).
    [[nodiscard]] QNetworkRequest request(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;

    [[nodiscard]] static QString authStyleName(AuthStyle style);
    [[nodiscard]] static AuthStyle authStyleFromName(const QString &name, AuthStyle fallback = AuthStyle::Bearer);
};

} // namespace rl
