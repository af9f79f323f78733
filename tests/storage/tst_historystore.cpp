// The run history on a real SQLite file in a temporary directory.
#include "historystore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rl;

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recordListLoadDelete()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sub/history.sqlite"));
        const QString secret = QStringLiteral("sk-history-secret-123");
        qint64 first = -1;
        qint64 second = -1;
        {
            HistoryStore store(path);
            QVERIFY2(store.open(), qPrintable(store.errorString()));
            HistoryEntry e;
            e.startedAt = QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC);
            e.profileName = QStringLiteral("Local");
            e.baseUrl = QStringLiteral("http://user:") + secret + QStringLiteral("@127.0.0.1:8080/v1?api_key=") + secret
                + QStringLiteral("&api-version=1");
            e.requestBody = QByteArrayLiteral("{\"assistant_id\":\"asst_1\"}");
            e.requestHeaders = { { QStringLiteral("Authorization"), QStringLiteral("Bearer ") + secret },
                                 { QStringLiteral("api-key"), secret },
                                 { QStringLiteral("OpenAI-Beta"), QStringLiteral("assistants=v2") } };
            e.finalRunJson = QByteArrayLiteral("{\"id\":\"run_1\",\"status\":\"completed\"}");
            e.status = QStringLiteral("completed");
            e.durationMs = 1500;
            first = store.add(e);
            QVERIFY(first > 0);
            e.startedAt = e.startedAt.addSecs(60);
            e.status = QStringLiteral("failed");
            second = store.add(e);
            QVERIFY(second > first);
        }
        HistoryStore store(path);
        QVERIFY(store.open());
        const auto list = store.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().id, second); // newest first
        QCOMPARE(list.first().status, QStringLiteral("failed"));
        QVERIFY(list.first().requestBody.isEmpty());

        const HistoryEntry loaded = store.load(first);
        QCOMPARE(loaded.id, first);
        QCOMPARE(loaded.profileName, QStringLiteral("Local"));
        QCOMPARE(loaded.durationMs, qint64(1500));
        QCOMPARE(loaded.startedAt, QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(loaded.requestBody, QByteArrayLiteral("{\"assistant_id\":\"asst_1\"}"));
        QCOMPARE(loaded.requestHeaders.size(), 3);
        QCOMPARE(loaded.requestHeaders.at(0).second, QStringLiteral("[redacted]"));
        QCOMPARE(loaded.requestHeaders.at(1).second, QStringLiteral("[redacted]"));
        QCOMPARE(loaded.requestHeaders.at(2).second, QStringLiteral("assistants=v2"));
        QVERIFY(!loaded.baseUrl.contains(secret));
        QVERIFY(loaded.baseUrl.contains(QLatin1String("api-version=1")));

        QVERIFY(store.remove(first));
        QVERIFY(!store.remove(first));
        QCOMPARE(store.load(first).id, qint64(-1));
        QCOMPARE(store.list().size(), 1);

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(secret.toUtf8()));
    }

    void twoStoresOnDifferentFiles()
    {
        QTemporaryDir dir;
        HistoryStore a(dir.filePath(QStringLiteral("a.sqlite")));
        HistoryStore b(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(a.open());
        QVERIFY(b.open());
        HistoryEntry e;
        e.startedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(a.add(e) > 0);
        QCOMPARE(a.list().size(), 1);
        QCOMPARE(b.list().size(), 0);
    }

    void openFailsClearly()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        HistoryStore store(dir.filePath(QStringLiteral("file/history.sqlite"))); // parent is a file
        QVERIFY(!store.open());
        QVERIFY(!store.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
