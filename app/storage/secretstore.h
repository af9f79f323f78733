#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace rl {

// The outcome of one keychain job, with a message in plain words for the user.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound, // no entry for this profile
        Unavailable, // no keychain: no session bus, no Secret Service
        Locked, // the keyring is locked or refused access
        Timeout, // no answer within the timeout (often a locked keyring waiting on a prompt)
        Failed // anything else
    };
    Status status = Status::Failed;
    QString key; // the secret, for a successful read only
    QString message; // empty for Ok and NotFound

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
    // True when the keychain itself cannot be used right now (so "remember" should not be offered).
    [[nodiscard]] bool keychainUnusable() const
    {
        return status == Status::Unavailable || status == Status::Locked || status == Status::Timeout;
    }
};

using SecretCallback = std::function<void(const SecretResult &)>;

// The system keychain through QtKeychain: one entry per profile id under the service "RunLens".
// Every call is asynchronous and ends in exactly one callback, at the latest after timeoutMs();
// a late answer from the keychain is ignored. There is never a plain-text fallback.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 5000;

    explicit SecretStore(QObject *parent = nullptr);
    explicit SecretStore(QString service, QObject *parent = nullptr);

    [[nodiscard]] QString service() const { return m_service; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }

    // The callback runs only while context is alive.
    void readKey(const QString &profileId, QObject *context, SecretCallback callback);
    void writeKey(const QString &profileId, const QString &key, QObject *context, SecretCallback callback);
    void deleteKey(const QString &profileId, QObject *context, SecretCallback callback);

    // Checks whether the keychain answers (a read of a probe entry): Ok when usable.
    void probe(QObject *context, SecretCallback callback);

    enum class Availability { Unknown, Available, Unavailable };
    // What the last finished job said about the keychain.
    [[nodiscard]] Availability availability() const { return m_availability; }
    [[nodiscard]] QString availabilityMessage() const { return m_availabilityMessage; }

Q_SIGNALS:
    void availabilityChanged(rl::SecretStore::Availability availability, const QString &message);

private:
    enum class Op { Read, Write, Delete };
    void run(Op op, const QString &profileId, const QString &key, QObject *context, SecretCallback callback);
    void noteAvailability(const SecretResult &result);

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
    Availability m_availability = Availability::Unknown;
    QString m_availabilityMessage;
};

} // namespace rl
