#include "composerwidget.h"

#include "ui_composerwidget.h"

#include "assistantsection.h"
#include "composersection.h"
#include "conversationsection.h"
#include "deliverysection.h"
#include "generationsection.h"
#include "jsontext.h"
#include "metadatasection.h"
#include "toolresourcessection.h"
#include "toolssection.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QToolBox>

namespace rl {

namespace {

constexpr int PathRole = Qt::UserRole + 1;
const char kOriginalToolTip[] = "rlOriginalToolTip";

// Error and warning marks: a frame in a colour picked by the palette's lightness plus a tooltip
// that starts with the words "Error" or "Warning" (never colour alone).
QString markColour(const QPalette &palette, bool error)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (error) {
        return dark ? QStringLiteral("#ff6b6b") : QStringLiteral("#c0001a");
    }
    return dark ? QStringLiteral("#ffd166") : QStringLiteral("#a86400");
}

// The composer's palette, not the marked widget's: when the palette changes, the composer hears
// of it before its children do.
QString markStyle(const QWidget *widget, const QPalette &palette, bool error)
{
    return QStringLiteral("#%1 { border: 2px %2 %3; }")
        .arg(widget->objectName(), error ? QStringLiteral("solid") : QStringLiteral("dashed"),
             markColour(palette, error));
}

} // namespace

