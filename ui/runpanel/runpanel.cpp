#include "runpanel.h"

#include "ui_runpanel.h"

#include "conversationtab.h"
#include "eventstab.h"
#include "httptab.h"
#include "runformat.h"
#include "runinspector.h"
#include "runsession.h"
#include "runstatus.h"
#include "statusbadge.h"
#include "stepstab.h"
#include "timelinetab.h"
#include "tooloutputsform.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>

namespace rl {

namespace {

constexpr int ClockMs = 200;

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::RunPanel>())
    , m_clock(new QTimer(this))
    , m_cancelAction(new QAction(tr("&Cancel run"), this))
{
    m_ui->setupUi(this);
    m_ui->emptyHintLabel->setText(
        tr("Fill in the request on the left and press Send (Ctrl+Enter). The run appears here as it happens."));
    m_ui->emptyHintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->emptyHintLabel->setContentsMargins(24, 24, 24, 24);
    m_ui->errorBannerFrame->hide();
    m_ui->toolOutputsForm->hide();
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->errorIconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize, iconSize));
    m_ui->errorBannerFrame->setBackgroundRole(QPalette::AlternateBase);
    m_ui->errorBannerFrame->setAutoFillBackground(true);

    m_clock->setInterval(ClockMs);
    connect(m_clock, &QTimer::timeout, this, &RunPanel::tick);
    connect(m_ui->cancelRunPushButton, &QPushButton::clicked, this, &RunPanel::cancelRun);
    m_cancelAction->setObjectName(QStringLiteral("cancelRunAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    m_cancelAction->setToolTip(tr("Cancel the run that is going on (Esc)"));
    m_cancelAction->setEnabled(false);
    addAction(m_cancelAction); // Esc works wherever the focus is in the window
    connect(m_cancelAction, &QAction::triggered, this, &RunPanel::cancelRun);
    QTabWidget *tabs = m_ui->runTabWidget;
    for (int i = 0; i < tabs->count() && i < 9; ++i) {
        auto *show = new QAction(tabs->tabText(i), this);
        show->setObjectName(QStringLiteral("showRunTabAction%1").arg(i + 1));
        show->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        show->setShortcutContext(Qt::WindowShortcut);
        show->setToolTip(tr("Show the run's %1 tab").arg(tabs->tabText(i)));
        connect(show, &QAction::triggered, tabs, [tabs, i] { tabs->setCurrentIndex(i); });
        addAction(show);
        m_tabActions.append(show);
    }
    connect(m_ui->dismissErrorToolButton, &QToolButton::clicked, this, &RunPanel::clearError);
    connect(m_ui->copyThreadIdToolButton, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->threadIdLineEdit->text()); });
    connect(m_ui->copyRunIdToolButton, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->runIdLineEdit->text()); });
    connect(m_ui->toolOutputsForm, &ToolOutputsForm::submitRequested, this, &RunPanel::submitOutputs);
    connect(m_ui->toolOutputsForm, &ToolOutputsForm::cancelRequested, this, &RunPanel::cancelRun);
    connect(m_ui->conversationTab, &ConversationTab::inspectRequested, this, &RunPanel::inspect);
    connect(m_ui->stepsTab, &StepsTab::inspectRequested, this, &RunPanel::inspect);
    connect(m_ui->eventsTab, &EventsTab::inspectRequested, this, &RunPanel::inspect);
    clear();
}

RunPanel::~RunPanel() = default;

TimelineTab *RunPanel::timelineTab() const
{
    return m_ui->timelineTab;
}
ConversationTab *RunPanel::conversationTab() const
{
    return m_ui->conversationTab;
}
StepsTab *RunPanel::stepsTab() const
{
    return m_ui->stepsTab;
}
EventsTab *RunPanel::eventsTab() const
{
    return m_ui->eventsTab;
}
HttpTab *RunPanel::httpTab() const
{
    return m_ui->httpTab;
}
RunInspector *RunPanel::inspector() const
{
    return m_ui->runInspector;
}
ToolOutputsForm *RunPanel::toolOutputsForm() const
{
    return m_ui->toolOutputsForm;
}

QString RunPanel::status() const
{
    return m_ui->statusBadge->status();
}

