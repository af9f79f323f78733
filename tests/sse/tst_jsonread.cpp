// readJson: simdjson's reading of large documents gives exactly what QJsonDocument::fromJson gives,
// and whatever simdjson rejects is Qt's to read (with Qt's error and offset).
#include "jsonread.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTest>

using namespace rl;

class TestJsonRead : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQt_data();
    void sameAsQt();
    void largeDocumentSameAsQt();
    void rejectedIsQtsToRead_data();
    void rejectedIsQtsToRead();
    void everyExampleEventSameAsQt();
};

void TestJsonRead::sameAsQt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"id": "msg_1", "n": 3, "ok": true, "none": null})");
    QTest::newRow("array") << QByteArray(R"([1, "two", [3, [4]], {"five": 5}])");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray(" [ ] ");
    QTest::newRow("numbers") << QByteArray(
        R"({"a": 0, "b": -1, "c": 1.5, "d": 1e10, "e": -2.5E-3, "f": 9223372036854775807,
            "g": -9223372036854775808, "h": 18446744073709551615, "i": 0.1, "j": 123456789012})");
    QTest::newRow("escapes") << QByteArray(
        R"({"s": "quote \" backslash \\ slash \/ \b\f\n\r\t tab \u00e9 \u4e2d \ud83d\ude00 end"})");
    QTest::newRow("utf-8") << QByteArray("{\"s\": \"caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80\"}");
    QTest::newRow("repeated key") << QByteArray(R"({"k": 1, "k": 2, "other": [1]})");
    QTest::newRow("nested") << QByteArray(R"({"a": {"b": {"c": {"d": [[[{"e": "f"}]]]}}}})");
    QTest::newRow("keys out of order") << QByteArray(R"({"z": 1, "a": 2, "m": {"y": 1, "b": 2}})");
}

void TestJsonRead::sameAsQt()
{
    QFETCH(QByteArray, json);
    QJsonParseError qtError;
    const QJsonDocument qt = QJsonDocument::fromJson(json, &qtError);
    QCOMPARE(qtError.error, QJsonParseError::NoError);
    const std::optional<QJsonDocument> fast = readJsonWithSimdjson(json);
    QVERIFY(fast.has_value());
    QCOMPARE(*fast, qt);
    QCOMPARE(fast->toJson(QJsonDocument::Compact), qt.toJson(QJsonDocument::Compact));
}

void TestJsonRead::largeDocumentSameAsQt()
{
    // A message list with a long reply, as the final picture of a long run brings it.
    QString text;
    for (int i = 0; text.size() < 4 * FastJsonBytes; ++i) {
        text += QStringLiteral("Word %1 \"quoted\" back\\slash caf\u00e9 \U0001F600 line\n\ttab ").arg(i);
    }
    QJsonArray data;
    for (int i = 0; i < 3; ++i) {
        data.append(QJsonObject {
            { QStringLiteral("id"), QStringLiteral("msg_%1").arg(i) },
            { QStringLiteral("created_at"), 1700000000 + i },
            { QStringLiteral("content"),
              QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                                         { QStringLiteral("text"),
                                           QJsonObject { { QStringLiteral("value"), text.left(text.size() / (i + 1)) },
                                                         { QStringLiteral("annotations"), QJsonArray() } } } } } },
            { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("score"), 0.25 * i } } } });
    }
    const QByteArray json = QJsonDocument(QJsonObject { { QStringLiteral("object"), QStringLiteral("list") },
                                                        { QStringLiteral("data"), data },
                                                        { QStringLiteral("has_more"), false } })
                                .toJson(QJsonDocument::Indented);
    QVERIFY(json.size() >= FastJsonBytes);
    QJsonParseError error;
    const QJsonDocument read = readJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(read, QJsonDocument::fromJson(json));
    QCOMPARE(read.object()
                 .value(QLatin1String("data"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("content"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("text"))
                 .toObject()
                 .value(QLatin1String("value"))
                 .toString(),
             text);
}

void TestJsonRead::rejectedIsQtsToRead_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray padding = QByteArray(" ").repeated(FastJsonBytes); // past the size Qt reads alone
    QTest::newRow("missing comma") << R"({"a": 1 "b": 2})" + padding;
    QTest::newRow("unterminated") << R"({"a": [1, 2)" + padding;
    QTest::newRow("trailing garbage") << R"({"a": 1} x)" + padding;
    QTest::newRow("invalid utf-8") << "{\"a\": \"\xff\xfe\"}" + padding;
    QTest::newRow("scalar root") << "42" + padding;
    QTest::newRow("lone surrogate") << R"({"a": "\ud800"})" + padding;
    QTest::newRow("empty") << padding;
}

void TestJsonRead::rejectedIsQtsToRead()
{
    QFETCH(QByteArray, json);
    QJsonParseError qtError;
    const QJsonDocument qt = QJsonDocument::fromJson(json, &qtError);
    QJsonParseError error;
    const QJsonDocument read = readJson(json, &error);
    QCOMPARE(error.error, qtError.error);
    QCOMPARE(error.offset, qtError.offset);
    QCOMPARE(read, qt);
}

void TestJsonRead::everyExampleEventSameAsQt()
{
    // Every data line of the spec's example streams.
    const QDir dir(QStringLiteral(RUNLENS_TEST_DATA_DIR "/sse_examples"));
    const QStringList files = dir.entryList({ QStringLiteral("*.sse"), QStringLiteral("*.txt") }, QDir::Files);
    QVERIFY(!files.isEmpty());
    int checked = 0;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.startsWith("data: {")) {
                continue;
            }
            const QByteArray json = line.mid(6);
            const std::optional<QJsonDocument> fast = readJsonWithSimdjson(json);
            QVERIFY2(fast.has_value(), json.constData());
            QCOMPARE(*fast, QJsonDocument::fromJson(json));
            ++checked;
        }
    }
    QVERIFY2(checked > 20, qPrintable(QString::number(checked)));
}

QTEST_GUILESS_MAIN(TestJsonRead)
#include "tst_jsonread.moc"
