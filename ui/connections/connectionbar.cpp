#include "connectionbar.h"

#include "ui_connectionbar.h"

#include "activeconnection.h"
#include "connectioncontext.h"
#include "connectiontester.h"
#include "keypromptdialog.h"
#include "keyresolver.h"
#include "modelservertester.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace rl {

namespace {

// The default check: rl::ConnectionTester lists one assistant and explains what worked.
void testWithConnectionTester(const Connection &connection, QObject *context,
                              std::function<void(bool, const QString &)> done)
{
    auto *tester = new ConnectionTester(context);
    QObject::connect(tester, &ConnectionTester::finished, context,
                     [tester, done = std::move(done)](const ConnectionTestResult &result) {
                         QStringList lines { result.summary };
                         lines.append(result.checks);
                         done(result.ok, lines.join(QLatin1Char('\n')));
                         tester->deleteLater();
                     });
    tester->test(connection);
}

} // namespace

ConnectionBar::ConnectionBar(ConnectionContext *context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ConnectionBar>())
    , m_context(context)
    , m_test(&testWithConnectionTester)
{
    ui->setupUi(this);
    ProfileStore *profiles = m_context->profiles();
    connect(profiles, &ProfileStore::profilesChanged, this, &ConnectionBar::rebuildProfileList);
    connect(profiles, &ProfileStore::activeProfileChanged, this, &ConnectionBar::rebuildProfileList);
    connect(ui->profileComboBox, &QComboBox::activated, this, [this](int index) {
        if (!m_rebuilding) {
            m_context->profiles()->setActiveProfile(ui->profileComboBox->itemData(index).toString());
        }
    });
    connect(ui->newToolButton, &QToolButton::clicked, this, &ConnectionBar::newProfile);
    connect(ui->editToolButton, &QToolButton::clicked, this, &ConnectionBar::editActiveProfile);
    connect(ui->duplicateToolButton, &QToolButton::clicked, this, &ConnectionBar::duplicateActiveProfile);
    connect(ui->deleteToolButton, &QToolButton::clicked, this, &ConnectionBar::deleteActiveProfile);
    connect(ui->testToolButton, &QToolButton::clicked, this, &ConnectionBar::testActiveConnection);

    ActiveConnection *active = m_context->active();
    connect(active, &ActiveConnection::statusChanged, this, [this](const QString &text) { setStatus(text); });
    connect(active, &ActiveConnection::failed, this, [this](const QString &text) {
        setStatus(text, true);
        Q_EMIT message(text);
    });
    connect(active, &ActiveConnection::localServerNotice, this, &ConnectionBar::message);
    connect(active, &ActiveConnection::backendFailed, this, &ConnectionBar::message);
    connect(active, &ActiveConnection::backendApplied, this,
            [this](const QString &text) { Q_EMIT message(tr("Built-in server: %1").arg(text)); });
    connect(m_context->keys(), &KeyResolver::keyNeeded, this, &ConnectionBar::promptForKey);
    connect(m_context->keys(), &KeyResolver::warning, this,
            [this](const QString &, const QString &text) { Q_EMIT message(text); });

    ui->statusIconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    rebuildProfileList();
    setStatus(active->statusText());
}

ConnectionBar::~ConnectionBar() = default;

void ConnectionBar::setConnectionTestFunction(ConnectionTestFunction function)
{
    m_test = function ? std::move(function) : ConnectionTestFunction(&testWithConnectionTester);
}

QString ConnectionBar::statusText() const
{
    return ui->statusLabel->text();
}

void ConnectionBar::rebuildProfileList()
{
    m_rebuilding = true;
    ui->profileComboBox->clear();
    const QString activeId = m_context->profiles()->activeProfileId();
    const auto profiles = m_context->profiles()->profiles();
    for (const ConnectionProfile &p : profiles) {
        ui->profileComboBox->addItem(p.name, p.id);
        const int row = ui->profileComboBox->count() - 1;
        ui->profileComboBox->setItemData(
            row, p.builtIn ? tr("Runs inside RunLens on this computer; no key needed") : p.connection.baseUrl,
            Qt::ToolTipRole);
        if (p.id == activeId) {
            ui->profileComboBox->setCurrentIndex(row);
        }
    }
    m_rebuilding = false;
    updateButtons();
}

void ConnectionBar::updateButtons()
{
    const bool builtIn = m_context->profiles()->activeProfile().builtIn;
    ui->editToolButton->setToolTip(builtIn ? tr("Choose what the built-in server runs on: simulated, or a real model")
                                           : tr("Edit this connection"));
    ui->deleteToolButton->setEnabled(!builtIn);
}