void RunPanel::clear()
{
    m_clock->stop();
    m_finalRun = {};
    clearError();
    m_ui->statusBadge->setStatus(QString());
    m_ui->elapsedLabel->clear();
    m_ui->assistantLabel->clear();
    m_ui->modelLabel->clear();
    m_ui->threadIdLineEdit->clear();
    m_ui->runIdLineEdit->clear();
    m_ui->toolOutputsForm->clear();
    m_ui->toolOutputsForm->hide();
    m_ui->timelineTab->clear();
    m_ui->conversationTab->clear();
    m_ui->stepsTab->clear();
    m_ui->eventsTab->clear();
    m_ui->httpTab->clear();
    m_ui->runInspector->clear();
    setActive(false);
    setEmptyHintShown(m_session == nullptr);
}

void RunPanel::setEmptyHintShown(bool shown)
{
    m_ui->emptyHintLabel->setVisible(shown);
    m_ui->runContentWidget->setVisible(!shown);
}

bool RunPanel::isEmptyHintShown() const
{
    return !m_ui->emptyHintLabel->isHidden();
}

void RunPanel::showRequest(const QByteArray &body)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QJsonArray messages
        = request.value(QLatin1String("thread")).toObject().value(QLatin1String("messages")).toArray();
    m_ui->conversationTab->setRequestMessages(messages);
    m_ui->conversationTab->flush();
    setEmptyHintShown(false);
}

void RunPanel::detachSession()
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = nullptr;
    m_clock->stop();
    setActive(false);
}

void RunPanel::attachSession(RunSession *session)
{
    detachSession();
    clear();
    if (session == nullptr) {
        return;
    }
    m_session = session;
    setEmptyHintShown(false);
    // The reply streaming in is what the user wants to see first.
    m_ui->runTabWidget->setCurrentWidget(m_ui->conversationTab);
    m_ui->stepsTab->setLive(true);
    m_ui->eventsTab->setLive(true);
    connect(session, &RunSession::statusChanged, this, &RunPanel::onStatusChanged);
    connect(session, &RunSession::eventReceived, m_ui->eventsTab, &EventsTab::addEvent);
    connect(session, &RunSession::runUpdated, this, &RunPanel::onRunUpdated);
    connect(session, &RunSession::messageUpdated, m_ui->conversationTab, &ConversationTab::updateMessage);
    connect(session, &RunSession::textAppended, m_ui->conversationTab, &ConversationTab::appendText);
    connect(session, &RunSession::stepUpdated, m_ui->stepsTab, &StepsTab::updateStep);
    connect(session, &RunSession::stepUpdated, m_ui->conversationTab, &ConversationTab::updateStep);
    connect(session, &RunSession::requiresAction, this, &RunPanel::onRequiresAction);
    connect(session, &RunSession::httpExchange, m_ui->httpTab, &HttpTab::addExchange);
    connect(session, &RunSession::errorOccurred, this, &RunPanel::onNotice);
    m_lastPhase = static_cast<int>(session->phase());
    connect(session, &RunSession::phaseChanged, this,
            [this](RunSession::Phase phase) { onPhaseChanged(static_cast<int>(phase)); });
    connect(session, &RunSession::finished, this, &RunPanel::onFinished);
    connect(session, &RunSession::failed, this, &RunPanel::onFailed);
    if (session->isReplay()) {
        showBanner(tr("A replay of a saved stream: nothing is sent to a server, and the times are those of the "
                      "original run."),
                   ApiError::ofKind(ApiError::Kind::StreamError, QString()), Banner::Notice);
    }

    // A session attached after start() may already have a picture: show it.
    if (!session->run().isEmpty()) {
        onRunUpdated(session->run());
    }
    if (!session->status().isEmpty()) {
        onStatusChanged(session->status(), session->elapsedMs());
    }
    const bool active = session->isActive() || session->phase() == RunSession::Phase::Idle;
    setActive(active);
    if (active) {
        m_clock->start();
        tick();
    }
}

void RunPanel::setActive(bool active)
{
    keepFocusOffCancel(active);
    m_ui->cancelRunPushButton->setVisible(active);
    setCancelEnabled(active);
}

void RunPanel::keepFocusOffCancel(bool cancelStays)
{
    // A Cancel button that goes away would hand the focus to the next field (the thread id):
    // it goes to the run's tabs instead, where the person watches the result.
    if (!cancelStays && m_ui->cancelRunPushButton->hasFocus()) {
        m_ui->runTabWidget->setFocus(Qt::OtherFocusReason);
    }
}

void RunPanel::setCancelEnabled(bool enabled)
{
    keepFocusOffCancel(enabled);
    m_ui->cancelRunPushButton->setEnabled(enabled);
    m_cancelAction->setEnabled(enabled && m_ui->cancelRunPushButton->isVisibleTo(this));
}

