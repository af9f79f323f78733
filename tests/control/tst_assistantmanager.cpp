// AssistantManager against the built-in server over loopback: create, change (cleared settings
// go as null), duplicate, delete, and the server's refusal in plain words.
#include "assistantmanager.h"
#include "localserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace rl;

class TestAssistantManager : public QObject
{
    Q_OBJECT

    LocalServer m_server;
    Connection m_connection;

    static QJsonObject find(const QJsonArray &list, const QString &id)
    {
        for (const QJsonValue &v : list) {
            if (v.toObject().value(QLatin1String("id")).toString() == id) {
                return v.toObject();
            }
        }
        return {};
    }

    QJsonArray listed(AssistantManager &manager)
    {
        QSignalSpy spy(&manager, &AssistantManager::listed);
        manager.refresh();
        if (!spy.wait(10000)) {
            return {};
        }
        return spy.first().first().toJsonArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        LocalServerOptions options;
        options.delayMs = 0;
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
        m_connection.baseUrl = m_server.baseUrl().toString();
        m_connection.authStyle = Connection::AuthStyle::None;
    }

    void createChangeDuplicateDelete()
    {
        AssistantManager manager;
        manager.setConnection(m_connection);
        QSignalSpy saved(&manager, &AssistantManager::saved);
        QSignalSpy changed(&manager, &AssistantManager::changed);
        QSignalSpy failed(&manager, &AssistantManager::failed);

        manager.create(QJsonObject { { QStringLiteral("model"), QStringLiteral("gpt-4o") },
                                     { QStringLiteral("name"), QStringLiteral("Helper") },
                                     { QStringLiteral("temperature"), 0.5 } });
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        const QString id = saved.last().first().toJsonObject().value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(find(listed(manager), id).value(QLatin1String("temperature")).toDouble(), 0.5);

        // A cleared setting goes as null and is cleared on the server.
        manager.modify(id,
                       QJsonObject { { QStringLiteral("name"), QStringLiteral("Helper 2") },
                                     { QStringLiteral("temperature"), QJsonValue::Null } });
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 10000);
        const QJsonObject after = find(listed(manager), id);
        QCOMPARE(after.value(QLatin1String("name")).toString(), QStringLiteral("Helper 2"));
        QVERIFY(after.value(QLatin1String("temperature")).isNull());

        manager.duplicate(after);
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 3 || !failed.isEmpty(), 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const QJsonObject copy = saved.last().first().toJsonObject();
        QVERIFY(copy.value(QLatin1String("id")).toString() != id);
        QCOMPARE(copy.value(QLatin1String("name")).toString(), QStringLiteral("Helper 2 (copy)"));
        QCOMPARE(copy.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o"));

        QSignalSpy removed(&manager, &AssistantManager::removed);
        manager.remove(id);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
        QCOMPARE(removed.first().first().toString(), id);
        const QJsonArray rest = listed(manager);
        QVERIFY(find(rest, id).isEmpty());
        QVERIFY(!find(rest, copy.value(QLatin1String("id")).toString()).isEmpty());
        QCOMPARE(failed.count(), 0);
    }

    void aRefusalNamesTheField()
    {
        AssistantManager manager;
        manager.setConnection(m_connection);
        QSignalSpy failed(&manager, &AssistantManager::failed);
        manager.create(QJsonObject { { QStringLiteral("model"), QStringLiteral("gpt-4o") },
                                     { QStringLiteral("temperature"), 5 } });
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith(QStringLiteral("The assistant could not be created:")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("temperature")), qPrintable(message));

        manager.remove(QStringLiteral("asst_no_such_one"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 10000);
        QVERIFY(failed.last().first().toString().startsWith(QStringLiteral("The assistant could not be deleted:")));
    }

    void withoutAConnectionItSaysSo()
    {
        AssistantManager manager;
        QSignalSpy failed(&manager, &AssistantManager::failed);
        manager.refresh();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("Not connected to a server yet."));
    }
};

QTEST_MAIN(TestAssistantManager)
#include "tst_assistantmanager.moc"