void ConnectionBar::setStatus(const QString &text, bool problem)
{
    m_problem = problem;
    // One line in the bar, elided when the window is narrow; the whole text (a test's report has
    // several lines) in the tooltip.
    ui->statusLabel->setText(text.section(QLatin1Char('\n'), 0, 0));
    ui->statusLabel->setToolTip(text);
    ui->statusIconLabel->setVisible(problem);
    // The problem look is the warning icon and bold text, no fixed colour: it reads in light and dark palettes.
    QFont font = ui->statusLabel->font();
    font.setBold(problem);
    ui->statusLabel->setFont(font);
}

void ConnectionBar::newProfile()
{
    openProfileDialog(QString());
}

void ConnectionBar::editActiveProfile()
{
    const ConnectionProfile p = m_context->profiles()->activeProfile();
    if (p.builtIn) {
        openBackendDialog();
    } else {
        openProfileDialog(p.id);
    }
}

void ConnectionBar::openBackendDialog()
{
    if (m_backendDialog) {
        m_backendDialog->raise();
        return;
    }
    auto *dialog = new BackendDialog(this);
    dialog->setObjectName(QStringLiteral("backendDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBackend(m_context->active()->localBackend());
    m_context->secrets()->readKey(QLatin1String(LocalBackend::KeyEntryId), dialog,
                                  [dialog](const SecretResult &r) { dialog->setHasStoredKey(r.ok()); });
    connect(dialog, &BackendDialog::testRequested, this,
            [this, dialog](const QString &url, const QString &key) { testModelServer(dialog, url, key); });
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_context->active()->setLocalBackend(dialog->backend(), dialog->enteredKey()); });
    m_backendDialog = dialog;
    dialog->open();
}

void ConnectionBar::testModelServer(BackendDialog *dialog, const QString &baseUrl, const QString &key)
{
    const QPointer<BackendDialog> guard(dialog);
    const auto run = [guard, baseUrl](const QString &useKey) {
        if (!guard) {
            return;
        }
        auto *tester = new ModelServerTester(guard);
        connect(tester, &ModelServerTester::finished, guard, [guard, tester](const ModelServerTestResult &result) {
            if (guard) {
                guard->showTestResult(result.ok, result.summary, result.models);
            }
            tester->deleteLater();
        });
        tester->test(baseUrl, useKey);
    };
    if (!key.isEmpty()) {
        run(key);
        return;
    }
    m_context->secrets()->readKey(QLatin1String(LocalBackend::KeyEntryId), this,
                                  [run](const SecretResult &r) { run(r.ok() ? r.key : QString()); });
}

void ConnectionBar::duplicateActiveProfile()
{
    const QString id = m_context->profiles()->duplicate(m_context->profiles()->activeProfileId());
    if (!id.isEmpty()) {
        m_context->profiles()->setActiveProfile(id);
    }
}

void ConnectionBar::deleteActiveProfile()
{
    const ConnectionProfile p = m_context->profiles()->activeProfile();
    if (p.builtIn || m_deleteBox) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete connection"),
                                tr("Delete the connection “%1” and its stored key?").arg(p.name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteProfileMessageBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = p.id;
    connect(box, &QMessageBox::finished, this, [this, box, id](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            m_context->profiles()->remove(id);
        }
    });
    m_deleteBox = box;
    box->open();
}

void ConnectionBar::testActiveConnection()
{
    ActiveConnection *active = m_context->active();
    const ConnectionProfile profile = m_context->profiles()->activeProfile();
    if (!active->isReady() && profile.builtIn) {
        Q_EMIT message(tr("The built-in server is not running: %1").arg(active->statusText()));
        return;
    }
    ui->testToolButton->setEnabled(false);
    setStatus(tr("Testing the connection…"));
    const auto done = [this](bool ok, const QString &report) {
        ui->testToolButton->setEnabled(true);
        if (ok) {
            setStatus(m_context->active()->statusText());
        } else {
            setStatus(tr("Connection problem: %1").arg(report), true);
        }
        Q_EMIT message(ok ? tr("Connection works: %1").arg(report) : tr("Connection problem: %1").arg(report));
    };
    if (active->isReady()) {
        runTest(active->connection(), done);
    } else {
        // Not connected (no key was given, say): test what the connection would send, without asking.
        testWithStoredKey(profile, done);
    }
}

void ConnectionBar::testWithStoredKey(const ConnectionProfile &profile,
                                      const std::function<void(bool, const QString &)> &done)
{
    m_context->keys()->findWithoutAsking(profile, this,
                                         [this, connection = profile.connection, done](const QString &key) {
                                             Connection c = connection;
                                             c.apiKey = key;
                                             runTest(c, done);
                                         });
}