void RunPanel::tick()
{
    const RunSession *session = m_session.data();
    if (session == nullptr) {
        m_clock->stop();
        return;
    }
    const qint64 elapsed = session->elapsedMs();
    m_ui->elapsedLabel->setText(tr("Elapsed: %1").arg(RunFormat::durationMs(elapsed)));
    m_ui->timelineTab->setNow(elapsed);
    if (!session->isActive() && session->phase() != RunSession::Phase::Idle) {
        m_clock->stop();
    }
}

void RunPanel::onStatusChanged(const QString &status, qint64 atMs)
{
    m_ui->statusBadge->setStatus(status);
    m_ui->timelineTab->addTransition(status, atMs);
    if (status != QLatin1String("requires_action")) {
        m_ui->toolOutputsForm->hide();
    }
    if (isTerminalRunStatus(status)) {
        setCancelEnabled(false);
        m_ui->conversationTab->setRunEnded(status);
    } else if (status == QLatin1String("cancelling")) {
        setCancelEnabled(false);
    }
}

void RunPanel::onPhaseChanged(int phase)
{
    const auto previous = static_cast<RunSession::Phase>(std::exchange(m_lastPhase, phase));
    if (static_cast<RunSession::Phase>(phase) != RunSession::Phase::Polling || previous != RunSession::Phase::Streaming
        || m_session == nullptr) {
        return;
    }
    // The stream ended before the run did: the session follows the run by polling from here.
    m_ui->eventsTab->addNote(tr("(stream dropped)"),
                             tr("The stream ended before the run did; RunLens follows the run by polling."),
                             m_session->elapsedMs());
    m_ui->timelineTab->addNote(tr("stream dropped, followed by polling"));
}

void RunPanel::onRunUpdated(const QJsonObject &run)
{
    const auto field = [&run](const char *key) { return run.value(QLatin1String(key)).toString(); };
    if (!field("assistant_id").isEmpty()) {
        m_ui->assistantLabel->setText(tr("Assistant: %1").arg(field("assistant_id")));
    }
    if (!field("model").isEmpty()) {
        m_ui->modelLabel->setText(tr("Model: %1").arg(field("model")));
    }
    if (!field("thread_id").isEmpty() && m_ui->threadIdLineEdit->text() != field("thread_id")) {
        m_ui->threadIdLineEdit->setText(field("thread_id"));
        m_ui->threadIdLineEdit->setCursorPosition(0); // a narrow field shows the id's start
    }
    if (!field("id").isEmpty() && m_ui->runIdLineEdit->text() != field("id")) {
        m_ui->runIdLineEdit->setText(field("id"));
        m_ui->runIdLineEdit->setCursorPosition(0);
    }
}

void RunPanel::onRequiresAction(const QJsonArray &toolCalls, qint64 expiresAt)
{
    m_ui->statusBadge->setStatus(QStringLiteral("requires_action"));
    m_ui->toolOutputsForm->setToolCalls(toolCalls, expiresAt);
    m_ui->toolOutputsForm->show();
    m_ui->conversationTab->flush();
}

void RunPanel::submitOutputs(const QList<ToolOutput> &outputs)
{
    if (m_session) {
        m_session->submitToolOutputs(outputs);
    }
}

void RunPanel::cancelRun()
{
    if (!m_session || !m_session->isActive()) {
        return;
    }
    setCancelEnabled(false);
    m_session->cancel();
    Q_EMIT cancelRequested();
}

void RunPanel::endRun()
{
    tick();
    m_clock->stop();
    const qint64 end = m_session ? m_session->elapsedMs() : 0;
    m_ui->timelineTab->finish(end);
    const QString status = m_ui->statusBadge->status();
    m_ui->conversationTab->setRunEnded(isTerminalRunStatus(status) ? status : QStringLiteral("failed"));
    m_ui->conversationTab->renderNow(); // formatting left of a fast stream goes on in the next turns
    m_ui->stepsTab->setLive(false);
    m_ui->eventsTab->setLive(false);
    m_ui->eventsTab->flush();
    m_ui->toolOutputsForm->hide();
    setActive(false);
}

