#include "secretstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

namespace rl {

namespace {

const QString kProbeEntry = QStringLiteral("runlens-probe");

SecretResult fromJob(const QKeychain::Job *job)
{
    SecretResult r;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = SecretResult::Status::Locked;
        r.message = SecretStore::tr("The keychain is locked or refused access. Unlock your login keyring "
                                    "(for example in \"Passwords and Keys\") and try again. (%1)")
                        .arg(detail);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // With no session bus or no Secret Service, QtKeychain answers OtherError at once.
        r.status = SecretResult::Status::Unavailable;
        r.message = SecretStore::tr("No keychain is available (no Secret Service on the session bus). "
                                    "RunLens never stores keys in plain text: use the key for this "
                                    "session only, or set the environment variable. (%1)")
                        .arg(detail);
        break;
    case QKeychain::CouldNotDeleteEntry:
        r.status = SecretResult::Status::Failed;
        r.message = SecretStore::tr("The keychain could not delete the key. (%1)").arg(detail);
        break;
    }
    return r;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(QStringLiteral("RunLens"), parent)
{ }

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

void SecretStore::readKey(const QString &profileId, QObject *context, SecretCallback callback)
{
    run(Op::Read, profileId, QString(), context, std::move(callback));
}

void SecretStore::writeKey(const QString &profileId, const QString &key, QObject *context, SecretCallback callback)
{
    run(Op::Write, profileId, key, context, std::move(callback));
}

void SecretStore::deleteKey(const QString &profileId, QObject *context, SecretCallback callback)
{
    run(Op::Delete, profileId, QString(), context, std::move(callback));
}

void SecretStore::probe(QObject *context, SecretCallback callback)
{
    run(Op::Read, kProbeEntry, QString(), context, [callback = std::move(callback)](const SecretResult &r) {
        SecretResult out = r;
        if (r.status == SecretResult::Status::NotFound) {
            out.status = SecretResult::Status::Ok;
        }
        out.key.clear();
        callback(out);
    });
}

void SecretStore::run(Op op, const QString &profileId, const QString &key, QObject *context, SecretCallback callback)
{
    // Shared between the job's answer and the timeout: whichever comes first reports.
    struct State
    {
        bool done = false;
        QPointer<QObject> context;
        SecretCallback callback;
        QPointer<QTimer> timer;
    };
    auto state = std::make_shared<State>();
    state->context = context;
    state->callback = std::move(callback);

    auto finish = [this, state](const SecretResult &result) {
        if (state->done) {
            return;
        }
        state->done = true;
        if (state->timer) {
            state->timer->stop();
            state->timer->deleteLater(); // releases the timeout lambda and with it the state
        }
        noteAvailability(result);
        if (state->context && state->callback) {
            state->callback(result);
        }
        state->callback = nullptr;
    };

    // Jobs have no parent: a job that never answers must not be deleted under the backend's
    // feet. It deletes itself if it ever finishes (autoDelete).
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setTextData(key);
        job = w;
        break;
    }
    case Op::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileId);

    connect(job, &QKeychain::Job::finished, this, [finish, op](QKeychain::Job *j) {
        SecretResult r = fromJob(j);
        if (op == Op::Read && r.ok()) {
            r.key = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        }
        if (op == Op::Delete && r.status == SecretResult::Status::NotFound) {
            r.status = SecretResult::Status::Ok; // nothing to delete is fine
        }
        finish(r);
    });

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    state->timer = timer;
    connect(timer, &QTimer::timeout, this, [finish, timeoutMs = m_timeoutMs]() {
        SecretResult r;
        r.status = SecretResult::Status::Timeout;
        r.message = tr("The keychain did not answer within %n second(s). It may be locked and waiting "
                       "for a password prompt. Unlock it and try again, or use the key for this session only.",
                       nullptr, qMax(1, (timeoutMs + 999) / 1000));
        finish(r);
    });
    timer->start(m_timeoutMs);
    job->start();
}

void SecretStore::noteAvailability(const SecretResult &result)
{
    Availability a = m_availability;
    QString message = m_availabilityMessage;
    if (result.keychainUnusable()) {
        a = Availability::Unavailable;
        message = result.message;
    } else if (result.status == SecretResult::Status::Ok || result.status == SecretResult::Status::NotFound) {
        a = Availability::Available;
        message.clear();
    }
    if (a != m_availability || message != m_availabilityMessage) {
        m_availability = a;
        m_availabilityMessage = message;
        Q_EMIT availabilityChanged(a, message);
    }
}

} // namespace rl
