#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "activeconnection.h"
#include "appcontext.h"
#include "appearance.h"
#include "appinfo.h"
#include "assistantsdialog.h"
#include "codemenu.h"
#include "composerwidget.h"
#include "connectionbar.h"
#include "connectioncontext.h"
#include "draftstore.h"
#include "elidedlabel.h"
#include "focusareas.h"
#include "keypromptdialog.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "requestfields.h"
#include "runcontroller.h"
#include "runpanel.h"
#include "runsession.h"
#include "settings.h"
#include "streamfiles.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QStyle>
#include <QToolButton>
#include <QUrl>

namespace rl {

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<::Ui::MainWindow>())
    , m_context(context)
    , m_appearance(new Appearance(context->settings(), this))
    , m_connectionBar(new ConnectionBar(context->connections(), this))
    , m_streamFiles(new StreamFiles(context->runs(), this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/runlens-256.png")));
    m_ui->connectionToolBar->addWidget(m_connectionBar);
    // Shown while `runlens --base-url` overrides the profiles for this session.
    // Elided in the middle: a long address must not push Assistants and Send into the overflow.
    auto *overrideLabel = new ElidedLabel(this);
    overrideLabel->setObjectName(QStringLiteral("sessionOverrideLabel"));
    overrideLabel->setElideMode(Qt::ElideMiddle);
    overrideLabel->setContentsMargins(8, 0, 8, 0);
    QAction *overrideAction = m_ui->connectionToolBar->addWidget(overrideLabel);
    overrideAction->setVisible(false);
    connect(context, &AppContext::connectionReady, this, [context, overrideLabel, overrideAction](const QString &) {
        overrideAction->setVisible(context->hasSessionBaseUrl());
        overrideLabel->setText(tr("This session uses %1").arg(context->runs()->connection().baseUrl));
        overrideLabel->setToolTip(
            overrideLabel->text() + QLatin1Char('\n')
            + tr("Started with --base-url: runs go to this server until you choose a connection."));
    });
    m_ui->mainSplitter->setStretchFactor(0, 5);
    m_ui->mainSplitter->setStretchFactor(1, 6);
    setUpMenus();

    auto *connectionLabel = new QLabel(this);
    connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    statusBar()->addPermanentWidget(connectionLabel);

    RunController *runs = context->runs();
    ComposerWidget *composerWidget = composer();
    RunPanel *panel = runPanel();

    connect(composerWidget, &ComposerWidget::sendRequested, this, &MainWindow::send);
    connect(composerWidget, &ComposerWidget::modifiedChanged, this, &MainWindow::updateTitle);
    connect(composerWidget, &ComposerWidget::fileNameChanged, this, &MainWindow::updateTitle);
    connect(runs, &RunController::assistantsLoaded, composerWidget, &ComposerWidget::setAssistants);
    connect(runs, &RunController::modelsLoaded, composerWidget, &ComposerWidget::setModels);
    connect(runs, &RunController::catalogFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not list the server's assistants: %1").arg(message), 8000);
    });
    connect(runs, &RunController::sessionStarted, panel, &RunPanel::attachSession);
    connect(panel, &RunPanel::fieldHighlightRequested, composerWidget, &ComposerWidget::highlightField);

    connect(context, &AppContext::connectionReady, connectionLabel, &QLabel::setText);
    connect(context, &AppContext::connectionFailed, this, [this, connectionLabel](const QString &message) {
        connectionLabel->setText(tr("Not connected"));
        statusBar()->showMessage(message, 10000);
    });
    connect(context, &AppContext::historyRecorded, this, [this](qint64 id, const QString &error) {
        if (id < 0 && !error.isEmpty()) {
            statusBar()->showMessage(tr("The run could not be saved in the history: %1").arg(error), 8000);
        }
    });
    connect(m_connectionBar, &ConnectionBar::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    const QByteArray geometry = context->settings()->value(SettingKeys::mainWindowGeometry);
    if (!geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
    const QByteArray splitter = context->settings()->value(SettingKeys::mainWindowState);
    if (!splitter.isEmpty()) {
        m_ui->mainSplitter->restoreState(splitter);
    }
    updateTitle();
}

MainWindow::~MainWindow() = default;

ComposerWidget *MainWindow::composer() const
{
    return m_ui->composerWidget;
}

RunPanel *MainWindow::runPanel() const
{
    return m_ui->runPanel;
}

void MainWindow::setUpMenus()
{
    const QList<QAction *> fileActions = composer()->fileActions();
    QAction *quit = m_ui->quitAction;
    m_ui->fileMenu->insertActions(quit, fileActions);
    m_ui->fileMenu->insertAction(quit, m_streamFiles->replayAction());
    auto *codeMenu = new CodeMenu(m_ui->fileMenu);
    m_ui->fileMenu->insertMenu(quit, codeMenu);
    connect(codeMenu, &CodeMenu::chosen, this, &MainWindow::copyAsCode);
    m_ui->fileMenu->insertSeparator(quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *sendAction = composer()->sendAction();
    m_ui->runMenu->addAction(sendAction);
    QAction *cancelAction = runPanel()->cancelAction();
    m_ui->runMenu->addAction(cancelAction);
    m_ui->runMenu->addSeparator();
    m_ui->runMenu->addAction(m_streamFiles->saveAction());
    connect(m_ui->runMenu, &QMenu::aboutToShow, m_streamFiles, &StreamFiles::refresh);
    connect(m_streamFiles, &StreamFiles::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // The media icons in the colour of the buttons' text, so that they show on dark buttons too.
    const auto paintIcons = [this, sendAction, cancelAction] {
        const QColor colour = QApplication::palette().color(QPalette::ButtonText);
        sendAction->setIcon(Appearance::tinted(style()->standardIcon(QStyle::SP_MediaPlay), colour));
        cancelAction->setIcon(Appearance::tinted(style()->standardIcon(QStyle::SP_MediaStop), colour));
    };
    paintIcons();
    connect(m_appearance, &Appearance::schemeChanged, this, paintIcons);
    connect(m_ui->assistantsAction, &QAction::triggered, this, &MainWindow::showAssistants);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->connectionToolBar->addWidget(spacer);
    m_ui->assistantsAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_ui->connectionToolBar->addAction(m_ui->assistantsAction);
    if (auto *button = qobject_cast<QToolButton *>(m_ui->connectionToolBar->widgetForAction(m_ui->assistantsAction))) {
        button->setObjectName(QStringLiteral("assistantsToolButton"));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    m_ui->connectionToolBar->addAction(sendAction);
    if (auto *sendButton = qobject_cast<QToolButton *>(m_ui->connectionToolBar->widgetForAction(sendAction))) {
        sendButton->setObjectName(QStringLiteral("sendToolButton"));
        sendButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        sendButton->setAutoRaise(false);
        QFont bold = sendButton->font();
        bold.setBold(true);
        sendButton->setFont(bold);
        sendButton->setMinimumWidth(96);
    }

    auto *areas = new FocusAreas(this);
    areas->addArea(composer());
    areas->addArea(runPanel());
    areas->addArea(m_connectionBar);
    connect(m_ui->nextAreaAction, &QAction::triggered, areas, &FocusAreas::focusNext);
    connect(m_ui->previousAreaAction, &QAction::triggered, areas, &FocusAreas::focusPrevious);
    m_ui->viewMenu->addActions(runPanel()->tabActions());
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addMenu(m_appearance->createMenu(m_ui->viewMenu));

    connect(m_ui->welcomeAction, &QAction::triggered, this, &MainWindow::showWelcome);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

AssistantsDialog *MainWindow::assistantsDialog() const
{
    return m_assistantsDialog.data();
}

void MainWindow::showAssistants()
{
    if (m_assistantsDialog) {
        m_assistantsDialog->raise();
        m_assistantsDialog->activateWindow();
        return;
    }
    auto *dialog = new AssistantsDialog(m_context->assistants(), this);
    dialog->setObjectName(QStringLiteral("assistantsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBuiltInToolsOffered(!m_context->connections()->active()->runsOnChatModel());
    m_assistantsDialog = dialog;
    dialog->show();
}

bool MainWindow::openRequestFile(const QString &fileName, QString *error) const
{
    return composer()->loadFromFile(fileName, error);
}

void MainWindow::restoreLastRequest()
{
    QString error;
    if (const std::optional<Draft> draft = m_context->drafts()->load(&error)) {
        composer()->restore(draft->fileName, draft->body);
    } else if (!error.isEmpty()) {
        statusBar()->showMessage(error, 15000);
    }
}

void MainWindow::send()
{
    ComposerWidget *composerWidget = composer();
    if (!composerWidget->isSendable()) {
        const QString why = composerWidget->whyNotSendable();
        statusBar()->showMessage(tr("Not sent: %1").arg(why), 8000);
        emit sendRefused(why);
        return;
    }
    if (!m_context->runs()->hasConnection()) {
        const QString why = tr("no server is connected yet. Wait for the connection, or choose another one.");
        statusBar()->showMessage(tr("Not sent: %1").arg(why), 8000);
        emit sendRefused(why);
        return;
    }
    m_context->runs()->send(composerWidget->requestToSend());
    runPanel()->showRequest(m_context->runs()->currentBody());
}

void MainWindow::copyAsCode(CodeExport::Language language)
{
    ComposerWidget *composerWidget = composer();
    if (!composerWidget->isSendable()) {
        statusBar()->showMessage(tr("Not copied: %1").arg(composerWidget->whyNotSendable()), 8000);
        return;
    }
    if (!m_context->runs()->hasConnection()) {
        statusBar()->showMessage(tr("Not copied: no server is connected yet, so the code would not know where to "
                                    "send the request."),
                                 8000);
        return;
    }
    QGuiApplication::clipboard()->setText(
        CodeExport::render(language, m_context->runs()->connection(), composerWidget->requestToSend()));
    const Connection &connection = m_context->runs()->connection();
    const QString where = QUrl(connection.baseUrl.trimmed()).adjusted(QUrl::RemoveUserInfo).toDisplayString();
    statusBar()->showMessage(
        connection.authStyle == Connection::AuthStyle::None
            ? tr("Copied as %1 for %2.").arg(CodeMenu::label(language), where)
            : tr("Copied as %1 for %2. The key is read from OPENAI_API_KEY; it is not in the code.")
                  .arg(CodeMenu::label(language), where),
        8000);
}

void MainWindow::updateTitle()
{
    const QString file = composer()->fileName();
    if (file.isEmpty()) {
        setWindowTitle(tr("RunLens"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1[*] — RunLens").arg(QFileInfo(file).fileName()));
    setWindowModified(composer()->isModified());
}

void MainWindow::showWelcomeIfFirstStart()
{
    if (!WelcomeDialog::shouldShow(*m_context->settings())) {
        return;
    }
    showWelcome();
    // On the very first start, offer a request that can be sent as it is, once the server has
    // said which assistants it has (the built-in server answers within milliseconds).
    connect(m_context->runs(), &RunController::assistantsLoaded, this, &MainWindow::offerStarterRequest,
            Qt::SingleShotConnection);
}

void MainWindow::offerStarterRequest(const QJsonArray &assistants) const
{
    ComposerWidget *composerWidget = composer();
    if (assistants.isEmpty() || !composerWidget->fileName().isEmpty()
        || !composerWidget->request().assistantId.value().isEmpty()) {
        return; // never replace something the person has started
    }
    QString assistantId = assistants.first().toObject().value(QLatin1String("id")).toString();
    for (const QJsonValue assistant : assistants) {
        const QString id = assistant.toObject().value(QLatin1String("id")).toString();
        if (id == QLatin1String("asst_runlens_echo")) {
            assistantId = id;
        }
    }
    Message message;
    message.role = QStringLiteral("user");
    message.content = MessageContent { MessageContent::Kind::Text, tr("Hello! What can you show me?"), {} };
    CreateThreadAndRunRequest request;
    request.assistantId = assistantId;
    request.thread.ensure().messages = QList<Message> { message };
    request.stream = true;
    composerWidget->setRequest(request);
    // Open the section that holds what Send will send.
    composerWidget->openSectionFor(jsonPath(&CreateThreadAndRunRequest::thread, &Thread::messages));
}

void MainWindow::showWelcome()
{
    auto *dialog = new WelcomeDialog(m_context->settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WelcomeDialog::addServerRequested, m_connectionBar, &ConnectionBar::newProfile);
    connect(dialog, &WelcomeDialog::localModelRequested, this, [this] {
        m_context->connections()->profiles()->setActiveProfile(QLatin1String(ConnectionProfile::BuiltInId));
        m_connectionBar->editActiveProfile();
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RunLens"),
                       tr("<h3>RunLens %1</h3>"
                          "<p>Launch and inspect runs of the Assistants API (create thread and run).</p>"
                          "<p>OpenAI shut its hosted Assistants API down on 26 August 2026. RunLens works with "
                          "servers that still speak the protocol and ships its own local server, which works "
                          "offline.</p>")
                           .arg(QStringLiteral(RUNLENS_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_confirmOnClose
        && !composer()->askToSave(tr("Keep your request?"),
                                  tr("The request in the composer has changes that are not saved in a file. Save "
                                     "them in a file before closing? Either way the composer shows this request "
                                     "again at the next start."))) {
        event->ignore();
        return;
    }
    // The request comes back at the next start (nothing secret is in a request body).
    QString error;
    if (m_keepLastRequest
        && !m_context->drafts()->save({ composer()->fileName(), composer()->request().toJson() }, &error)) {
        qWarning("%s", qPrintable(error));
    }
    m_context->settings()->setValue(SettingKeys::mainWindowGeometry, saveGeometry());
    m_context->settings()->setValue(SettingKeys::mainWindowState, m_ui->mainSplitter->saveState());
    event->accept();
}

} // namespace rl