ComposerWidget::ComposerWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComposerWidget>())
    , m_validationTimer(new QTimer(this))
    , m_newAction(new QAction(tr("&New request"), this))
    , m_openAction(new QAction(tr("&Open request…"), this))
    , m_saveAction(new QAction(tr("&Save request"), this))
    , m_saveAsAction(new QAction(tr("Save request &as…"), this))
    , m_sendAction(new QAction(tr("Se&nd"), this))
    , m_recentMenu(new QMenu(tr("Open &recent"), this))
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    // Remove the page Designer puts into an empty tool box.
    while (m_ui->sectionsToolBox->count() > 0) {
        QWidget *page = m_ui->sectionsToolBox->widget(0);
        m_ui->sectionsToolBox->removeItem(0);
        delete page;
    }

    m_assistant = new AssistantSection;
    m_conversation = new ConversationSection;
    m_tools = new ToolsSection;
    m_toolResources = new ToolResourcesSection;
    m_generation = new GenerationSection;
    m_metadata = new MetadataSection;
    m_delivery = new DeliverySection;
    addSection(m_assistant, tr("Assistant (assistant_id, model, instructions)"));
    addSection(m_conversation, tr("Conversation (thread)"));
    addSection(m_tools, tr("Tools (tools)"));
    addSection(m_toolResources, tr("Tool resources (tool_resources)"));
    addSection(m_generation, tr("Generation (temperature, tokens, format, tool choice)"));
    addSection(m_metadata, tr("Metadata (metadata)"));
    addSection(m_delivery, tr("Delivery (stream)"));
    connect(m_assistant, &AssistantSection::chosenAssistantChanged, this,
            [this] { m_tools->setAssistantTools(m_assistant->toolsOfChosenAssistant()); });
    // A click on a section's header keeps the focus on that header: otherwise the focus leaves with
    // the page that closes, to whatever widget of the window comes next.
    for (QAbstractButton *header : m_ui->sectionsToolBox->findChildren<QAbstractButton *>()) {
        header->setFocusPolicy(Qt::StrongFocus);
    }
    // Alt+1 … Alt+7 open the sections from the keyboard.
    for (int i = 0; i < m_ui->sectionsToolBox->count(); ++i) {
        auto *open = new QAction(this);
        open->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(open, &QAction::triggered, this, [this, i] {
            m_ui->composerTabWidget->setCurrentWidget(m_ui->formTab);
            m_ui->sectionsToolBox->setCurrentIndex(i);
            m_ui->sectionsToolBox->widget(i)->nextInFocusChain()->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(open);
        m_ui->sectionsToolBox->setItemToolTip(i, tr("%1 (Alt+%2)").arg(m_ui->sectionsToolBox->itemText(i)).arg(i + 1));
    }

    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(ValidationDelayMs);
    connect(m_validationTimer, &QTimer::timeout, this, [this] { showProblems(); });

    connect(m_ui->jsonBodyEditor, &JsonEditor::edited, this, [this] {
        if (!m_ui->jsonBodyEditor->isValid()) {
            return; // the status label explains; the form keeps its values
        }
        const QJsonDocument doc = QJsonDocument::fromJson(m_ui->jsonBodyEditor->text().toUtf8());
        applyBody(doc.object(), true);
    });
    m_ui->jsonBodyEditor->setEmptyAllowed(false);
    m_ui->jsonBodyEditor->setObjectRequired(true);
    connect(m_ui->jsonBodyEditor, &JsonEditor::validityChanged, this,
            [this](bool valid, const QString &error, int line, int column) {
                m_ui->jsonStatusLabel->setText(valid ? tr("Valid JSON: the form shows this body.")
                                                     : tr("Not applied: line %1, column %2: %3. Your edit is kept as "
                                                          "typed; Send is off until you fix it or discard it.")
                                                           .arg(line)
                                                           .arg(column)
                                                           .arg(error));
                showJsonEditState();
            });
    for (QPushButton *discard : { m_ui->discardJsonEditPushButton, m_ui->discardJsonTabEditPushButton }) {
        connect(discard, &QPushButton::clicked, this, &ComposerWidget::discardJsonEdit);
    }
    connect(m_ui->showJsonEditPushButton, &QPushButton::clicked, this, [this] { highlightField(jsonTabPath()); });
    // Problems wrap instead of running off to the right.
    m_ui->problemsListWidget->setWordWrap(true);
    m_ui->problemsListWidget->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->problemsListWidget->setResizeMode(QListView::Adjust);
    connect(m_ui->composerTabWidget, &QTabWidget::currentChanged, this, [this] {
        // Leaving the JSON tab: show the body the form really holds (an unapplied edit stays).
        if (m_ui->composerTabWidget->currentWidget() != m_ui->jsonTab && !hasUnappliedJsonEdit()) {
            m_ui->jsonBodyEditor->setJson(m_request.toJsonBytes(JsonFormat::Indented));
        }
    });
    connect(m_ui->problemsListWidget, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { highlightField(item->data(PathRole).toString()); });
    connect(m_ui->problemsListWidget, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { highlightField(item->data(PathRole).toString()); });

    // Actions.
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Start a new request for the same assistant"));
    m_newAction->setObjectName(QStringLiteral("newRequestAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a request body from a .json file"));
    m_openAction->setObjectName(QStringLiteral("openRequestAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the request body to its .json file"));
    m_saveAction->setObjectName(QStringLiteral("saveRequestAction"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setToolTip(tr("Save the request body to a new .json file"));
    m_saveAsAction->setObjectName(QStringLiteral("saveRequestAsAction"));
    m_recentMenu->setObjectName(QStringLiteral("recentRequestsMenu"));
    m_recentMenu->menuAction()->setObjectName(QStringLiteral("recentRequestsAction"));
    m_sendAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_sendAction->setObjectName(QStringLiteral("sendRequestAction"));
    m_sendAction->setToolTip(tr("Send the request (Ctrl+Enter)"));
    connect(m_newAction, &QAction::triggered, this, [this] { newRequest(); });
    connect(m_openAction, &QAction::triggered, this, [this] { openInteractive(); });
    connect(m_saveAction, &QAction::triggered, this, [this] { saveInteractive(false); });
    connect(m_saveAsAction, &QAction::triggered, this, [this] { saveInteractive(true); });
    connect(m_sendAction, &QAction::triggered, this, [this] {
        if (isSendable()) {
            Q_EMIT sendRequested();
        } else {
            const Problems all = problems();
            for (const Problem &problem : all) {
                if (problem.isError()) {
                    highlightField(problem.path);
                    break;
                }
            }
        }
    });
    addActions({ m_newAction, m_openAction, m_saveAction, m_saveAsAction, m_sendAction });
    rebuildRecentMenu();

    rebuild(JsonTab::Replace); // the empty editor is not an edit of the person's
    setSavedBody();
    showProblems();
}

ComposerWidget::~ComposerWidget()
{
    section::silenceChildren(this);
    disconnect(this, nullptr, nullptr, nullptr);
}

void ComposerWidget::addSection(ComposerSection *section, const QString &title)
{
    // Object names: "assistantSection" and "assistantSectionScrollArea" for "rl::AssistantSection".
    QString name = QString::fromLatin1(section->metaObject()->className()).mid(4);
    name[0] = name.at(0).toLower();
    section->setObjectName(name);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(name + QStringLiteral("ScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Word-wrapped hints ask for more width than they need; no section needs a sideways scroll.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from the section's header to its first field
    // Long choices ("Keep last N messages (last_messages)") elide instead of widening the section
    // past a 1024 px window: a combo box needs room for 10 characters, and shows the rest when open.
    for (QComboBox *combo : section->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    scroll->setWidget(section);
    m_ui->sectionsToolBox->addItem(scroll, title);
    // QToolBox wraps each page in a scroll area of its own: no Tab stop either.
    for (QWidget *up = scroll->parentWidget(); up != nullptr && up != m_ui->sectionsToolBox; up = up->parentWidget()) {
        if (auto *wrapper = qobject_cast<QScrollArea *>(up)) {
            wrapper->setFocusPolicy(Qt::NoFocus);
        }
    }
    m_sections.append(section);
    connect(section, &ComposerSection::changed, this, &ComposerWidget::onSectionChanged);
}

void ComposerWidget::onSectionChanged()
{
    if (m_loading) {
        return;
    }
    if (sender() == m_tools) {
        m_generation->setFunctionNames(m_tools->functionNames());
    }
    // What a loaded body had that the form could not show stays reported until the next load.
    rebuild();
}

CreateThreadAndRunRequest ComposerWidget::formRequest() const
{
    CreateThreadAndRunRequest request;
    request.extras = m_extras;
    for (const ComposerSection *section : m_sections) {
        section->writeTo(request);
    }
    return request;
}

void ComposerWidget::rebuild(JsonTab jsonTab)
{
    m_request = formRequest();
    // The JSON tab shows the new body unless it holds the person's unapplied edit, which only a
    // load (replacing everything) or an explicit discard may replace.
    if (jsonTab == JsonTab::Replace || (jsonTab == JsonTab::Refresh && !hasUnappliedJsonEdit())) {
        m_ui->jsonBodyEditor->setJson(m_request.toJsonBytes(JsonFormat::Indented));
    }
    m_validationPending = true;
    m_validationTimer->start();
    updateModified();
    Q_EMIT requestChanged();
}

CreateThreadAndRunRequest ComposerWidget::request() const
{
    return m_request;
}

QByteArray ComposerWidget::requestBody() const
{
    return m_request.toJsonBytes(JsonFormat::Compact);
}

void ComposerWidget::runValidation() const
{
    if (!m_validationPending) {
        return;
    }
    // What the model keeps verbatim because it could not read it (a text for a number, an item of
    // an unknown type) is reported as the reader reports it; the body is only re-read here, in the
    // delayed check, never on each keystroke.
    m_problems.clear();
    if (hasUnappliedJsonEdit()) {
        const JsonEditor *editor = m_ui->jsonBodyEditor;
        m_problems.append({ Problem::Severity::Error, jsonTabPath(),
                            tr("not valid JSON (line %1, column %2: %3). Your edit is kept as typed and not "
                               "applied: fix it or discard it.")
                                .arg(editor->errorLine())
                                .arg(editor->errorColumn())
                                .arg(editor->errorString()) });
    }
    m_problems += CreateThreadAndRunRequest::fromJson(readJsonText(m_request.toJsonBytes()).value).problems;
    m_problems += m_request.validate();
    m_problems += m_loadProblems;
    m_validationPending = false;
}

Problems ComposerWidget::problems() const
{
    runValidation();
    return m_problems;
}

bool ComposerWidget::isSendable() const
{
    return !hasErrors(problems());
}

QString ComposerWidget::whyNotSendable() const
{
    const Problems all = problems();
    qsizetype errors = 0;
    QString first;
    for (const Problem &problem : all) {
        if (problem.isError()) {
            if (errors == 0) {
                first = fieldTitle(problem.path) + QStringLiteral(": ") + problem.message;
            }
            ++errors;
        }
    }
    if (errors == 0) {
        return {};
    }
    return errors == 1 ? tr("Cannot send: %1").arg(first)
                       : tr("Cannot send: %1 (and %n more problem(s))", nullptr, int(errors - 1)).arg(first);
}

bool ComposerWidget::streamSelected() const
{
    return m_delivery->isStreaming();
}

CreateThreadAndRunRequest ComposerWidget::requestToSend() const
{
    CreateThreadAndRunRequest request = m_request;
    request.stream = streamSelected();
    return request;
}

QString ComposerWidget::fieldTitle(const QString &path) const
{
    if (path == jsonTabPath()) {
        return tr("JSON tab");
    }
    return path == bodyPath() ? tr("Request") : path;
}

ComposerSection *ComposerWidget::sectionForPath(const QString &path) const
{
    for (ComposerSection *section : m_sections) {
        for (const QString &key : section->keys()) {
            if (section::pathStartsWith(path, key)) {
                return section;
            }
        }
    }
    return nullptr;
}

void ComposerWidget::showProblems()
{
    m_validationTimer->stop();
    const Problems all = problems();
    clearMarks();
    m_ui->problemsListWidget->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Problem &problem : all) {
        const QString text = (problem.isError() ? tr("Error — %1: %2") : tr("Warning — %1: %2"))
                                 .arg(fieldTitle(problem.path), problem.message);
        auto *item = new QListWidgetItem(problem.isError() ? errorIcon : warningIcon, text);
        item->setData(PathRole, problem.path);
        item->setToolTip(text);
        m_ui->problemsListWidget->addItem(item);
        if (ComposerSection *section = sectionForPath(problem.path)) {
            if (QWidget *widget = section->widgetForPath(problem.path, false)) {
                markWidget(widget, problem);
            }
        }
    }
    if (all.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No problems found."));
        item->setFlags(Qt::ItemIsEnabled);
        m_ui->problemsListWidget->addItem(item);
    }
    const bool sendable = !hasErrors(all);
    const QString why = whyNotSendable();
    m_ui->sendStatusLabel->setText(sendable ? tr("Ready to send (Ctrl+Enter).") : why);
    // Send is off while there are errors, and its tooltip says why.
    m_sendAction->setEnabled(sendable);
    m_sendAction->setToolTip(sendable ? tr("Send the request (Ctrl+Enter)") : why);
    m_sendAction->setStatusTip(m_sendAction->toolTip());
    if (sendable != m_lastSendable || why != m_lastWhy) {
        m_lastSendable = sendable;
        m_lastWhy = why;
        Q_EMIT sendabilityChanged(sendable, why);
    }
}

void ComposerWidget::clearMarks()
{
    for (const QPointer<QWidget> &widget : std::as_const(m_marked)) {
        if (widget) {
            widget->setStyleSheet(QString());
            widget->setToolTip(widget->property(kOriginalToolTip).toString());
            widget->setProperty("rlProblem", QVariant());
        }
    }
    m_marked.clear();
}

void ComposerWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // The marks' colours depend on the palette (light or dark): paint them again.
        for (const QPointer<QWidget> &marked : std::as_const(m_marked)) {
            if (QWidget *widget = marked.data()) {
                const bool error = widget->property("rlProblem").toString() == QLatin1String("error");
                widget->setStyleSheet(markStyle(widget, palette(), error));
            }
        }
    }
}

void ComposerWidget::markWidget(QWidget *widget, const Problem &problem)
{
    const QString previous = widget->property("rlProblem").toString();
    if (previous == QLatin1String("error") && !problem.isError()) {
        return; // an error mark wins over a warning mark
    }
    if (previous.isEmpty()) {
        widget->setProperty(kOriginalToolTip, widget->toolTip());
        m_marked.append(widget);
    }
    widget->setProperty("rlProblem", problem.isError() ? QStringLiteral("error") : QStringLiteral("warning"));
    widget->setStyleSheet(markStyle(widget, palette(), problem.isError()));
    const QString prefix = problem.isError() ? tr("Error: %1") : tr("Warning: %1");
    const QString original = widget->property(kOriginalToolTip).toString();
    widget->setToolTip(prefix.arg(problem.message)
                       + (original.isEmpty() ? QString() : QStringLiteral("\n\n") + original));
}

void ComposerWidget::highlightField(const QString &jsonPath)
{
    // API errors may name a parameter with brackets around keys; "a[b]" is read as "a.b".
    static const QRegularExpression bracketKey(QStringLiteral("\\[([A-Za-z_][A-Za-z0-9_]*)\\]"));
    QString path = jsonPath;
    path.replace(bracketKey, QStringLiteral(".\\1"));
    ComposerSection *section = sectionForPath(path);
    if (!section) {
        m_ui->composerTabWidget->setCurrentWidget(m_ui->jsonTab);
        m_ui->jsonBodyEditor->moveCursorToError();
        m_ui->jsonBodyEditor->setFocus();
        return;
    }
    m_ui->composerTabWidget->setCurrentWidget(m_ui->formTab);
    for (int i = 0; i < m_ui->sectionsToolBox->count(); ++i) {
        auto *scroll = qobject_cast<QScrollArea *>(m_ui->sectionsToolBox->widget(i));
        if (scroll && scroll->widget() == section) {
            m_ui->sectionsToolBox->setCurrentIndex(i);
            QWidget *widget = section->widgetForPath(path, true);
            showProblems();
            if (widget) {
                scroll->ensureWidgetVisible(widget);
                widget->setFocus(Qt::OtherFocusReason);
                const Problems all = problems();
                bool marked = false;
                for (const Problem &problem : all) {
                    if (problem.path == path) {
                        markWidget(widget, problem);
                        marked = true;
                    }
                }
                if (!marked) {
                    // A field named by the server, not by the local checks.
                    markWidget(widget, { Problem::Severity::Error, path, tr("the server reported a problem here") });
                }
            }
            return;
        }
    }
}

void ComposerWidget::openSectionFor(const QString &jsonPath)
{
    const ComposerSection *section = sectionForPath(jsonPath);
    for (int i = 0; section && i < m_ui->sectionsToolBox->count(); ++i) {
        auto *scroll = qobject_cast<QScrollArea *>(m_ui->sectionsToolBox->widget(i));
        if (scroll && scroll->widget() == section) {
            m_ui->composerTabWidget->setCurrentWidget(m_ui->formTab);
            m_ui->sectionsToolBox->setCurrentIndex(i);
        }
    }
}

void ComposerWidget::setAssistants(const QJsonArray &assistants)
{
    m_assistant->setAssistants(assistants);
}

void ComposerWidget::setModels(const QStringList &models)
{
    m_assistant->setModels(models);
}

bool ComposerWidget::isModified() const
{
    return requestBody() != m_savedBody;
}

void ComposerWidget::setSavedBody()
{
    m_savedBody = requestBody();
    updateModified();
}

void ComposerWidget::updateModified()
{
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

} // namespace rl