void ConnectionBar::runTest(const Connection &connection, std::function<void(bool, const QString &)> done)
{
    m_test(connection, this, std::move(done));
}

void ConnectionBar::openProfileDialog(const QString &profileId)
{
    if (m_profileDialog) {
        m_profileDialog->raise();
        return;
    }
    const bool isNew = profileId.isEmpty();
    auto *dialog = new ProfileDialog(this);
    dialog->setObjectName(QStringLiteral("profileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!isNew) {
        dialog->setProfile(m_context->profiles()->profile(profileId), true);
    }
    SecretStore *secrets = m_context->secrets();
    if (secrets->availability() == SecretStore::Availability::Unavailable) {
        dialog->setKeychainState(false, secrets->availabilityMessage());
    }
    secrets->probe(dialog, [dialog](const SecretResult &r) { dialog->setKeychainState(r.ok(), r.message); });
    connect(dialog, &ProfileDialog::testRequested, this,
            [this, dialog](const Connection &c, const QString &id) { testFromDialog(dialog, c, id); });
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew]() { saveFromDialog(dialog, isNew); });
    m_profileDialog = dialog;
    dialog->open();
}

void ConnectionBar::testFromDialog(ProfileDialog *dialog, const Connection &connection, const QString &profileId)
{
    QPointer<ProfileDialog> guard(dialog);
    auto report = [guard](bool ok, const QString &text) {
        if (guard) {
            guard->showTestResult(ok, text);
        }
    };
    if (!connection.apiKey.isEmpty() || connection.authStyle == Connection::AuthStyle::None || profileId.isEmpty()) {
        runTest(connection, report);
        return;
    }
    // No key typed: use the stored one (session, keychain, then environment), without asking.
    ConnectionProfile saved = m_context->profiles()->profile(profileId);
    saved.connection = connection;
    testWithStoredKey(saved, report);
}

void ConnectionBar::saveFromDialog(ProfileDialog *dialog, bool isNew)
{
    ConnectionProfile profile = dialog->profile();
    if (isNew) {
        profile.id = ConnectionProfile::newId();
    }
    const QString key = profile.needsKey() ? dialog->enteredKey() : QString();
    const bool remember = dialog->rememberKey();

    // The key goes first, so the profile is complete when it becomes active.
    auto commit = [this, profile, isNew]() {
        ProfileStore *store = m_context->profiles();
        if (isNew) {
            store->setActiveProfile(store->add(profile));
        } else {
            store->update(profile);
        }
    };
    if (key.isEmpty()) {
        commit();
        return;
    }
    if (!remember) {
        m_context->keys()->setSessionKey(profile.id, key);
        commit();
        return;
    }
    m_context->secrets()->writeKey(profile.id, key, this, [this, profile, key, commit](const SecretResult &r) {
        if (r.ok()) {
            m_context->keys()->forgetSessionKey(profile.id);
        } else {
            m_context->keys()->setSessionKey(profile.id, key);
            Q_EMIT message(
                tr("The key could not be saved in the keychain and is kept for this session only. %1").arg(r.message));
        }
        commit();
    });
}

void ConnectionBar::promptForKey(const QString &profileId, const QString &profileName, const QString &envVar,
                                 bool keychainUsable, const QString &keychainMessage)
{
    if (KeyPromptDialog *previous = m_keyPrompt.data()) {
        m_context->keys()->cancel(previous->profileId());
        previous->close();
    }
    auto *prompt = new KeyPromptDialog(this);
    prompt->setObjectName(QStringLiteral("keyPromptDialog"));
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setRequest(profileId, profileName, envVar, keychainUsable, keychainMessage);
    connect(prompt, &QDialog::finished, this, [this, prompt](int result) {
        if (result == QDialog::Accepted && prompt->withoutKey()) {
            connectWithoutKey(prompt->profileId());
        } else if (result == QDialog::Accepted) {
            m_context->keys()->provideKey(prompt->profileId(), prompt->key(), prompt->rememberKey());
        } else {
            m_context->keys()->cancel(prompt->profileId());
        }
    });
    m_keyPrompt = prompt;
    prompt->open();
}

void ConnectionBar::connectWithoutKey(const QString &profileId)
{
    m_context->keys()->withdraw(profileId);
    ConnectionProfile profile = m_context->profiles()->profile(profileId);
    if (!profile.isValid()) {
        return;
    }
    // Saved, so it is never asked again; updating the active profile reconnects it.
    profile.connection.authStyle = Connection::AuthStyle::None;
    m_context->profiles()->update(profile);
    Q_EMIT message(tr("“%1” now sends no key.").arg(profile.name));
}

} // namespace rl
