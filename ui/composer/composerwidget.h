#pragma once

#include "createthreadandrunrequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QTimer;

namespace Ui {
class ComposerWidget;
}

namespace rl {

class ComposerSection;
class AssistantSection;
class ConversationSection;
class ToolsSection;
class ToolResourcesSection;
class GenerationSection;
class MetadataSection;
class DeliverySection;

// The request composer (left half of the main window): every field of POST /v1/threads/runs as
// a form, a JSON tab that shows and accepts the exact body, live validation with problems shown
// at their fields and in a list, and file actions (open, save, save as, recent files).
//
// Wiring in the main window:
//   - add fileActions() to the File menu (they carry Ctrl+O, Ctrl+S, Ctrl+Shift+S and the
//     "Open recent" submenu; the recent list persists in QSettings under composer/recentFiles);
//   - connect sendRequested() to starting a run of requestToSend();
//     it is emitted by sendAction() (Ctrl+Enter / Ctrl+Return inside the composer, or wherever
//     the window puts the action: menu, tool bar) only when isSendable(). The action is disabled
//     while the request has errors and its tooltip says why; sendabilityChanged() carries the
//     same for any other Send button;
//   - Alt+1 … Alt+7 open the form sections (shortcuts live on the composer itself);
//   - feed setAssistants() / setModels() from ApiClient::listAssistants() / listModels();
//   - when the API answers an error whose `param` names a field, call highlightField(param);
//   - use modifiedChanged() for the window title's "*" and to ask before closing.
class ComposerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ComposerWidget(QWidget *parent = nullptr);
    ~ComposerWidget() override;

    // The request as the form holds it.
    [[nodiscard]] CreateThreadAndRunRequest request() const;
    // The exact bytes to send (compact, keys in the spec's order).
    [[nodiscard]] QByteArray requestBody() const;
    void setRequest(const CreateThreadAndRunRequest &request);
    // Fills the form from a JSON object; fields the form cannot show are reported in the
    // problems list (unknown top-level keys are kept and sent as they are).
    void setBody(const QJsonObject &body);

    // Reads a .json body into the form. Returns false (with a message) when the file cannot be
    // read or is not a JSON object; the form is then left as it was.
    bool loadFromFile(const QString &fileName, QString *error = nullptr);
    // Writes the body (indented) and makes the file current. Returns false with a message.
    bool saveToFile(const QString &fileName, QString *error = nullptr);
    [[nodiscard]] QString fileName() const { return m_fileName; }
    // Shows the request of an earlier session: the file it belonged to (if it still exists), with
    // `body` over it; the request counts as changed where the two differ.
    void restore(const QString &fileName, const QJsonObject &body);

    [[nodiscard]] bool isSendable() const;
    [[nodiscard]] QString whyNotSendable() const;
    [[nodiscard]] bool streamSelected() const;
    // The request as Send sends it: "stream" as the Delivery section shows (true or false).
    [[nodiscard]] CreateThreadAndRunRequest requestToSend() const;
    [[nodiscard]] bool isModified() const;
    // With unsaved changes, asks `question` (Save / Discard / Cancel) and saves when asked to;
    // false: the person cancelled, or saving did not happen.
    [[nodiscard]] bool askToSave(const QString &title, const QString &question);
    // File > New request: after asking about unsaved changes, a clean request for the same
    // assistant (one empty user message, streamed), with the message text focused. False when
    // the person kept what they had.
    bool newRequest();
    // All current problems (reading, validation, and fields the form could not show).
    [[nodiscard]] Problems problems() const;

    void setAssistants(const QJsonArray &assistants);
    void setModels(const QStringList &models);

    // Shows and focuses the widget for a JSON path (e.g. an API error's `param`) and marks it.
    void highlightField(const QString &jsonPath);
    // Opens the form's section that holds a JSON path, leaving the focus where it is.
    void openSectionFor(const QString &jsonPath);

    // Open, Save, Save As, and the "Open recent" submenu action.
    [[nodiscard]] QList<QAction *> fileActions() const;
    [[nodiscard]] QAction *sendAction() const { return m_sendAction; }

    // Test seam in the spirit of KeePassXC's FileDialog: when set, the open/save actions ask this
    // function instead of showing a file dialog (argument: true for save).
    void setFileNameProvider(std::function<QString(bool save)> provider);
    // Problems are re-checked this long after the last change (default 150 ms).
    static constexpr int ValidationDelayMs = 150;

Q_SIGNALS:
    void sendabilityChanged(bool sendable, const QString &whyNot);
    void requestChanged();
    void sendRequested();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addSection(ComposerSection *section, const QString &title);
    void onSectionChanged();
    // What a rebuild does to the JSON tab: shows the new body unless it holds an unapplied edit
    // (Refresh), leaves it as typed (Keep: the body came from it), or shows it anyway (Replace: a load).
    enum class JsonTab { Refresh, Keep, Replace };
    void rebuild(JsonTab jsonTab = JsonTab::Refresh);
    [[nodiscard]] bool hasUnappliedJsonEdit() const;
    [[nodiscard]] static QString jsonTabPath();
    void showJsonEditState();
    void discardJsonEdit();
    void applyBody(const QJsonObject &body, bool fromJsonTab);
    void applyRequest(const CreateThreadAndRunRequest &request, bool fromJsonTab);
    void runValidation() const;
    void showProblems();
    void clearMarks();
    void markWidget(QWidget *widget, const Problem &problem);
    void setSavedBody();
    void updateModified();
    void addRecentFile(const QString &fileName);
    void rebuildRecentMenu();
    void openInteractive();
    [[nodiscard]] bool confirmReplace();
    bool loadShowingError(const QString &fileName);
    bool openFileAsked(const QString &fileName);
    bool saveInteractive(bool askName);
    [[nodiscard]] CreateThreadAndRunRequest formRequest() const;
    [[nodiscard]] ComposerSection *sectionForPath(const QString &path) const;
    [[nodiscard]] QString fieldTitle(const QString &path) const;

    std::unique_ptr<Ui::ComposerWidget> m_ui;
    QList<ComposerSection *> m_sections;
    AssistantSection *m_assistant = nullptr;
    ConversationSection *m_conversation = nullptr;
    ToolsSection *m_tools = nullptr;
    ToolResourcesSection *m_toolResources = nullptr;
    GenerationSection *m_generation = nullptr;
    MetadataSection *m_metadata = nullptr;
    DeliverySection *m_delivery = nullptr;

    QJsonObject m_extras; // top-level keys no section owns, kept verbatim
    Problems m_loadProblems; // fields a loaded body had that the form cannot show
    CreateThreadAndRunRequest m_request;
    mutable Problems m_problems;
    mutable bool m_validationPending = true;
    bool m_loading = false;
    bool m_lastSendable = false;
    bool m_lastModified = false;
    QString m_lastWhy;
    QByteArray m_savedBody;
    QString m_fileName;

    QTimer *m_validationTimer;
    QList<QPointer<QWidget>> m_marked;
    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_saveAction;
    QAction *m_saveAsAction;
    QAction *m_sendAction;
    QMenu *m_recentMenu;
    std::function<QString(bool)> m_fileNameProvider;
};

} // namespace rl
