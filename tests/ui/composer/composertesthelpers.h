#pragma once

#include "composerwidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolBox>

#include <memory>

// Small helpers for the composer GUI tests: find widgets by object name, click and type.
namespace testhelpers {

template<typename T> T *find(QObject *root, const char *name)
{
    T *widget = root->findChild<T *>(QString::fromLatin1(name));
    if (!widget) {
        qWarning("widget not found: %s", name);
    }
    return widget;
}

inline void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    // Near the left edge: check boxes and radio buttons only react on their indicator and text.
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(qMin(12, button->width() / 2), button->height() / 2));
}

// Chooses a row of a non-editable combo box with the keyboard.
inline void chooseWithKeys(QComboBox *combo, int index)
{
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    QCOMPARE(combo->currentIndex(), index);
}

// Replaces the text of the focused editor by typing.
inline void retype(QWidget *widget, const QString &text)
{
    QVERIFY(widget);
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete);
    QTest::keyClicks(widget, text);
}

// Ends editing in an item view's editor; views commit on Return through a queued call.
inline void commit(QWidget *editor)
{
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

// Opens the page of the tool box that holds `sectionName`, as a person would before using it.
inline void openSection(QWidget *root, const char *sectionName)
{
    QWidget *section = find<QWidget>(root, sectionName);
    QVERIFY(section);
    auto *toolBox = find<QToolBox>(root, "sectionsToolBox");
    QVERIFY(toolBox);
    for (int i = 0; i < toolBox->count(); ++i) {
        if (toolBox->widget(i)->isAncestorOf(section)) {
            toolBox->setCurrentIndex(i);
        }
    }
    QVERIFY(section->isVisible());
    QCoreApplication::processEvents();
}

// Test settings that never touch the user's own (call from initTestCase).
inline void useTestSettings(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RunLensTests"));
    QCoreApplication::setApplicationName(applicationName);
}

// Shows a top-level widget at a usable size and waits until it is active (call from init).
inline void showActive(QWidget *widget)
{
    QSettings().clear();
    widget->resize(640, 680);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    widget->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(widget));
}

inline QJsonObject parse(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

inline QByteArray pretty(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

inline QJsonObject json(const QByteArray &text)
{
    return parse(text);
}

// The body the composer would send, as an object.
inline QJsonObject body(const rl::ComposerWidget &composer)
{
    return parse(composer.requestBody());
}

// The problem mark a field carries once validation has run: "error", "warning" or empty.
inline QString mark(const QWidget *widget)
{
    return widget ? widget->property("rlProblem").toString() : QStringLiteral("<missing>");
}

// Clicks `which` in the next message box that opens within five seconds (a question asked from
// inside an action). The flag turns true once it was clicked.
inline std::shared_ptr<bool> answerNextMessageBox(QMessageBox::StandardButton which)
{
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(QCoreApplication::instance()); // gone with the application at the latest
    const QDeadlineTimer deadline(5000);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, which, answered, deadline] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            if (QAbstractButton *button = box->button(which)) {
                *answered = true;
                QTest::mouseClick(button, Qt::LeftButton);
            }
            timer->deleteLater();
        } else if (deadline.hasExpired()) {
            timer->deleteLater();
        }
    });
    timer->start(20);
    return answered;
}

inline void typeAssistant(QWidget *composer, const QString &id)
{
    auto *combo = find<QComboBox>(composer, "assistantComboBox");
    QVERIFY(combo);
    retype(combo, id);
}

} // namespace testhelpers
