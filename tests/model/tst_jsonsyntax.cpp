// checkJsonSyntax: valid JSON passes (and agrees with QJsonDocument), each kind of mistake is
// found at the right byte with words a person understands, and nothing is followed too deep.
// (No raw string literals here: moc 6.4 loses the class after one with an unbalanced brace.)
#include "jsonsyntax.h"
#include "jsontext.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace rl;

class TestJsonSyntax : public QObject
{
    Q_OBJECT

private slots:
    void validTextPasses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("object") << QByteArray("{\"a\": 1, \"b\": [true, false, null], \"c\": {\"d\": \"e\"}}");
        QTest::newRow("empty containers") << QByteArray("{\"a\": {}, \"b\": [], \"c\": [[], {}]}");
        QTest::newRow("numbers") << QByteArray("[0, -0, 1.5, -2e10, 3E+2, 4e-3, 12345678901234567890]");
        QTest::newRow("escapes") << QByteArray("[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00\"]");
        QTest::newRow("UTF-8") << QByteArray("[\"é 日本 😀\"]");
        QTest::newRow("whitespace") << QByteArray(" \t\r\n{ \"a\" :\n 1 }\n ");
        QTest::newRow("scalar string") << QByteArray("\"just a string\"");
        QTest::newRow("scalar number") << QByteArray("42");
    }

    void validTextPasses()
    {
        QFETCH(QByteArray, text);
        const auto error = checkJsonSyntax(text);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QVERIFY(readJsonText(text).ok);
    }

    void agreesWithQtOnEveryTestFile()
    {
        int files = 0;
        QDirIterator it(QStringLiteral(RUNLENS_TEST_DATA_DIR "/requests"), { QStringLiteral("*.json") });
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QJsonParseError qt {};
            QJsonDocument::fromJson(text, &qt);
            QCOMPARE(bool(checkJsonSyntax(text)), qt.error != QJsonParseError::NoError);
            ++files;
        }
        QVERIFY(files >= 5);
    }

    void mistakesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing comma, object")
            << QByteArray("{\"a\": 1 \"b\": 2}") << 8 << QStringLiteral("a comma is missing between two members");
        QTest::newRow("missing comma, array")
            << QByteArray("[1 2]") << 3 << QStringLiteral("a comma is missing between two values");
        QTest::newRow("trailing comma, object") << QByteArray("{\"a\": 1,}") << 8 << QStringLiteral("trailing comma");
        QTest::newRow("trailing comma, array") << QByteArray("[1,]") << 3 << QStringLiteral("trailing comma");
        QTest::newRow("unclosed object") << QByteArray("{\"a\": 1") << 7 << QStringLiteral("'}' is missing");
        QTest::newRow("unclosed array") << QByteArray("[1, 2") << 5 << QStringLiteral("']' is missing");
        QTest::newRow("unclosed string") << QByteArray("{\"a\": \"b") << 6 << QStringLiteral("closing '\"'");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 5 << QStringLiteral("':' is missing");
        QTest::newRow("unquoted key") << QByteArray("{a: 1}") << 1 << QStringLiteral("member name in double");
        QTest::newRow("single quotes") << QByteArray("{\"a\": 'b'}") << 6 << QStringLiteral("single quotes");
        QTest::newRow("unknown word") << QByteArray("{\"a\": yes}") << 6 << QStringLiteral("unknown word");
        QTest::newRow("leading zero") << QByteArray("[07]") << 1 << QStringLiteral("may not start with 0");
        QTest::newRow("bare minus") << QByteArray("[-]") << 1 << QStringLiteral("expected after '-'");
        QTest::newRow("dot without digits") << QByteArray("[1.]") << 1 << QStringLiteral("decimal point");
        QTest::newRow("empty exponent") << QByteArray("[1e]") << 1 << QStringLiteral("exponent");
        QTest::newRow("bad escape") << QByteArray("[\"\\x\"]") << 2 << QStringLiteral("not an escape");
        QTest::newRow("short unicode escape") << QByteArray("[\"\\u12\"]") << 2 << QStringLiteral("four hexadecimal");
        QTest::newRow("tab in a string") << QByteArray("[\"a\tb\"]") << 3 << QStringLiteral("U+0009");
        QTest::newRow("invalid UTF-8") << QByteArray("[\"a\xFF\"]") << 3 << QStringLiteral("not valid UTF-8");
        QTest::newRow("cut UTF-8") << QByteArray("[\"a\xE2\x82") << 3 << QStringLiteral("inside a UTF-8");
        QTest::newRow("text after the value") << QByteArray("{} {}") << 3 << QStringLiteral("more text after");
        QTest::newRow("empty") << QByteArray("  ") << 2 << QStringLiteral("empty");
        QTest::newRow("nothing after colon") << QByteArray("{\"a\":") << 5 << QStringLiteral("'}' is missing");
        QTest::newRow("byte-order mark at a string's start")
            << QByteArray("{\"\xEF\xBB\xBFk\": 1}") << 2 << QStringLiteral("byte-order mark");
        QTest::newRow("escaped byte-order mark at a string's start")
            << QByteArray("[\"\\ufeffx\"]") << 2 << QStringLiteral("byte-order mark");
        QTest::newRow("stray character") << QByteArray("[1, @]") << 4 << QStringLiteral("a value");
    }

    void mistakesAreNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QFETCH(QString, words);
        const auto error = checkJsonSyntax(text);
        QVERIFY(error.has_value());
        QVERIFY2(error->message.contains(words), qPrintable(error->message));
        QCOMPARE(error->offset, qsizetype(offset));
    }

    void depthIsBounded()
    {
        const QByteArray ok = QByteArray(DefaultJsonMaxDepth, '[') + QByteArray(DefaultJsonMaxDepth, ']');
        QVERIFY(!checkJsonSyntax(ok));
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        const auto error = checkJsonSyntax(deep);
        QVERIFY(error.has_value());
        QCOMPARE(error->offset, qsizetype(DefaultJsonMaxDepth));
        QVERIFY(error->message.contains(QLatin1String("nested more than 512")));
        QVERIFY(checkJsonSyntax("{\"a\":[[[1]]]}", 3).has_value());
        QVERIFY(!checkJsonSyntax("{\"a\":[[1]]}", 3).has_value());
    }

    void readJsonTextGivesLineAndColumn()
    {
        const JsonTextResult r = readJsonText("{\n  \"temperature\": 0.9\n  \"top_p\": 1\n}");
        QVERIFY(!r.ok);
        QCOMPARE(r.line, 3);
        QCOMPARE(r.column, 3);
        QVERIFY2(r.error.contains(QLatin1String("a comma is missing")), qPrintable(r.error));
        // A byte-order mark is not an error.
        QVERIFY(readJsonText("\xEF\xBB\xBF{\"a\":1}").ok);
    }

    // Laid out for people, with every byte of every key, string and number kept in its order.
    void indentKeepsOrderAndBytes()
    {
        // (Not a raw string: moc 6.4 loses its way on \" inside one.)
        const QByteArray compact = "{\"z\":1.50,\"a\":{\"s\":\"x, y: {\\\"q\\\"} \\\\\",\"e\":{},\"l\":[]},"
                                   "\"n\":[1,[2,{}],\"]\"]}";
        const QByteArray expected = "{\n"
                                    "    \"z\": 1.50,\n"
                                    "    \"a\": {\n"
                                    "        \"s\": \"x, y: {\\\"q\\\"} \\\\\",\n"
                                    "        \"e\": {},\n"
                                    "        \"l\": []\n"
                                    "    },\n"
                                    "    \"n\": [\n"
                                    "        1,\n"
                                    "        [\n"
                                    "            2,\n"
                                    "            {}\n"
                                    "        ],\n"
                                    "        \"]\"\n"
                                    "    ]\n"
                                    "}";
        QCOMPARE(indentJsonText(compact), expected);
        // Already indented text, or text with other spacing, gives the same layout.
        QCOMPARE(indentJsonText(expected), expected);
        QCOMPARE(indentJsonText(" { \"k\" :\t[ ] }\n"), QByteArray("{\n    \"k\": []\n}"));
        QCOMPARE(indentJsonText("\"\u00e9 \\\" ok\""), QByteArray("\"\u00e9 \\\" ok\""));
        // It reads back as the same value.
        QCOMPARE(readJsonText(indentJsonText(compact)).value, readJsonText(compact).value);
    }
};

QTEST_GUILESS_MAIN(TestJsonSyntax)
#include "tst_jsonsyntax.moc"
