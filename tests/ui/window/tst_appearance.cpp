// Light and dark palettes: chosen from View > Appearance, applied to every widget at once, kept
// for the next start, and readable (text contrast, status badges, JSON colours, problem marks).
#include "appcontext.h"
#include "appearance.h"
#include "composerwidget.h"
#include "jsoneditor.h"
#include "mainwindow.h"
#include "runformat.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <memory>

using namespace rl;

namespace {

QString describe(const QColor &a, const QColor &b)
{
    return QStringLiteral("%1 on %2: %3:1").arg(a.name(), b.name()).arg(Appearance::contrastRatio(a, b), 0, 'f', 2);
}

// Every text role against the background it is drawn on.
QStringList poorContrasts(const QPalette &p, const QString &name)
{
    struct Pair
    {
        QPalette::ColorRole text;
        QPalette::ColorRole background;
        const char *what;
    };
    const Pair pairs[] = {
        { QPalette::Text, QPalette::Base, "Text" },
        { QPalette::WindowText, QPalette::Window, "WindowText" },
        { QPalette::ButtonText, QPalette::Button, "ButtonText" },
        { QPalette::HighlightedText, QPalette::Highlight, "HighlightedText" },
        { QPalette::PlaceholderText, QPalette::Base, "PlaceholderText" },
        { QPalette::Link, QPalette::Base, "Link" },
        { QPalette::ToolTipText, QPalette::ToolTipBase, "ToolTipText" },
        { QPalette::Text, QPalette::AlternateBase, "Text on AlternateBase" },
    };
    QStringList poor;
    for (const Pair &pair : pairs) {
        for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Disabled }) {
            const bool disabled = group == QPalette::Disabled;
            if (disabled && (pair.text == QPalette::Link || pair.text == QPalette::ToolTipText)) {
                continue;
            }
            const QColor fg = p.color(group, pair.text);
            const QColor bg = p.color(group, pair.background);
            if (Appearance::contrastRatio(fg, bg) < (disabled ? 3.0 : 4.5)) {
                poor.append(QStringLiteral("%1 %2%3: %4")
                                .arg(name, QLatin1String(pair.what),
                                     disabled ? QStringLiteral(" (disabled)") : QString(), describe(fg, bg)));
            }
        }
    }
    return poor;
}

// The colours the JSON editor paints its text in, against its own background.
QStringList poorJsonColours(JsonEditor *editor)
{
    QStringList poor;
    const QColor base = editor->palette().color(QPalette::Base);
    int formats = 0;
    for (QTextBlock block = editor->document()->firstBlock(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            ++formats;
            const QColor fg = range.format.foreground().color();
            if (Appearance::contrastRatio(fg, base) < 4.5) {
                poor.append(describe(fg, base));
            }
        }
    }
    if (formats == 0) {
        poor.append(QStringLiteral("the JSON is not coloured at all"));
    }
    return poor;
}

class WindowOnSettings
{
public:
    explicit WindowOnSettings(const QString &dir)
    {
        AppContext::Paths paths;
        paths.settingsFile = dir + QStringLiteral("/runlens.ini");
        paths.historyFile = dir + QStringLiteral("/history.sqlite");
        paths.keychainService = QStringLiteral("RunLensTest-appearance-%1").arg(QCoreApplication::applicationPid());
        context = std::make_unique<AppContext>(paths);
        window = std::make_unique<MainWindow>(context.get());
        window->setConfirmOnClose(false);
        window->resize(1280, 860);
        window->show();
    }
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
};

