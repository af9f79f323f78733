// The server's deterministic pieces, without HTTP.
#include "arithmetic.h"
#include "pagination.h"
#include "replygenerator.h"
#include "toolplanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerLogic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arithmetic_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("result");
        QTest::newRow("precedence") << u"calculate 2+3*4"_s << u"2+3*4"_s << u"14"_s;
        QTest::newRow("parens") << u"what is (1 + 2) * -3?"_s << u"(1 + 2) * -3"_s << u"-9"_s;
        QTest::newRow("division") << u"compute 7/2 please"_s << u"7/2"_s << u"3.5"_s;
        QTest::newRow("true division is a float") << u"calculate 6/2"_s << u"6/2"_s << u"3.0"_s;
        QTest::newRow("power") << u"calculate 2**10"_s << u"2**10"_s << u"1024"_s;
        QTest::newRow("power binds tighter than minus") << u"calculate -2**2"_s << u"-2**2"_s << u"-4"_s;
        QTest::newRow("power is right-associative") << u"calculate 2**3**2"_s << u"2**3**2"_s << u"512"_s;
        QTest::newRow("negative exponent") << u"calculate 2**-1"_s << u"2**-1"_s << u"0.5"_s;
        QTest::newRow("modulo takes the divisor's sign") << u"calculate -7 % 3"_s << u"-7 % 3"_s << u"2"_s;
        QTest::newRow("modulo negative divisor") << u"calculate 7 % -3"_s << u"7 % -3"_s << u"-2"_s;
        QTest::newRow("float modulo") << u"calculate 5.5 % 2"_s << u"5.5 % 2"_s << u"1.5"_s;
        QTest::newRow("floor division") << u"calculate -7 // 2"_s << u"-7 // 2"_s << u"-4"_s;
        QTest::newRow("float repr") << u"calculate 0.1+0.2"_s << u"0.1+0.2"_s << u"0.30000000000000004"_s;
        QTest::newRow("float times int") << u"calculate 1.5*2"_s << u"1.5*2"_s << u"3.0"_s;
    }
    void arithmetic()
    {
        QFETCH(QString, text);
        QFETCH(QString, expression);
        QFETCH(QString, result);
        QCOMPARE(rl::server::Arithmetic::findExpression(text), expression);
        const auto v = rl::server::Arithmetic::evaluate(expression);
        QVERIFY2(v.value.has_value(), qPrintable(v.error));
        QCOMPARE(rl::server::Arithmetic::format(*v.value), result);
    }
    void arithmeticErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("error");
        QTest::newRow("1/0") << u"1/0"_s << u"ZeroDivisionError: division by zero"_s;
        QTest::newRow("1%0") << u"1%0"_s << u"ZeroDivisionError: integer modulo by zero"_s;
        QTest::newRow("1.0/0") << u"1.0/0"_s << u"ZeroDivisionError: float division by zero"_s;
        QTest::newRow("2+") << u"2+"_s << u"SyntaxError: invalid syntax"_s;
    }
    void arithmeticErrors()
    {
        QFETCH(QString, expression);
        QFETCH(QString, error);
        const auto v = rl::server::Arithmetic::evaluate(expression);
        QVERIFY(!v.value.has_value());
        QCOMPARE(v.error, error);
    }
    void printedLikePython()
    {
        QCOMPARE(rl::server::Arithmetic::printed(u"2**10"_s), u"1024\n"_s);
        QCOMPARE(rl::server::Arithmetic::printed(u"1/0"_s),
                 u"Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
                 "ZeroDivisionError: division by zero\n"_s);
    }
    void replyWordCount()
    {
        rl::server::ReplyGenerator::Input in;
        in.userText = u"Hello"_s;
        QVERIFY2(rl::server::ReplyGenerator::reply(in).startsWith(u"You wrote 1 word: \"Hello\"."_s),
                 qPrintable(rl::server::ReplyGenerator::reply(in)));
        in.userText = u"Hello there"_s;
        QVERIFY(rl::server::ReplyGenerator::reply(in).startsWith(u"You wrote 2 words: \"Hello there\"."_s));
    }

    void argumentsFromSchema()
    {
        const QJsonObject schema = QJsonDocument::fromJson(R"({"type":"object","properties":{
            "city":{"type":"string"},"unit":{"type":"string","enum":["fahrenheit","celsius"]},
            "days":{"type":"integer"},"ok":{"type":"boolean"},"tags":{"type":"array"},"optional":{"type":"string"}},
            "required":["city","unit","days","ok","tags"]})")
                                       .object();
        const QJsonObject args = rl::server::ToolPlanner::argumentsFor(schema, u"Weather for Kyoto tomorrow"_s);
        QCOMPARE(args.value(u"city"_s).toString(), u"Kyoto"_s);
        QCOMPARE(args.value(u"unit"_s).toString(), u"fahrenheit"_s);
        QCOMPARE(args.value(u"days"_s).toInt(), 1);
        QCOMPARE(args.value(u"ok"_s).toBool(), true);
        QVERIFY(args.value(u"tags"_s).isArray());
        QVERIFY(!args.contains(u"optional"_s));
    }

    void functionSelection()
    {
        const QJsonArray tools { QJsonObject { { u"type"_s, u"function"_s },
                                               { u"function"_s, QJsonObject { { u"name"_s, u"get_weather"_s } } } } };
        QCOMPARE(rl::server::ToolPlanner::functionCalls(tools, u"auto"_s, true, u"the weather in Rome"_s).size(), 1);
        QCOMPARE(rl::server::ToolPlanner::functionCalls(tools, u"auto"_s, true, u"hello"_s).size(), 0);
        QCOMPARE(rl::server::ToolPlanner::functionCalls(tools, u"required"_s, true, u"hello"_s).size(), 1);
        QCOMPARE(rl::server::ToolPlanner::functionCalls(tools, u"none"_s, true, u"get_weather"_s).size(), 0);
    }

    void replyPiecesJoinBack()
    {
        const QString text = u"{\"a\":\"x  y\"} and  more"_s;
        QCOMPARE(rl::server::ReplyGenerator::pieces(text).join(QString()), text);
        rl::server::ReplyGenerator::Input in;
        in.userText = u"hi there"_s;
        QCOMPARE(rl::server::ReplyGenerator::reply(in), rl::server::ReplyGenerator::reply(in));
        QVERIFY(rl::server::ReplyGenerator::reply(in).contains(u"hi there"_s));
        QCOMPARE(rl::server::ReplyGenerator::requestedWordCount(u"write 300 words"_s), 300);
    }

    void paginationPages()
    {
        QList<QJsonObject> items;
        for (int i = 0; i < 3; ++i)
            items.append(QJsonObject { { u"id"_s, u"m%1"_s.arg(i) } });
        std::optional<rl::server::ServerError> error;
        const QJsonObject page = rl::server::Pagination::page(items, QUrlQuery(u"limit=2"_s), &error);
        QVERIFY(!error);
        QCOMPARE(page.value(u"first_id"_s).toString(), u"m2"_s);
        QCOMPARE(page.value(u"has_more"_s).toBool(), true);
        rl::server::Pagination::page(items, QUrlQuery(u"limit=101"_s), &error);
        QVERIFY(error);
        QCOMPARE(error->param, u"limit"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerLogic)
#include "tst_serverlogic.moc"
