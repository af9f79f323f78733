// The one reader of the API's error object, used by the client, the stream decoder and the bridge.
#include "apierrorobject.h"

#include <QJsonDocument>
#include <QTest>

using namespace rl;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestApiErrorObject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheApiShape()
    {
        const ApiErrorObject e = readApiErrorObject(object(
            R"({"error":{"message":"No such run","type":"invalid_request_error","param":"run_id","code":404}})"));
        QVERIFY(e.found);
        QCOMPARE(e.message, QStringLiteral("No such run"));
        QCOMPARE(e.type, QStringLiteral("invalid_request_error"));
        QCOMPARE(e.param, QStringLiteral("run_id"));
        QCOMPARE(e.code, QStringLiteral("404")); // a number, as text without a fraction
    }

    void readsOllamasTextForm()
    {
        const ApiErrorObject e = readApiErrorObject(object("{\"error\":\"model 'x' not found\"}"));
        QVERIFY(e.found);
        QCOMPARE(e.message, QStringLiteral("model 'x' not found"));
        QVERIFY(e.type.isEmpty());
    }

    void bareFieldsOnlyWhenAsked()
    {
        const QJsonObject bare = object(R"({"message":"overloaded","code":"server_error"})");
        QVERIFY(!readApiErrorObject(bare).found);
        const ApiErrorObject e = readApiErrorObject(bare, true);
        QVERIFY(e.found);
        QCOMPARE(e.message, QStringLiteral("overloaded"));
        QCOMPARE(e.code, QStringLiteral("server_error"));
    }

    void errorMember()
    {
        QVERIFY(hasApiErrorMember(object(R"({"error":{}})")));
        QVERIFY(hasApiErrorMember(object(R"({"error":"x"})")));
        QVERIFY(!hasApiErrorMember(object(R"({"error":""})")));
        QVERIFY(!hasApiErrorMember(object(R"({"error":null,"id":"run_1"})")));
        QCOMPARE(jsonScalarText(QJsonValue(true)), QStringLiteral("true"));
        QCOMPARE(jsonScalarText(QJsonValue(0.25)), QStringLiteral("0.25"));
        QVERIFY(jsonScalarText(QJsonValue(QJsonValue::Null)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiErrorObject)
#include "tst_apierrorobject.moc"
