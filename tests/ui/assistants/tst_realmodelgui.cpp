// The GUI test for runs on real models: the built-in server is pointed at a fake Chat
// Completions server in the backend dialog (key into the real keychain), an assistant is made in
// the Assistants dialog, and a run with it streams into the run panel.
#include "activeconnection.h"
#include "appcontext.h"
#include "assistantmanager.h"
#include "assistantsdialog.h"
#include "backenddialog.h"
#include "connectionbar.h"
#include "connectioncontext.h"
#include "conversationtab.h"
#include "fakechatserver.h"
#include "localserver.h"
#include "mainwindow.h"
#include "runpanel.h"
#include "secretstore.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace rl;

namespace {
template<typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent != nullptr ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
    if (w == nullptr) {
        qWarning("no child named %s", name);
    }
    return w;
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}
} // namespace

class TestRealModelGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void assistantMadeInTheDialogRunsOnTheModelServer()
    {
        const QString upstreamKey = QStringLiteral("sk-upstream-%1").arg(QCoreApplication::applicationPid());
        test::FakeChatServer fake;
        fake.setRequiredKey(upstreamKey);
        QVERIFY(fake.listen());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppContext::Paths paths;
        paths.settingsFile = dir.filePath(QStringLiteral("runlens.ini"));
        paths.historyFile = dir.filePath(QStringLiteral("history.sqlite"));
        paths.keychainService = QStringLiteral("RunLensTest-realmodel-%1").arg(QCoreApplication::applicationPid());
        AppContext context(paths);
        ActiveConnection *active = context.connections()->active();
        LocalServerOptions options;
        options.delayMs = 0;
        active->setLocalServerOptions(options);
        MainWindow window(&context);
        window.setConfirmOnClose(false);
        window.resize(1280, 860);
        window.show();
        QSignalSpy ready(&context, &AppContext::connectionReady);
        context.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 10000);
        LocalServerThread *server = active->localServer();
        QVERIFY(server != nullptr && server->isRunning());
        QVERIFY(!server->usesUpstream()); // simulated out of the box
        const quint16 port = server->port();

        // The backend dialog: a Chat Completions server, its key, Test, a model from its list.
        ConnectionBar *bar = window.connectionBar();
        QTest::mouseClick(child<QToolButton>(bar, "editToolButton"), Qt::LeftButton);
        QTRY_VERIFY(bar->backendDialog() != nullptr);
        BackendDialog *backend = bar->backendDialog();
        QTest::mouseClick(child<QRadioButton>(backend, "modelServerRadioButton"), Qt::LeftButton);
        auto *preset = child<QComboBox>(backend, "presetComboBox");
        QVERIFY(preset->isEnabled());
        QCOMPARE(child<QLineEdit>(backend, "addressLineEdit")->text(), QStringLiteral("http://127.0.0.1:11434/v1"));
        replaceText(child<QLineEdit>(backend, "addressLineEdit"), fake.baseUrl());
        QCOMPARE(preset->currentText(), QStringLiteral("Another address"));

        // A wrong key first: Test says so in plain words.
        QTest::keyClicks(child<QLineEdit>(backend, "keyLineEdit"), QStringLiteral("sk-wrong"));
        QTest::mouseClick(child<QPushButton>(backend, "testPushButton"), Qt::LeftButton);
        auto *result = child<QLabel>(backend, "testResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("refused the key")), 10000);
        replaceText(child<QLineEdit>(backend, "keyLineEdit"), upstreamKey);
        QTest::mouseClick(child<QPushButton>(backend, "testPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("fake-model-1, fake-model-2")), 10000);
        auto *model = child<QComboBox>(backend, "modelComboBox");
        QVERIFY(model->findText(QStringLiteral("fake-model-2")) > 0);
        model->setCurrentIndex(model->findText(QStringLiteral("fake-model-2")));
        QSignalSpy applied(active, &ActiveConnection::backendApplied);
        QTest::mouseClick(child<QDialogButtonBox>(backend, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 10000);
        QVERIFY(server->usesUpstream());
        QCOMPARE(server->port(), port); // the same server, switched in place
        QCOMPARE(server->defaultModel(), QStringLiteral("fake-model-2"));
        QVERIFY2(bar->statusText().contains(QStringLiteral("fake-model-2")), qPrintable(bar->statusText()));

        // The key went to the keychain, not to the settings file.
        context.settings()->sync();
        QFile ini(paths.settingsFile);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settingsText = ini.readAll();
        QVERIFY(settingsText.contains(fake.baseUrl().toUtf8()));
        QVERIFY(!settingsText.contains(upstreamKey.toUtf8()));
        QString stored;
        bool read = false;
        context.connections()->secrets()->readKey(QLatin1String(LocalBackend::KeyEntryId), this,
                                                  [&stored, &read](const SecretResult &r) {
                                                      stored = r.key;
                                                      read = true;
                                                  });
        QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
        QCOMPARE(stored, upstreamKey);

        // The Assistants dialog: a new assistant from the form.
        window.showAssistants();
        AssistantsDialog *dialog = window.assistantsDialog();
        QVERIFY(dialog != nullptr);
        auto *list = child<QListWidget>(dialog, "assistantsListWidget");
        QTRY_VERIFY_WITH_TIMEOUT(list->count() >= 1, 10000); // the shipped assistants, on the model server
        // A chat model runs function tools only: the built-in tools are not offered.
        QVERIFY(child<QPushButton>(dialog, "addFunctionPushButton")->isVisibleTo(dialog));
        QVERIFY(!child<QPushButton>(dialog, "addCodeInterpreterPushButton")->isVisibleTo(dialog));
        QVERIFY(!child<QPushButton>(dialog, "addFileSearchPushButton")->isVisibleTo(dialog));
        QTest::mouseClick(child<QPushButton>(dialog, "newPushButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("Trip planner"));
        auto *modelBox = child<QComboBox>(dialog, "modelComboBox");
        QTRY_VERIFY(modelBox->findText(QStringLiteral("fake-model-1")) >= 0);
        modelBox->setCurrentIndex(modelBox->findText(QStringLiteral("fake-model-1")));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "instructionsPlainTextEdit"),
                         QStringLiteral("Plan trips in short sentences."));
        QTest::mouseClick(child<QCheckBox>(dialog, "temperatureCheckBox"), Qt::LeftButton);
        QSignalSpy saved(context.assistants(), &AssistantManager::saved);
        QTest::mouseClick(child<QPushButton>(dialog, "savePushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000);
        const QJsonObject made = saved.first().first().toJsonObject();
        const QString assistantId = made.value(QLatin1String("id")).toString();
        QVERIFY(assistantId.startsWith(QStringLiteral("asst_")));
        QCOMPARE(made.value(QLatin1String("model")).toString(), QStringLiteral("fake-model-1"));
        QCOMPARE(made.value(QLatin1String("temperature")).toDouble(), 1.0);
        QTRY_VERIFY(dialog->statusText().contains(QStringLiteral("Saved")));
        QTRY_VERIFY(!list->findItems(QStringLiteral("Trip planner"), Qt::MatchStartsWith).isEmpty());
        dialog->close();

        // A run with it, streamed into the panel.
        const QString requestFile = dir.filePath(QStringLiteral("request.json"));
        QFile request(requestFile);
        QVERIFY(request.open(QIODevice::WriteOnly));
        request.write(
            QJsonDocument(
                QJsonObject {
                    { QStringLiteral("assistant_id"), assistantId },
                    { QStringLiteral("thread"),
                      QJsonObject { { QStringLiteral("messages"),
                                      QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                                                                 { QStringLiteral("content"),
                                                                   QStringLiteral("Three days in Lisbon") } } } } } },
                    { QStringLiteral("stream"), true } })
                .toJson());
        request.close();
        QString error;
        QVERIFY2(window.openRequestFile(requestFile, &error), qPrintable(error));
        window.send();
        RunPanel *panel = window.runPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->status(), QStringLiteral("completed"), 20000);
        QTRY_VERIFY(
            panel->conversationTab()->assistantText().contains(QStringLiteral("You said: Three days in Lisbon")));
        // The final run object arrives after the last event (the panel fetches the final picture).
        QTRY_COMPARE_WITH_TIMEOUT(panel->finalRun().value(QLatin1String("model")).toString(),
                                  QStringLiteral("fake-model-1"), 10000);

        // What reached the model server: the assistant's model, instructions and temperature, the key.
        const QList<QJsonObject> bodies = fake.chatBodies();
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(bodies.first().value(QLatin1String("model")).toString(), QStringLiteral("fake-model-1"));
        QCOMPARE(bodies.first().value(QLatin1String("temperature")).toDouble(), 1.0);
        const QJsonArray messages = bodies.first().value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.first().toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
        QCOMPARE(messages.first().toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("Plan trips in short sentences."));
        bool keySent = false;
        for (const test::FakeRequest &r : fake.requests()) {
            if (r.path.endsWith(QStringLiteral("/chat/completions"))) {
                keySent = r.header("authorization") == "Bearer " + upstreamKey.toUtf8();
            }
        }
        QVERIFY(keySent);

        // Back to simulated: the same server, the assistant still there, runs offline again.
        QTest::mouseClick(child<QToolButton>(bar, "editToolButton"), Qt::LeftButton);
        QTRY_VERIFY(bar->backendDialog() != nullptr);
        QTest::mouseClick(child<QRadioButton>(bar->backendDialog(), "simulatedRadioButton"), Qt::LeftButton);
        applied.clear();
        QTest::mouseClick(child<QDialogButtonBox>(bar->backendDialog(), "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 10000);
        QVERIFY(!server->usesUpstream());
        QCOMPARE(server->port(), port);
        QSignalSpy listed(context.assistants(), &AssistantManager::listed);
        context.assistants()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 10000);
        bool kept = false;
        for (const QJsonValue &a : listed.last().first().toJsonArray()) {
            kept = kept || a.toObject().value(QLatin1String("id")).toString() == assistantId;
        }
        QVERIFY(kept);
    }
};

QTEST_MAIN(TestRealModelGui)
#include "tst_realmodelgui.moc"
