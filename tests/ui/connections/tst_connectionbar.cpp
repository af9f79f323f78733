// GUI tests: profile CRUD and switching through the ConnectionBar and the ProfileDialog,
// the key prompt, and the first-start welcome in a clean settings directory.
#include "activeconnection.h"
#include "backenddialog.h"
#include "connectionbar.h"
#include "connectioncontext.h"
#include "connectionsguihelpers.h"
#include "elidedlabel.h"
#include "keypromptdialog.h"
#include "keyresolver.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "secretstore.h"
#include "settings.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace rl;
using rl::testing::child;

class TestConnectionBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_busDir.isValid());
        rl::testing::cutOffSessionBus(m_busDir.path());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("config/runlens.ini")));
        m_context = std::make_unique<ConnectionContext>(m_settings.get(), QStringLiteral("RunLens-gui-test"));
        m_context->secrets()->setTimeoutMs(2000);
        LocalServerOptions options;
        options.delayMs = 0;
        m_context->active()->setLocalServerOptions(options);
        m_bar = std::make_unique<ConnectionBar>(m_context.get());
        m_bar->show();
        m_context->active()->activate();
    }

    void cleanup()
    {
        m_bar.reset();
        m_context.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void welcomeOnFirstStartOnly()
    {
        QVERIFY(WelcomeDialog::shouldShow(*m_settings));
        {
            WelcomeDialog welcome(m_settings.get());
            welcome.show();
            auto *text = child<QLabel>(&welcome, "welcomeTextLabel");
            QVERIFY(text);
            QVERIFY(text->text().contains(QLatin1String("26 August 2026")));
            QVERIFY(text->text().contains(QLatin1String("built-in local server")));
            QSignalSpy addServer(&welcome, &WelcomeDialog::addServerRequested);
            auto *add = child<QPushButton>(&welcome, "addServerPushButton");
            QVERIFY(add);
            QTest::mouseClick(add, Qt::LeftButton);
            QCOMPARE(addServer.count(), 1);
            QVERIFY(!welcome.isVisible());
        }
        QVERIFY(!WelcomeDialog::shouldShow(*m_settings));
        m_settings->sync();
        Settings reread(m_settings->fileName());
        QVERIFY(!WelcomeDialog::shouldShow(reread));
    }

    void startsOnBuiltInServer()
    {
        auto *combo = child<QComboBox>(m_bar.get(), "profileComboBox");
        QVERIFY(combo);
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentData().toString(), QLatin1String(ConnectionProfile::BuiltInId));
        // Edit… on the built-in server chooses what it runs on; it cannot be deleted.
        auto *edit = child<QToolButton>(m_bar.get(), "editToolButton");
        QVERIFY(edit->isEnabled());
        QVERIFY(edit->toolTip().contains(QLatin1String("built-in server")));
        QVERIFY(!child<QToolButton>(m_bar.get(), "deleteToolButton")->isEnabled());
        QTRY_VERIFY(m_bar->statusText().startsWith(QLatin1String("Built-in local server on 127.0.0.1:")));
        QVERIFY(m_bar->statusText().endsWith(QLatin1String("(simulated, offline)")));
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_VERIFY(m_bar->backendDialog() != nullptr);
        QVERIFY(m_bar->profileDialog() == nullptr);
        QVERIFY(child<QRadioButton>(m_bar->backendDialog(), "simulatedRadioButton")->isChecked());
        // A bad address is refused in the dialog, with everything typed kept.
        QTest::mouseClick(child<QRadioButton>(m_bar->backendDialog(), "modelServerRadioButton"), Qt::LeftButton);
        auto *address = child<QLineEdit>(m_bar->backendDialog(), "addressLineEdit");
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("ollama.local:11434"));
        QTest::mouseClick(child<QDialogButtonBox>(m_bar->backendDialog(), "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(m_bar->backendDialog()->isVisible());
        QVERIFY(child<QLabel>(m_bar->backendDialog(), "testResultLabel")->text().contains(QLatin1String("http://")));
        QCOMPARE(address->text(), QStringLiteral("ollama.local:11434"));
        m_bar->backendDialog()->reject();
        QTRY_VERIFY(m_bar->backendDialog() == nullptr);
    }

    void backendDialogHintFollowsTheAddress()
    {
        // Found by trying it: a saved address of no preset showed the Ollama hint.
        BackendDialog dialog;
        LocalBackend backend;
        backend.kind = LocalBackend::Kind::ChatCompletions;
        backend.baseUrl = QStringLiteral("http://10.0.0.5:9000/v1");
        dialog.setBackend(backend);
        auto *preset = child<QComboBox>(&dialog, "presetComboBox");
        auto *hint = child<QLabel>(&dialog, "presetHintLabel");
        QCOMPARE(preset->currentText(), QStringLiteral("Another address"));
        QVERIFY2(hint->text().startsWith(QLatin1String("Any server")), qPrintable(hint->text()));
        auto *address = child<QLineEdit>(&dialog, "addressLineEdit");
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("http://127.0.0.1:8080/v1"));
        QCOMPARE(preset->currentText(), QStringLiteral("llama.cpp (llama-server)"));
        QVERIFY2(hint->text().contains(QLatin1String("llama-server -m")), qPrintable(hint->text()));
        QCOMPARE(dialog.backend().baseUrl, QStringLiteral("http://127.0.0.1:8080/v1"));
        QVERIFY(!dialog.enteredKey().has_value()); // the key field was not touched: keep the stored one
    }

    void createValidateSwitchEditDuplicateDelete()
    {
        auto *combo = child<QComboBox>(m_bar.get(), "profileComboBox");
        QTest::mouseClick(child<QToolButton>(m_bar.get(), "newToolButton"), Qt::LeftButton);
        QTRY_VERIFY(m_bar->profileDialog() && m_bar->profileDialog()->isVisible());
        ProfileDialog *dialog = m_bar->profileDialog();

        // No keychain here (no session bus): "remember" is switched off and says why.
        auto *remember = child<QRadioButton>(dialog, "rememberKeyRadioButton");
        QTRY_VERIFY(!remember->isEnabled());
        QVERIFY(child<QRadioButton>(dialog, "sessionOnlyKeyRadioButton")->isChecked());
        QVERIFY(child<QLabel>(dialog, "keychainStatusLabel")->text().contains(QLatin1String("No keychain")));

        QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("Staging"));
        auto *url = child<QLineEdit>(dialog, "baseUrlLineEdit");
        QTest::keyClicks(url, QStringLiteral("ftp://staging.example/v1"));
        auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // refused
        auto *urlError = child<QLabel>(dialog, "baseUrlErrorLabel");
        QVERIFY(urlError->isVisible());
        QVERIFY(urlError->text().contains(QLatin1String("http://")));

        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://staging.example/v1"));
        auto *key = child<QLineEdit>(dialog, "apiKeyLineEdit");
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QTest::keyClicks(key, QStringLiteral("sk-session-only"));
        QTest::mouseClick(child<QToolButton>(dialog, "revealKeyToolButton"), Qt::LeftButton);
        QCOMPARE(key->echoMode(), QLineEdit::Normal);

        QSignalSpy ready(m_context->active(), &ActiveConnection::ready);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_bar->profileDialog());
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentText(), QStringLiteral("Staging"));
        const QString stagingId = combo->currentData().toString();
        QCOMPARE(m_context->profiles()->activeProfileId(), stagingId);
        QTRY_VERIFY(!ready.isEmpty());
        const Connection c = ready.last().first().value<Connection>();
        QCOMPARE(c.baseUrl, QStringLiteral("https://staging.example/v1"));
        QCOMPARE(c.apiKey, QStringLiteral("sk-session-only"));
        QVERIFY(m_context->keys()->hasSessionKey(stagingId));
        QVERIFY(child<QToolButton>(m_bar.get(), "editToolButton")->isEnabled());

        // Switch back with the keyboard on the combo: one step, no dialog.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(m_context->profiles()->activeProfileId(), QLatin1String(ConnectionProfile::BuiltInId));
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(m_context->profiles()->activeProfileId(), stagingId);

        // Edit: the dialog shows the saved values; rename.
        QTest::mouseClick(child<QToolButton>(m_bar.get(), "editToolButton"), Qt::LeftButton);
        QTRY_VERIFY(m_bar->profileDialog());
        dialog = m_bar->profileDialog();
        QCOMPARE(child<QLineEdit>(dialog, "baseUrlLineEdit")->text(), QStringLiteral("https://staging.example/v1"));
        QVERIFY(child<QLineEdit>(dialog, "apiKeyLineEdit")->text().isEmpty()); // never shown back
        auto *name = child<QLineEdit>(dialog, "nameLineEdit");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Staging EU"));
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!m_bar->profileDialog());
        QCOMPARE(combo->currentText(), QStringLiteral("Staging EU"));

        // Duplicate: the copy becomes active.
        QTest::mouseClick(child<QToolButton>(m_bar.get(), "duplicateToolButton"), Qt::LeftButton);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentText(), QStringLiteral("Staging EU (copy)"));

        // Delete asks first; Cancel keeps it, Yes removes it.
        QTest::mouseClick(child<QToolButton>(m_bar.get(), "deleteToolButton"), Qt::LeftButton);
        QTRY_VERIFY(m_bar->deleteConfirmation());
        QTest::mouseClick(m_bar->deleteConfirmation()->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!m_bar->deleteConfirmation());
        QCOMPARE(combo->count(), 3);
        QTest::mouseClick(child<QToolButton>(m_bar.get(), "deleteToolButton"), Qt::LeftButton);
        QTRY_VERIFY(m_bar->deleteConfirmation());
        QTest::mouseClick(m_bar->deleteConfirmation()->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(combo->count(), 2);
        QCOMPARE(combo->currentData().toString(), QLatin1String(ConnectionProfile::BuiltInId));

        // Persisted: a new store on the same file sees the same profiles.
        m_settings->sync();
        Settings reread(m_settings->fileName());
        ProfileStore again(&reread);
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.profile(stagingId).name, QStringLiteral("Staging EU"));
    }

    void keyPromptWhenNoKeyAnywhere()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("Needs key");
        p.connection.baseUrl = QStringLiteral("https://needs-key.example/v1");
        p.keyEnvVar = QStringLiteral("RUNLENS_TEST_SURELY_UNSET");
        const QString id = m_context->profiles()->add(p);
        QSignalSpy ready(m_context->active(), &ActiveConnection::ready);
        m_context->profiles()->setActiveProfile(id);
        QTRY_VERIFY(m_bar->keyPromptDialog() && m_bar->keyPromptDialog()->isVisible());
        KeyPromptDialog *prompt = m_bar->keyPromptDialog();
        QVERIFY(!child<QRadioButton>(prompt, "rememberKeyRadioButton")->isEnabled());
        QVERIFY(child<QLabel>(prompt, "keychainStatusLabel")->isVisible());
        QVERIFY(child<QLabel>(prompt, "envVarHintLabel")->text().contains(QLatin1String("RUNLENS_TEST_SURELY_UNSET")));
        auto *ok = child<QDialogButtonBox>(prompt, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(prompt, "keyLineEdit"), QStringLiteral("typed-at-prompt"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!ready.isEmpty());
        QCOMPARE(ready.last().first().value<Connection>().apiKey, QStringLiteral("typed-at-prompt"));
    }

    // #14 item 18: a connection that needs no key says so once, and is never asked again.
    void aConnectionWithoutKeyNeverAsksAgain()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("Compatible server");
        p.connection.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
        p.keyEnvVar = QStringLiteral("RUNLENS_TEST_SURELY_UNSET");
        QCOMPARE(p.connection.authStyle, Connection::AuthStyle::Bearer);
        const QString id = m_context->profiles()->add(p);
        const QString builtInId = m_context->profiles()->activeProfileId();
        QSignalSpy ready(m_context->active(), &ActiveConnection::ready);
        QSignalSpy asked(m_context->keys(), &KeyResolver::keyNeeded);
        m_context->profiles()->setActiveProfile(id);
        QTRY_VERIFY(m_bar->keyPromptDialog() && m_bar->keyPromptDialog()->isVisible());
        auto *withoutKey = child<QPushButton>(m_bar->keyPromptDialog(), "connectWithoutKeyPushButton");
        QVERIFY(withoutKey && withoutKey->isEnabled());
        QTest::mouseClick(withoutKey, Qt::LeftButton);
        QTRY_VERIFY(!ready.isEmpty());
        QVERIFY(ready.last().first().value<Connection>().apiKey.isEmpty());
        QCOMPARE(m_context->profiles()->profile(id).connection.authStyle, Connection::AuthStyle::None);
        Settings reread(m_settings->fileName());
        QCOMPARE(ProfileStore(&reread).profile(id).connection.authStyle, Connection::AuthStyle::None);

        m_context->profiles()->setActiveProfile(builtInId);
        QTRY_VERIFY(m_context->active()->isReady());
        m_context->profiles()->setActiveProfile(id);
        QTRY_VERIFY(m_context->active()->isReady());
        QTest::qWait(50);
        QCOMPARE(asked.size(), 1);
        QVERIFY(!m_bar->keyPromptDialog() || !m_bar->keyPromptDialog()->isVisible());
    }

    // #14 items 8 and 18: Test works from the toolbar without a key, and a failing connection
    // shows in the bar itself.
    void toolbarTestWorksWithoutAKeyAndShowsTheProblemInTheBar()
    {
        Connection tested;
        int calls = 0;
        m_bar->setConnectionTestFunction(
            [&](const Connection &c, QObject *, const std::function<void(bool, const QString &)> &done) {
                tested = c;
                ++calls;
                done(false, QStringLiteral("Nothing accepts connections on port 9."));
            });
        ConnectionProfile p;
        p.name = QStringLiteral("Closed port");
        p.connection.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
        p.keyEnvVar = QStringLiteral("RUNLENS_TEST_SURELY_UNSET");
        m_context->profiles()->setActiveProfile(m_context->profiles()->add(p));
        QTRY_VERIFY(m_bar->keyPromptDialog() && m_bar->keyPromptDialog()->isVisible());
        m_bar->keyPromptDialog()->reject();
        QTRY_VERIFY(!m_bar->keyPromptDialog());
        QTRY_VERIFY(m_bar->showsProblem());
        const QString status = m_bar->statusText();
        // One sentence that names the connection and says what to do (was "No key for Closed port: No key was
        // given.").
        QVERIFY2(status.startsWith(QStringLiteral("Not connected to “Closed port”: it needs a key, and none was "
                                                  "given.")),
                 qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Edit…")), qPrintable(status));
        // A long status never widens the window (it did, past 1440 px): it is elided, whole in the tooltip.
        QVERIFY2(m_bar->minimumSizeHint().width() < 900, qPrintable(QString::number(m_bar->minimumSizeHint().width())));
        auto *label = child<ElidedLabel>(m_bar.get(), "statusLabel");
        QVERIFY(label);
        label->resize(200, label->height());
        QVERIFY(label->shownText().endsWith(QChar(0x2026)));
        QCOMPARE(label->toolTip(), status);

        QTest::mouseClick(child<QToolButton>(m_bar.get(), "testToolButton"), Qt::LeftButton);
        QTRY_COMPARE(calls, 1);
        QCOMPARE(tested.baseUrl, p.connection.baseUrl);
        QVERIFY(tested.apiKey.isEmpty());
        QTRY_VERIFY2(m_bar->statusText().contains(QLatin1String("Nothing accepts connections on port 9.")),
                     qPrintable(m_bar->statusText()));
        QVERIFY(m_bar->showsProblem());
        QVERIFY(child<QLabel>(m_bar.get(), "statusIconLabel")->isVisible());

        m_bar->setConnectionTestFunction(
            [](const Connection &, QObject *, const std::function<void(bool, const QString &)> &done) {
                done(true, QStringLiteral("Connection works."));
            });
        QTest::mouseClick(child<QToolButton>(m_bar.get(), "testToolButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_bar->showsProblem());
        QVERIFY(!child<QLabel>(m_bar.get(), "statusIconLabel")->isVisible());
    }

    void testConnectionReportsInPlainWords()
    {
        QTRY_VERIFY(m_context->active()->isReady());
        QSignalSpy message(m_bar.get(), &ConnectionBar::message);
        QTest::mouseClick(child<QToolButton>(m_bar.get(), "testToolButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 10000);
        QVERIFY2(message.last().first().toString().startsWith(QLatin1String("Connection works")),
                 qPrintable(message.last().first().toString()));
    }

private:
    QTemporaryDir m_busDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConnectionContext> m_context;
    std::unique_ptr<ConnectionBar> m_bar;
};

QTEST_MAIN(TestConnectionBar)
#include "tst_connectionbar.moc"