void RunPanel::onFinished(const QJsonObject &finalRun)
{
    m_finalRun = finalRun;
    onRunUpdated(finalRun);
    const QString status = finalRun.value(QLatin1String("status")).toString();
    if (!status.isEmpty()) {
        m_ui->statusBadge->setStatus(status);
    }
    endRun();
    m_ui->runInspector->setJson(finalRun, tr("Final run %1").arg(finalRun.value(QLatin1String("id")).toString()));
    // A run that did not complete says why in plain words.
    const RunEnd end = RunEnd::of(finalRun);
    if (end.hasError()) {
        // The server's own words are the title (they say "The run failed because ..." already);
        // the details are its code, once.
        ApiError error = ApiError::ofKind(ApiError::Kind::StreamError, QString());
        error.code = end.errorCode;
        showBanner(
            end.errorMessage.isEmpty()
                ? tr("The run %1, and the server gave no reason.").arg(RunFormat::statusLook(status).text.toLower())
                : end.errorMessage,
            error);
    } else if (end.status == RunStatus::Incomplete) {
        ApiError error = ApiError::ofKind(ApiError::Kind::StreamError,
                                          tr("The run stopped early (%1).").arg(end.incompleteReason));
        showBanner(tr("The run is incomplete: it stopped early because of %1.").arg(end.incompleteReason), error);
    } else if (end.status == RunStatus::Expired) {
        ApiError error = ApiError::ofKind(ApiError::Kind::StreamError, tr("The run expired."));
        showBanner(tr("The run expired: the tool outputs were not sent in time, or it ran too long."), error);
    }
    emit runEnded(finalRun);
}

void RunPanel::onFailed(const ApiError &error)
{
    endRun();
    if ((m_session != nullptr) && !m_session->run().isEmpty()) {
        m_ui->runInspector->setJson(m_session->run(), tr("Last known run object"));
    }
    showError(error);
    Q_EMIT runEnded({});
}

void RunPanel::onNotice(const ApiError &error)
{
    showBanner(tr("RunLens worked around a problem and follows the run: %1").arg(error.summary()), error,
               Banner::Notice);
}

void RunPanel::showError(const ApiError &error)
{
    showBanner(error.summary(), error);
    if (!error.param.isEmpty()) {
        Q_EMIT fieldHighlightRequested(error.param);
    }
}

void RunPanel::showBanner(const QString &title, const ApiError &error, Banner look)
{
    QString text = QStringLiteral("<b>") + html(title) + QStringLiteral("</b>");
    // The details, each line once: not the summary or the title again, and not the facts below.
    QStringList lines;
    const QString summary = error.summary();
    if (!error.message.isEmpty() || error.kind != ApiError::Kind::StreamError) {
        for (const QString &line : error.details(false).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line != summary && !title.contains(line)) {
                lines.append(line);
            }
        }
    }
    if (!lines.isEmpty()) {
        text += QStringLiteral("<br>") + html(lines.join(QLatin1Char('\n')));
    }
    QStringList facts;
    if (error.httpStatus > 0) {
        facts.append(tr("HTTP status: %1").arg(error.httpStatus));
    }
    if (!error.type.isEmpty()) {
        facts.append(tr("Type: %1").arg(error.type));
    }
    if (!error.code.isEmpty()) {
        facts.append(tr("Code: %1").arg(error.code));
    }
    if (!error.param.isEmpty()) {
        facts.append(tr("Field: %1").arg(error.param));
    }
    if (!error.requestId.isEmpty()) {
        facts.append(tr("Request id: %1").arg(error.requestId));
    }
    if (!facts.isEmpty()) {
        text += QStringLiteral("<br>") + html(facts.join(QStringLiteral(" \u00b7 ")));
    }
    // A notice (something worked around) keeps its look when the run then completes.
    m_bannerIsError = look == Banner::Error;
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->errorIconLabel->setPixmap(
        style()
            ->standardIcon(m_bannerIsError ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation)
            .pixmap(iconSize, iconSize));
    m_ui->errorTextLabel->setText(text);
    m_ui->errorBannerFrame->setAccessibleDescription(title);
    m_ui->errorBannerFrame->show();
}

void RunPanel::clearError()
{
    m_ui->errorTextLabel->clear();
    m_ui->errorBannerFrame->hide();
}

bool RunPanel::isErrorShown() const
{
    return !m_ui->errorBannerFrame->isHidden();
}

QString RunPanel::errorText() const
{
    QTextDocument doc;
    doc.setHtml(m_ui->errorTextLabel->text());
    return doc.toPlainText();
}

void RunPanel::inspect(const QJsonValue &value, const QString &title)
{
    m_ui->runInspector->setJson(value, title);
    setEmptyHintShown(false);
    m_ui->runTabWidget->setCurrentWidget(m_ui->runInspector);
}

} // namespace rl
