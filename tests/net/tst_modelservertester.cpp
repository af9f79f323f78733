// ModelServerTester against a loopback fake Chat Completions server: what each outcome says.
#include "fakechatserver.h"
#include "modelservertester.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace rl;

class TestModelServerTester : public QObject
{
    Q_OBJECT

    static ModelServerTestResult run(const QString &url, const QString &key)
    {
        ModelServerTester tester;
        QSignalSpy finished(&tester, &ModelServerTester::finished);
        tester.test(url, key, 5000);
        if (!finished.wait(10000)) {
            return {};
        }
        return finished.first().first().value<ModelServerTestResult>();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ModelServerTestResult>(); }

    void listsTheModelsWithTheKey()
    {
        test::FakeChatServer fake;
        fake.setRequiredKey(QStringLiteral("sk-good"));
        QVERIFY(fake.listen());
        const ModelServerTestResult r = run(fake.baseUrl(), QStringLiteral("sk-good"));
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(r.models, (QStringList { QStringLiteral("fake-model-1"), QStringLiteral("fake-model-2") }));
        QVERIFY(r.summary.contains(QStringLiteral("fake-model-1, fake-model-2")));
        const test::FakeRequest request = fake.requests().last();
        QCOMPARE(request.path, QStringLiteral("/v1/models"));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-good"));
        QVERIFY(!request.hasHeader("openai-beta")); // not an Assistants server
    }

    void aWrongKeyIsNamed()
    {
        test::FakeChatServer fake;
        fake.setRequiredKey(QStringLiteral("sk-good"));
        QVERIFY(fake.listen());
        const ModelServerTestResult r = run(fake.baseUrl(), QStringLiteral("sk-bad"));
        QVERIFY(!r.ok);
        QVERIFY2(r.summary.contains(QStringLiteral("refused the key")), qPrintable(r.summary));
    }

    void noKeyMeansNoHeader()
    {
        test::FakeChatServer fake;
        QVERIFY(fake.listen());
        const ModelServerTestResult r = run(fake.baseUrl(), QString());
        QVERIFY2(r.ok, qPrintable(r.summary));
        QVERIFY(!fake.requests().last().hasHeader("authorization"));
    }

    void nothingListeningIsExplained()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        const ModelServerTestResult r = run(QStringLiteral("http://127.0.0.1:%1/v1").arg(port), QString());
        QVERIFY(!r.ok);
        QVERIFY2(r.summary.contains(QStringLiteral("Nothing answers")), qPrintable(r.summary));
    }

    void aWrongPathIsExplained()
    {
        test::FakeChatServer fake;
        QVERIFY(fake.listen());
        QString url = fake.baseUrl();
        url.chop(3); // without /v1
        const ModelServerTestResult r = run(url + QStringLiteral("/nothing-here"), QString());
        QVERIFY(!r.ok);
        QVERIFY2(r.summary.contains(QStringLiteral("/v1")), qPrintable(r.summary));
    }
};

QTEST_MAIN(TestModelServerTester)
#include "tst_modelservertester.moc"
