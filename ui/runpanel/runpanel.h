#pragma once

#include "apiclient.h"
#include "apierror.h"
#include "runsession.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>
#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class RunPanel;
}

class QAction;

namespace rl {

class ConversationTab;
class EventsTab;
class HttpTab;
class RunInspector;
class StepsTab;
class TimelineTab;
class ToolOutputsForm;

// The right half of the main window: what happens after Send, live. A header (status badge,
// elapsed time, assistant, model, copyable thread and run ids, Cancel), an error banner, the
// requires-action form, and the tabs Timeline, Conversation, Steps, Events, HTTP and Inspector.
//
// The panel only talks to a RunSession: attach each new session as soon as it is created
// (before or right after start()); the panel clears itself so that runs never mix.
class RunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override;

    // Follows this session from now on (the previous one is detached; all tabs are cleared).
    // The panel does not own the session. nullptr only detaches.
    void attachSession(rl::RunSession *session);
    void detachSession();
    [[nodiscard]] RunSession *session() const { return m_session; }
    // Clears the header, the banner and every tab.
    void clear();
    // Shows the request as sent (the exact body given to RunSession::start()): its
    // thread.messages open the conversation, before the assistant's reply. Call it right after
    // attachSession(); a body that is not a JSON object shows no request messages.
    void showRequest(const QByteArray &body);
    // True while the panel shows its "fill in the request and press Send" hint (no run yet).
    [[nodiscard]] bool isEmptyHintShown() const;

    // Shows a failure in plain words with the API's type, code, param and request id; emits
    // fieldHighlightRequested(param) when param is set. Usable without a session (for example
    // when the request could not even be sent).
    void showError(const rl::ApiError &error);
    void clearError();
    [[nodiscard]] bool isErrorShown() const; // the banner is shown (an error or a notice)
    // The banner shows an error (the run failed), not a notice of something RunLens worked around.
    [[nodiscard]] bool bannerLooksLikeAnError() const { return isErrorShown() && m_bannerIsError; }
    [[nodiscard]] QString errorText() const;

    // Opens any JSON object in the Inspector tab.
    void inspect(const QJsonValue &value, const QString &title);
    // Cancels the attached run (same as the Cancel button and Esc).
    void cancelRun();
    // "Cancel run" (Esc), enabled while the run can be cancelled. Its shortcut works anywhere in
    // the window: put it in the window's Run menu.
    [[nodiscard]] QAction *cancelAction() const { return m_cancelAction; }
    // "Timeline" (Ctrl+1) ... "Inspector" (Ctrl+6): shows that tab, wherever the focus is.
    [[nodiscard]] QList<QAction *> tabActions() const { return m_tabActions; }

    [[nodiscard]] QString status() const;
    [[nodiscard]] QJsonObject finalRun() const { return m_finalRun; }
    [[nodiscard]] TimelineTab *timelineTab() const;
    [[nodiscard]] ConversationTab *conversationTab() const;
    [[nodiscard]] StepsTab *stepsTab() const;
    [[nodiscard]] EventsTab *eventsTab() const;
    [[nodiscard]] HttpTab *httpTab() const;
    [[nodiscard]] RunInspector *inspector() const;
    [[nodiscard]] ToolOutputsForm *toolOutputsForm() const;

Q_SIGNALS:
    // The user pressed Cancel (or Esc) while a run was active; the panel has already called
    // session()->cancel().
    void cancelRequested();
    // An API error named a request field (error.param, e.g. "temperature" or
    // "thread.messages[0].content"): the composer should highlight it.
    void fieldHighlightRequested(const QString &jsonPath);
    // The attached run ended: finished (finalRun set) or failed (finalRun empty).
    void runEnded(const QJsonObject &finalRun);

private:
    void onStatusChanged(const QString &status, qint64 atMs);
    void onRunUpdated(const QJsonObject &run);
    void onRequiresAction(const QJsonArray &toolCalls, qint64 expiresAt);
    void onFinished(const QJsonObject &finalRun);
    void onFailed(const rl::ApiError &error);
    void onNotice(const rl::ApiError &error);
    void submitOutputs(const QList<rl::ToolOutput> &outputs);
    void tick();
    void endRun();
    void setActive(bool active);
    void keepFocusOffCancel(bool cancelStays);
    void setCancelEnabled(bool enabled);
    void setEmptyHintShown(bool shown);
    void onPhaseChanged(int phase);
    enum class Banner { Notice, Error };
    void showBanner(const QString &title, const rl::ApiError &error, Banner look = Banner::Error);

    std::unique_ptr<::Ui::RunPanel> m_ui;
    QPointer<RunSession> m_session;
    QTimer *m_clock;
    QAction *m_cancelAction;
    QList<QAction *> m_tabActions;
    QJsonObject m_finalRun;
    int m_lastPhase = 0;
    bool m_bannerIsError = false;
};

} // namespace rl