// Opens a menu of the menu bar with its mnemonic and goes down the given mnemonics.
void chooseFromMenus(QMainWindow *window, const QList<Qt::Key> &keys)
{
    QTest::keyClick(window, keys.first(), Qt::AltModifier);
    for (qsizetype i = 1; i < keys.size(); ++i) {
        QTRY_VERIFY(QApplication::activePopupWidget() != nullptr);
        QTest::keyClick(QApplication::activePopupWidget(), keys.at(i));
        QTest::qWait(50);
    }
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private:
    QColor m_systemBase; // the desktop's Base colour, before RunLens changed anything

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_systemBase = QApplication::palette().color(QPalette::Base);
    }

    void palettesAreReadable()
    {
        QStringList poor = poorContrasts(Appearance::lightPalette(), QStringLiteral("light"));
        poor += poorContrasts(Appearance::darkPalette(), QStringLiteral("dark"));
        QVERIFY2(poor.isEmpty(), qPrintable(poor.join(QLatin1String("; "))));
        QVERIFY(Appearance::darkPalette().color(QPalette::Base).lightness() < 64);
        QVERIFY(Appearance::lightPalette().color(QPalette::Base).lightness() > 192);
        // The status badges are fixed pairs: readable whatever the palette around them.
        for (const char *status : { "", "queued", "in_progress", "requires_action", "cancelling", "cancelled", "failed",
                                    "completed", "incomplete", "expired", "some_new_status" }) {
            const StatusLook look = RunFormat::statusLook(QLatin1String(status));
            QVERIFY2(Appearance::contrastRatio(look.foreground, look.background) >= 7.0,
                     qPrintable(QLatin1String(status) + QLatin1Char(' ') + describe(look.foreground, look.background)));
        }
        QCOMPARE(Appearance::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(Appearance::contrastRatio(Qt::red, Qt::red), 1.0);
    }

    void chosenFromTheViewMenuAndKept()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            WindowOnSettings fixture(dir.path());
            MainWindow *window = fixture.window.get();
            QVERIFY(QTest::qWaitForWindowActive(window));
            QCOMPARE(window->appearance()->scheme(), Appearance::Scheme::System);
            auto *system = window->findChild<QAction *>(QStringLiteral("appearancesystemAction"));
            QVERIFY(system && system->isChecked());

            // A value out of range, so that the form marks a field.
            auto *composer = window->findChild<ComposerWidget *>();
            QVERIFY(composer);
            composer->setBody(QJsonDocument::fromJson(R"({"assistant_id": "asst_runlens_echo", "temperature": 5,
                "thread": {"messages": [{"role": "user", "content": "hi"}]}})")
                                  .object());
            QWidget *marked = nullptr;
            QTRY_VERIFY([&] {
                for (QWidget *w : composer->findChildren<QWidget *>()) {
                    if (w->property("rlProblem").toString() == QLatin1String("error")) {
                        marked = w;
                    }
                }
                return marked != nullptr;
            }());
            QVERIFY2(marked->styleSheet().contains(QLatin1String("#c0001a")), qPrintable(marked->styleSheet()));

            // View > Appearance > Dark, from the keyboard.
            chooseFromMenus(window, { Qt::Key_V, Qt::Key_A, Qt::Key_D });
            QTRY_COMPARE(window->appearance()->scheme(), Appearance::Scheme::Dark);
            QVERIFY(!system->isChecked());
            QVERIFY(window->findChild<QAction *>(QStringLiteral("appearancedarkAction"))->isChecked());
            QCOMPARE(QApplication::palette().color(QPalette::Base), Appearance::darkPalette().color(QPalette::Base));
            QCOMPARE(composer->palette().color(QPalette::Base), Appearance::darkPalette().color(QPalette::Base));
            QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));

            // Send's icon shows on a dark button.
            const QImage play = composer->sendAction()->icon().pixmap(16, 16).toImage();
            QColor drawn(0, 0, 0, 0); // the most opaque pixel
            for (int y = 0; y < play.height(); ++y) {
                for (int x = 0; x < play.width(); ++x) {
                    const QColor pixel = play.pixelColor(x, y);
                    if (pixel.alpha() > drawn.alpha()) {
                        drawn = pixel;
                    }
                }
            }
            const QColor button = Appearance::darkPalette().color(QPalette::Button);
            QVERIFY2(drawn.alpha() > 200 && Appearance::contrastRatio(drawn, button) >= 4.5,
                     qPrintable(describe(drawn, button)));

            // The problem mark and the JSON colours follow the dark background.
            QVERIFY2(marked->styleSheet().contains(QLatin1String("#ff6b6b")), qPrintable(marked->styleSheet()));
            auto *json = composer->findChild<JsonEditor *>(QStringLiteral("jsonBodyEditor"));
            QVERIFY(json);
            composer->findChild<QTabWidget *>(QStringLiteral("composerTabWidget"))->setCurrentIndex(1);
            QTRY_VERIFY(json->isVisible());
            QStringList poor = poorJsonColours(json);
            QVERIFY2(poor.isEmpty(), qPrintable(poor.join(QLatin1String("; "))));

            window->close();
        }
        {
            QSettings ini(dir.filePath(QStringLiteral("runlens.ini")), QSettings::IniFormat);
            QCOMPARE(ini.value(QStringLiteral("ui/appearance")).toString(), QStringLiteral("dark"));
        }
        {
            // The next start is dark from the first paint; Light and then the system's colours.
            QApplication::setPalette(QPalette());
            WindowOnSettings fixture(dir.path());
            MainWindow *window = fixture.window.get();
            QVERIFY(QTest::qWaitForWindowActive(window));
            QCOMPARE(window->appearance()->scheme(), Appearance::Scheme::Dark);
            QCOMPARE(window->palette().color(QPalette::Window), Appearance::darkPalette().color(QPalette::Window));

            chooseFromMenus(window, { Qt::Key_V, Qt::Key_A, Qt::Key_L });
            QTRY_COMPARE(window->appearance()->scheme(), Appearance::Scheme::Light);
            QCOMPARE(window->palette().color(QPalette::Base), Appearance::lightPalette().color(QPalette::Base));
            auto *json = window->findChild<JsonEditor *>(QStringLiteral("jsonBodyEditor"));
            window->findChild<QTabWidget *>(QStringLiteral("composerTabWidget"))->setCurrentIndex(1);
            QTRY_VERIFY(json->isVisible());
            QStringList poor = poorJsonColours(json);
            QVERIFY2(poor.isEmpty(), qPrintable(poor.join(QLatin1String("; "))));

            chooseFromMenus(window, { Qt::Key_V, Qt::Key_A, Qt::Key_S });
            QTRY_COMPARE(window->appearance()->scheme(), Appearance::Scheme::System);
            QCOMPARE(QApplication::palette().color(QPalette::Base), m_systemBase);
            window->close();
        }
        QSettings ini(dir.filePath(QStringLiteral("runlens.ini")), QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("ui/appearance")).toString(), QStringLiteral("system"));
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
