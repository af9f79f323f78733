// The assistant form refuses, at the field, what the server would refuse: the request model's
// rules for assistant bodies, typed or loaded.
#include "assistanteditor.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace rl;

namespace {

QJsonObject function(const QString &name)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("function") },
                         { QStringLiteral("function"),
                           QJsonObject { { QStringLiteral("name"), name },
                                         { QStringLiteral("parameters"),
                                           QJsonObject { { QStringLiteral("type"), QStringLiteral("object") } } } } } };
}

QJsonObject jsonSchemaAssistant()
{
    const QJsonObject schema { { QStringLiteral("name"), QStringLiteral("answer") },
                               { QStringLiteral("schema"),
                                 QJsonObject { { QStringLiteral("type"), QStringLiteral("object") } } } };
    return QJsonObject { { QStringLiteral("model"), QStringLiteral("gpt-4o") },
                         { QStringLiteral("response_format"),
                           QJsonObject { { QStringLiteral("type"), QStringLiteral("json_schema") },
                                         { QStringLiteral("json_schema"), schema } } } };
}

} // namespace

class TestAssistantEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAValidAssistant()
    {
        AssistantEditor editor;
        editor.setAssistant(QJsonObject { { QStringLiteral("model"), QStringLiteral("gpt-4o") },
                                          { QStringLiteral("tools"), QJsonArray { function(QStringLiteral("f")) } } });
        QString problem;
        const QJsonObject fields = editor.fields(false, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(fields.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o"));
    }

    // Two functions with one name: the server refuses the body, so the form does first.
    void refusesTwoFunctionsWithOneName()
    {
        AssistantEditor editor;
        editor.setAssistant(QJsonObject {
            { QStringLiteral("model"), QStringLiteral("gpt-4o") },
            { QStringLiteral("tools"), QJsonArray { function(QStringLiteral("f")), function(QStringLiteral("f")) } } });
        QString problem;
        QVERIFY(editor.fields(false, &problem).isEmpty());
        QVERIFY2(problem.contains(QLatin1String("unique")), qPrintable(problem));
    }

    void schemaNameTypedWithASpaceIsRefusedThere()
    {
        AssistantEditor editor;
        editor.setAssistant(jsonSchemaAssistant());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *name = editor.findChild<QLineEdit *>(QStringLiteral("schemaNameLineEdit"));
        QVERIFY(name);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("my answer"));
        QString problem;
        QVERIFY(editor.fields(false, &problem).isEmpty());
        QVERIFY2(problem.contains(QLatin1String("my answer")), qPrintable(problem));
        QCOMPARE(QApplication::focusWidget(), name);
    }

    void overlongInstructionsAreRefusedThere()
    {
        AssistantEditor editor;
        editor.setAssistant(QJsonObject { { QStringLiteral("model"), QStringLiteral("gpt-4o") },
                                          { QStringLiteral("instructions"), QString(256001, QLatin1Char('x')) } });
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QString problem;
        QVERIFY(editor.fields(false, &problem).isEmpty());
        QVERIFY2(problem.contains(QLatin1String("256,000")), qPrintable(problem));
        QCOMPARE(QApplication::focusWidget(),
                 editor.findChild<QPlainTextEdit *>(QStringLiteral("instructionsPlainTextEdit")));
    }
};

QTEST_MAIN(TestAssistantEditor)
#include "tst_assistanteditor.moc"
