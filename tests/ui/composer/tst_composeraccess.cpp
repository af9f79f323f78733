// Accessibility of the request composer: every control a person can use has a name that a
// screen reader reads (an accessible name, its own text, or a label that is its buddy) and a
// tooltip, in every section and in every state that shows more controls.
#include "composertesthelpers.h"
#include "composerwidget.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace rl;
using namespace testhelpers;

namespace {

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget);
}

// Parts of a composite control (the line edit inside a spin box or combo box, the headers and
// corner button of a table, the tab buttons of a tool box, the popup list of a combo box) take their name from the
// control.
bool isPartOfControl(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (widget->window()->windowType() == Qt::Popup) {
        return true; // the list of a combo box or a completer
    }
    return qobject_cast<const QHeaderView *>(widget)
        || (parent
            && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
                || qobject_cast<const QAbstractItemView *>(parent) || parent->inherits("QToolBox")
                || parent->inherits("QTabBar")));
}

QString nameOf(const QWidget *widget, const QList<QLabel *> &labels)
{
    if (!widget->accessibleName().isEmpty()) {
        return widget->accessibleName();
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && !button->text().isEmpty()) {
        return button->text();
    }
    for (const QLabel *label : labels) {
        if (label->buddy() == widget && !label->text().isEmpty()) {
            return label->text();
        }
    }
    return {};
}

} // namespace

class TestComposerAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlHasANameAndATooltip();
};

void TestComposerAccess::initTestCase()
{
    useTestSettings(QStringLiteral("tst_composeraccess"));
}

void TestComposerAccess::everyControlHasANameAndATooltip()
{
    ComposerWidget composer;
    showActive(&composer);
    // A body that brings out the controls shown only for some values: a message, each tool kind,
    // the thread's advanced resources, static chunking, a JSON schema and kept values.
    composer.setBody(parse(R"({"assistant_id": "a", "temperature": 7, "thread": {"messages": [{"role": "user",
        "content": "hi", "attachments": [{"file_id": "f", "tools": [{"type": "file_search"}]}]}],
        "tool_resources": {"file_search": {"vector_stores": [{"file_ids": ["f"], "chunking_strategy":
        {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}}]}}},
        "tools": [{"type": "code_interpreter"}, {"type": "file_search"}, {"type": "function", "function":
        {"name": "f"}}], "response_format": {"type": "json_schema", "json_schema": {"name": "s"}},
        "metadata": {"k": "v"}})"));
    const QList<QLabel *> labels = composer.findChildren<QLabel *>();
    QStringList unnamed;
    QStringList withoutTooltip;
    const QList<QWidget *> widgets = composer.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!isControl(widget) || isPartOfControl(widget)) {
            continue;
        }
        const QString id
            = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
        if (nameOf(widget, labels).isEmpty()) {
            unnamed.append(id);
        }
        if (widget->toolTip().isEmpty()) {
            withoutTooltip.append(id);
        }
    }
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("no accessible name: ") + unnamed.join(QStringLiteral(", "))));
    QVERIFY2(withoutTooltip.isEmpty(),
             qPrintable(QStringLiteral("no tooltip: ") + withoutTooltip.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestComposerAccess)
#include "tst_composeraccess.moc"
