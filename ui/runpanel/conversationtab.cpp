#include "conversationtab.h"

#include "growingbody.h"
#include "jsontreemodel.h"
#include "runformat.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace rl {

namespace {

const QString InspectScheme = QStringLiteral("runlens-inspect");

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// A fenced code block that cannot be closed early by the content.
QString codeBlock(const QString &code, const QString &language = {})
{
    QString fence = QStringLiteral("```");
    while (code.contains(fence)) {
        fence += QLatin1Char('`');
    }
    return fence + language + QLatin1Char('\n') + code + QLatin1Char('\n') + fence + QStringLiteral("\n\n");
}

QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#|").contains(c)) {
            out += QLatin1Char('\\');
        }
        out += c;
    }
    return out;
}

// A request message ("content" a string or parts with plain "text") in the shape of a listed
// message ("content" parts with text.value), so both render alike.
QJsonObject listedShape(const QJsonObject &requestMessage)
{
    QJsonObject message = requestMessage;
    const QJsonValue content = requestMessage.value(QLatin1String("content"));
    const auto textPart = [](const QString &text) {
        return QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                             { QStringLiteral("text"),
                               QJsonObject { { QStringLiteral("value"), text },
                                             { QStringLiteral("annotations"), QJsonArray() } } } };
    };
    QJsonArray parts;
    if (content.isString()) {
        parts.append(textPart(content.toString()));
    }
    const QJsonArray given = content.toArray();
    for (const QJsonValue value : given) {
        const QJsonObject part = value.toObject();
        const QJsonValue text = part.value(QLatin1String("text"));
        parts.append(text.isString() ? textPart(text.toString()) : part);
    }
    message.insert(QStringLiteral("content"), parts);
    if (!message.contains(QLatin1String("role"))) {
        message.insert(QStringLiteral("role"), QStringLiteral("user"));
    }
    return message;
}

// The text parts of a message in the listed shape, concatenated.
QString plainText(const QJsonObject &message)
{
    QString text;
    const QJsonArray content = message.value(QLatin1String("content")).toArray();
    for (const QJsonValue part : content) {
        text += part.toObject().value(QLatin1String("text")).toObject().value(QLatin1String("value")).toString();
    }
    return text;
}

bool isFinalMessage(const QJsonObject &message)
{
    const QString status = str(message, "status");
    return status == QLatin1String("completed") || status == QLatin1String("incomplete");
}

} // namespace

ConversationTab::ConversationTab(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_renderTimer(new QTimer(this))
{
    m_browser->setObjectName(QStringLiteral("conversationTextBrowser"));
    m_browser->setAccessibleName(tr("Conversation"));
    m_browser->setOpenLinks(false);
    m_browser->document()->setUndoRedoEnabled(false); // read-only: an undo stack would copy every fragment
    m_browser->setPlaceholderText(tr("The messages of the thread appear here as the run goes."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(CoalesceMs);
    connect(m_renderTimer, &QTimer::timeout, this, &ConversationTab::render);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ConversationTab::onAnchorClicked);
    // What comes on screen, or into a selection (and so into a copy), is laid out then.
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, &ConversationTab::revealOnScreen);
    connect(m_browser, &QTextBrowser::selectionChanged, this, &ConversationTab::revealSelection);
    m_browser->viewport()->installEventFilter(this);
}

bool ConversationTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize) {
        QTimer::singleShot(0, this, &ConversationTab::revealOnScreen); // once Qt laid out the new width
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationTab::revealOnScreen()
{
    if (m_revealing) {
        return;
    }
    m_revealing = true;
    QScrollBar *bar = m_browser->verticalScrollBar();
    // A revealed chunk is rarely as tall as its placeholder: what then comes on screen is
    // revealed in turn, a few rounds at most.
    for (int round = 0; round < 8; ++round) {
        const bool atBottom = bar->value() >= bar->maximum() - 4;
        const qreal height = m_browser->viewport()->height();
        const qreal top = bar->value();
        bool revealed = false;
        for (const View &view : std::as_const(m_views)) {
            if (view.growing && view.growing->reveal(top, top + height * 1.5)) {
                revealed = true;
            }
        }
        if (!revealed) {
            break;
        }
        if (atBottom) {
            bar->setValue(bar->maximum());
        }
    }
    m_revealing = false;
}

void ConversationTab::revealSelection()
{
    const QTextCursor selection = m_browser->textCursor();
    if (m_revealing || !selection.hasSelection()) {
        return;
    }
    m_revealing = true;
    for (const View &view : std::as_const(m_views)) {
        if (view.growing) {
            view.growing->revealPositions(selection);
        }
    }
    m_revealing = false;
}

void ConversationTab::clear()
{
    m_renderTimer->stop();
    m_items.clear();
    m_messages.clear();
    m_steps.clear();
    m_streamed.clear();
    m_request.clear();
    m_requestIds.clear();
    m_runEndStatus.clear();
    m_views.clear();
    m_shown.clear();
    m_dirtyKeys.clear();
    m_lastTextId.clear();
    m_lastTextIndex = -1;
    m_lastText = nullptr;
    m_lastTextMarked = false;
    m_arrivals = 0;
    m_dirty = false;
    m_orderChanged = false;
    m_browser->clear();
}

QString ConversationTab::displayKey(const QString &messageId) const
{
    const qsizetype slot = m_requestIds.indexOf(messageId);
    return slot >= 0 ? QStringLiteral("r:%1").arg(slot) : QStringLiteral("m:") + messageId;
}

void ConversationTab::touch(bool isStep, const QString &id)
{
    const QString key = (isStep ? QStringLiteral("s:") : QStringLiteral("m:")) + id;
    if (!m_items.contains(key)) {
        m_items.insert(key, { isStep, id, m_arrivals++ });
        m_orderChanged = true;
    }
    markDirty(isStep ? key : displayKey(id));
}

void ConversationTab::markDirty(const QString &key)
{
    m_dirtyKeys.insert(key);
    scheduleRender();
}

void ConversationTab::scheduleRender()
{
    m_dirty = true;
    if (!m_renderTimer->isActive()) {
        m_renderTimer->start();
    }
}

bool ConversationTab::isRenderPending() const
{
    return m_dirty;
}

void ConversationTab::setRequestMessages(const QJsonArray &messages)
{
    m_request.clear();
    m_requestIds.clear();
    for (const QJsonValue value : messages) {
        if (value.isObject()) {
            m_request.append(listedShape(value.toObject()));
            m_requestIds.append(QString());
        }
    }
    m_orderChanged = true;
    for (int i = 0; i < m_request.size(); ++i) {
        markDirty(QStringLiteral("r:%1").arg(i));
    }
    scheduleRender();
}

void ConversationTab::setRunEnded(const QString &runStatus)
{
    m_runEndStatus = runStatus;
    for (const QString &key : std::as_const(m_shown)) {
        m_dirtyKeys.insert(key); // headers say "writing" until the run ends
    }
    scheduleRender();
}

bool ConversationTab::matchRequestMessage(const QString &id, const QJsonObject &message)
{
    if (m_requestIds.contains(id)) {
        return true;
    }
    if (m_items.contains(QStringLiteral("m:") + id) || !str(message, "run_id").isEmpty()) {
        return false; // the run wrote it
    }
    const QString role = str(message, "role");
    const QString text = plainText(message);
    int match = -1;
    for (int i = 0; i < m_request.size() && match < 0; ++i) {
        if (m_requestIds.at(i).isEmpty() && str(m_request.at(i), "role") == role
            && plainText(m_request.at(i)) == text) {
            match = i;
        }
    }
    for (int i = 0; i < m_request.size() && match < 0 && role == QLatin1String("user"); ++i) {
        if (m_requestIds.at(i).isEmpty() && str(m_request.at(i), "role") == role) {
            match = i;
        }
    }
    if (match >= 0) {
        m_requestIds[match] = id;
    }
    return match >= 0;
}

void ConversationTab::updateMessage(const QJsonObject &message)
{
    const QString id = str(message, "id");
    if (id.isEmpty()) {
        return;
    }
    m_messages.insert(id, message);
    m_orderChanged = true; // created_at orders the entries
    if (matchRequestMessage(id, message)) {
        markDirty(displayKey(id)); // shown in the place of the request message it is
        return;
    }
    touch(false, id);
}

void ConversationTab::appendText(const QString &messageId, int contentIndex, const QString &fragment)
{
    if (m_lastText == nullptr || contentIndex != m_lastTextIndex || messageId != m_lastTextId) {
        m_lastText = &m_streamed[messageId][contentIndex];
        m_lastTextId = messageId;
        m_lastTextIndex = contentIndex;
        m_lastTextMarked = false;
    }
    m_lastText->append(fragment);
    if (!m_lastTextMarked) {
        touch(false, messageId);
        m_lastTextMarked = true;
    }
}

void ConversationTab::updateStep(const QJsonObject &step)
{
    const QJsonObject details = step.value(QLatin1String("step_details")).toObject();
    if (str(step, "type") != QLatin1String("tool_calls") && str(details, "type") != QLatin1String("tool_calls")) {
        return; // message_creation steps show up as their message
    }
    const QString id = str(step, "id");
    if (id.isEmpty()) {
        return;
    }
    m_steps.insert(id, step);
    m_orderChanged = true;
    touch(true, id);
}

void ConversationTab::renderNow()
{
    if (m_dirty) {
        render();
    }
}

void ConversationTab::flush()
{
    while (m_dirty) { // a backlog of formatting ends: each render formats more of it
        render();
    }
}

int ConversationTab::partCount(const QString &messageId) const
{
    int count = static_cast<int>(m_messages.value(messageId).value(QLatin1String("content")).toArray().size());
    const auto streamed = m_streamed.value(messageId);
    for (auto it = streamed.cbegin(); it != streamed.cend(); ++it) {
        count = qMax(count, it.key() + 1);
    }
    return count;
}

QString ConversationTab::partText(const QString &messageId, int contentIndex, const QJsonObject &part,
                                  bool *fromStream) const
{
    QString fromObject = part.value(QLatin1String("text")).toObject().value(QLatin1String("value")).toString();
    const QString streamed = m_streamed.value(messageId).value(contentIndex);
    const bool useStream = !(isFinalMessage(m_messages.value(messageId)) && part.contains(QLatin1String("text")))
        && fromObject.size() < streamed.size(); // the completed message is authoritative
    if (fromStream != nullptr) {
        *fromStream = useStream;
    }
    return useStream ? streamed : fromObject;
}

QString ConversationTab::displayedText(const QString &messageId) const
{
    const QJsonArray content = m_messages.value(messageId).value(QLatin1String("content")).toArray();
    QString text;
    const int count = partCount(messageId);
    for (int i = 0; i < count; ++i) {
        const QJsonObject part = content.at(i).toObject();
        const QString type = str(part, "type");
        if (type.isEmpty() || type == QLatin1String("text")) {
            text += partText(messageId, i, part);
        }
    }
    return text;
}

QString ConversationTab::assistantText() const
{
    QStringList texts;
    const QList<Item> items = orderedItems();
    for (const Item &item : items) {
        if (item.isStep) {
            continue;
        }
        const QJsonObject message = m_messages.value(item.id);
        if (!message.isEmpty() && str(message, "role") != QLatin1String("assistant")) {
            continue;
        }
        texts.append(displayedText(item.id));
    }
    return texts.join(QStringLiteral("\n\n"));
}

QList<ConversationTab::Item> ConversationTab::orderedItems() const
{
    QList<Item> items = m_items.values();
    const auto createdAt = [this](const Item &item) -> double {
        const QJsonObject object = item.isStep ? m_steps.value(item.id) : m_messages.value(item.id);
        return object.value(QLatin1String("created_at")).toDouble(-1);
    };
    std::stable_sort(items.begin(), items.end(), [&createdAt](const Item &a, const Item &b) {
        const double ca = createdAt(a);
        const double cb = createdAt(b);
        if (ca >= 0 && cb >= 0 && ca != cb) {
            return ca < cb;
        }
        return a.arrival < b.arrival;
    });
    return items;
}

QString ConversationTab::messageMarkdownHeader(const QJsonObject &message) const
{
    const QString role = str(message, "role");
    const QString who = role == QLatin1String("user")          ? tr("You")
        : role.isEmpty() || role == QLatin1String("assistant") ? tr("Assistant")
                                                               : escapeMarkdown(role);
    QString header = QStringLiteral("**") + who + QStringLiteral("**");
    const QString status = messageStatusText(message);
    if (!status.isEmpty()) {
        header += QStringLiteral(" \u00b7 ") + status;
    }
    const QString id = str(message, "id");
    if (!id.isEmpty()) {
        header += QStringLiteral(" \u00b7 [") + tr("Inspect") + QStringLiteral("](") + InspectScheme
            + QStringLiteral(":message/") + id + QLatin1Char(')');
    }
    return header + QStringLiteral("\n\n");
}

QString ConversationTab::messageStatusText(const QJsonObject &message) const
{
    const QString status = str(message, "status");
    if (status == QLatin1String("completed")) {
        return tr("finished");
    }
    if (status == QLatin1String("incomplete")) {
        const QString reason = str(message.value(QLatin1String("incomplete_details")).toObject(), "reason");
        return tr("incomplete")
            + (reason.isEmpty() ? QString() : QStringLiteral(" (") + escapeMarkdown(reason) + QLatin1Char(')'));
    }
    if (status != QLatin1String("in_progress")) {
        return {};
    }
    if (m_runEndStatus.isEmpty()) {
        return tr("writing\u2026");
    }
    if (m_runEndStatus == QLatin1String("completed")) {
        return tr("finished");
    }
    return tr("stopped (run %1)").arg(RunFormat::statusLook(m_runEndStatus).text.toLower());
}

QString ConversationTab::textPartMarkdown(const QString &text, const QJsonArray &annotations) const
{
    if (annotations.isEmpty()) {
        return text + QStringLiteral("\n\n");
    }
    QString body = text;
    QStringList notes;
    for (const QJsonValue value : annotations) {
        const QJsonObject annotation = value.toObject();
        const int number = static_cast<int>(notes.size()) + 1;
        const QString marker = QStringLiteral(" [%1]").arg(number);
        const QString placeholder = str(annotation, "text");
        if (!placeholder.isEmpty() && body.contains(placeholder)) {
            body.replace(body.indexOf(placeholder), placeholder.size(), marker);
        } else {
            body += marker;
        }
        const QString type = str(annotation, "type");
        if (type == QLatin1String("file_citation")) {
            const QJsonObject citation = annotation.value(QLatin1String("file_citation")).toObject();
            const QString quote = str(citation, "quote");
            notes.append(tr("[%1] Cited file %2").arg(number).arg(escapeMarkdown(str(citation, "file_id")))
                         + (quote.isEmpty()
                                ? QString()
                                : QStringLiteral(": \u201c") + escapeMarkdown(quote) + QStringLiteral("\u201d")));
        } else if (type == QLatin1String("file_path")) {
            const QJsonObject path = annotation.value(QLatin1String("file_path")).toObject();
            notes.append(tr("[%1] File produced by the run: %2").arg(number).arg(escapeMarkdown(str(path, "file_id"))));
        } else {
            notes.append(tr("[%1] %2").arg(number).arg(escapeMarkdown(JsonTreeModel::toJsonText(annotation, false))));
        }
    }
    return body + QStringLiteral("\n\n---\n\n") + notes.join(QStringLiteral("  \n")) + QStringLiteral("\n\n");
}

QString ConversationTab::toolCallMarkdown(const QJsonObject &call) const
{
    const QString type = str(call, "type");
    const QString id = str(call, "id");
    QString md;
    if (type == QLatin1String("function")) {
        const QJsonObject function = call.value(QLatin1String("function")).toObject();
        md += QStringLiteral("**") + tr("Function call: %1").arg(escapeMarkdown(str(function, "name")))
            + QStringLiteral("** ") + escapeMarkdown(id) + QStringLiteral("\n\n");
        md += tr("Arguments:") + QStringLiteral("\n\n")
            + codeBlock(RunFormat::prettyJsonText(str(function, "arguments")), QStringLiteral("json"));
        const QJsonValue output = function.value(QLatin1String("output"));
        if (output.isString()) {
            // As typed and sent: re-indenting would re-sort an object's keys.
            md += tr("Output:") + QStringLiteral("\n\n") + codeBlock(output.toString());
        } else {
            md += QStringLiteral("*") + tr("No output yet.") + QStringLiteral("*\n\n");
        }
    } else if (type == QLatin1String("code_interpreter")) {
        const QJsonObject code = call.value(QLatin1String("code_interpreter")).toObject();
        md += QStringLiteral("**") + tr("Code interpreter") + QStringLiteral("** ") + escapeMarkdown(id)
            + QStringLiteral("\n\n");
        md += tr("Input:") + QStringLiteral("\n\n") + codeBlock(str(code, "input"), QStringLiteral("python"));
        const QJsonArray outputs = code.value(QLatin1String("outputs")).toArray();
        for (const QJsonValue value : outputs) {
            const QJsonObject output = value.toObject();
            if (str(output, "type") == QLatin1String("logs")) {
                md += tr("Logs:") + QStringLiteral("\n\n") + codeBlock(str(output, "logs"));
            } else if (str(output, "type") == QLatin1String("image")) {
                md += tr("Image file: %1")
                          .arg(escapeMarkdown(str(output.value(QLatin1String("image")).toObject(), "file_id")))
                    + QStringLiteral("\n\n");
            }
        }
    } else if (type == QLatin1String("file_search")) {
        const QJsonObject search = call.value(QLatin1String("file_search")).toObject();
        md += QStringLiteral("**") + tr("File search") + QStringLiteral("** ") + escapeMarkdown(id)
            + QStringLiteral("\n\n");
        const QJsonArray results = search.value(QLatin1String("results")).toArray();
        if (results.isEmpty()) {
            md += QStringLiteral("*") + tr("No results reported.") + QStringLiteral("*\n\n");
        }
        for (const QJsonValue value : results) {
            const QJsonObject result = value.toObject();
            md += QStringLiteral("- ")
                + tr("%1 (%2), score %3")
                      .arg(escapeMarkdown(str(result, "file_name")), escapeMarkdown(str(result, "file_id")))
                      .arg(result.value(QLatin1String("score")).toDouble(), 0, 'f', 2);
            const QJsonArray content = result.value(QLatin1String("content")).toArray();
            for (const QJsonValue part : content) {
                md += QStringLiteral(": ") + escapeMarkdown(RunFormat::elide(str(part.toObject(), "text"), 200));
            }
            md += QLatin1Char('\n');
        }
        md += QLatin1Char('\n');
    } else {
        md += QStringLiteral("**") + tr("Tool call (%1)").arg(escapeMarkdown(type)) + QStringLiteral("**\n\n")
            + codeBlock(JsonTreeModel::toJsonText(call), QStringLiteral("json"));
    }
    return md;
}

QString ConversationTab::messageMarkdown(const QString &id, const QJsonObject &message) const
{
    return messageMarkdownHeader(message) + messageBodyMarkdown(id, message);
}

QString ConversationTab::messageBodyMarkdown(const QString &id, const QJsonObject &message) const
{
    QString md;
    const QJsonArray content = message.value(QLatin1String("content")).toArray();
    const int count = qMax(static_cast<int>(content.size()), partCount(id));
    for (int i = 0; i < count; ++i) {
        const QJsonObject part = content.at(i).toObject();
        const QString type = str(part, "type");
        if (type.isEmpty() || type == QLatin1String("text")) {
            md += textPartMarkdown(
                partText(id, i, part),
                part.value(QLatin1String("text")).toObject().value(QLatin1String("annotations")).toArray());
        } else if (type == QLatin1String("refusal")) {
            md += QStringLiteral("> **") + tr("The assistant refused:") + QStringLiteral("** ")
                + escapeMarkdown(str(part, "refusal")) + QStringLiteral("\n\n");
        } else if (type == QLatin1String("image_file")) {
            md += QStringLiteral("*")
                + tr("Image file: %1")
                      .arg(escapeMarkdown(str(part.value(QLatin1String("image_file")).toObject(), "file_id")))
                + QStringLiteral("*\n\n");
        } else if (type == QLatin1String("image_url")) {
            md += QStringLiteral("*")
                + tr("Image: %1").arg(escapeMarkdown(str(part.value(QLatin1String("image_url")).toObject(), "url")))
                + QStringLiteral("*\n\n");
        }
    }
    const QJsonArray attachments = message.value(QLatin1String("attachments")).toArray();
    QStringList chips;
    for (const QJsonValue value : attachments) {
        const QJsonObject attachment = value.toObject();
        QStringList tools;
        const QJsonArray toolList = attachment.value(QLatin1String("tools")).toArray();
        for (const QJsonValue tool : toolList) {
            tools.append(str(tool.toObject(), "type"));
        }
        const QString chip = tools.isEmpty()
            ? str(attachment, "file_id")
            : tr("%1 for %2").arg(str(attachment, "file_id"), tools.join(QStringLiteral(", ")));
        chips.append(QStringLiteral("`") + chip.simplified().remove(QLatin1Char('`')) + QLatin1Char('`'));
    }
    if (!chips.isEmpty()) {
        md += tr("Attachments:") + QLatin1Char(' ') + chips.join(QLatin1Char(' ')) + QStringLiteral("\n\n");
    }
    return md;
}

QString ConversationTab::stepMarkdown(const QString &id) const
{
    const QJsonArray calls = m_steps.value(id)
                                 .value(QLatin1String("step_details"))
                                 .toObject()
                                 .value(QLatin1String("tool_calls"))
                                 .toArray();
    QStringList cards;
    for (const QJsonValue call : calls) {
        cards.append(toolCallMarkdown(call.toObject()));
    }
    return cards.join(QStringLiteral("---\n\n")) + QStringLiteral("[") + tr("Inspect step") + QStringLiteral("](")
        + InspectScheme + QStringLiteral(":step/") + id + QStringLiteral(")\n");
}

QJsonObject ConversationTab::shownMessage(const QString &id) const
{
    QJsonObject message = m_messages.value(id);
    if (message.isEmpty()) { // text streamed before the message object arrived
        message.insert(QStringLiteral("role"), QStringLiteral("assistant"));
        message.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
    }
    return message;
}

QStringList ConversationTab::displayOrder() const
{
    QStringList order;
    for (int i = 0; i < m_request.size(); ++i) {
        order.append(QStringLiteral("r:%1").arg(i));
    }
    const QList<Item> items = orderedItems();
    for (const Item &item : items) {
        order.append((item.isStep ? QStringLiteral("s:") : QStringLiteral("m:")) + item.id);
    }
    return order;
}

void ConversationTab::appendFrames(const QString &key)
{
    QTextCursor cursor(m_browser->document());
    cursor.movePosition(QTextCursor::End);
    // The empty block Qt keeps between frames takes no room: the frames' margins space the entries.
    QTextBlockFormat gap;
    gap.setLineHeight(1, QTextBlockFormat::FixedHeight);
    QTextFrameFormat plain;
    plain.setBorder(0);
    plain.setPadding(0);
    plain.setMargin(0);
    View view;
    if (key.startsWith(QLatin1String("s:"))) {
        QTextFrameFormat card;
        card.setBorder(1);
        card.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        card.setBorderBrush(m_browser->palette().mid());
        card.setPadding(6);
        card.setTopMargin(4);
        card.setBottomMargin(10);
        cursor.setBlockFormat(gap);
        view.body = cursor.insertFrame(card);
    } else {
        if (key.startsWith(QLatin1String("m:"))) {
            cursor.setBlockFormat(gap);
            view.header = cursor.insertFrame(plain);
            cursor.movePosition(QTextCursor::End);
        }
        QTextFrameFormat body = plain;
        body.setBottomMargin(10);
        cursor.setBlockFormat(gap);
        view.body = cursor.insertFrame(body);
    }
    m_views.insert(key, view);
}

void ConversationTab::fill(QTextFrame *frame, const QString &markdown)
{
    const FrameEdit edit(frame->document());
    QTextCursor cursor = frame->firstCursorPosition();
    cursor.setPosition(frame->lastPosition(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    cursor.setBlockFormat(QTextBlockFormat());
    cursor.setCharFormat(QTextCharFormat());
    insertMarkdown(cursor, markdown);
    ++m_fullEntryRenders;
}

void ConversationTab::renderEntry(const QString &key, View &view)
{
    const QString id = key.mid(2);
    QString markdown;
    if (key.startsWith(QLatin1String("s:"))) {
        markdown = stepMarkdown(id);
    } else if (key.startsWith(QLatin1String("r:"))) {
        const int slot = id.toInt();
        const QString messageId = m_requestIds.value(slot);
        markdown = messageId.isEmpty() ? messageMarkdown(QString(), m_request.value(slot))
                                       : messageMarkdown(messageId, m_messages.value(messageId));
    } else {
        const QJsonObject message = shownMessage(id);
        const QString header = messageMarkdownHeader(message);
        if (header != view.headerMarkdown) {
            fill(view.header, header);
            view.headerMarkdown = header;
        }
        renderMessageBody(id, message, view);
        return;
    }
    if (markdown != view.bodyMarkdown) {
        fill(view.body, markdown);
        view.bodyMarkdown = markdown;
    }
}

void ConversationTab::renderMessageBody(const QString &id, const QJsonObject &message, View &view)
{
    const QJsonArray content = message.value(QLatin1String("content")).toArray();
    const int count = qMax(static_cast<int>(content.size()), partCount(id));
    const QJsonObject part = content.at(0).toObject();
    const QString type = str(part, "type");
    const bool plainText = count <= 1 && (type.isEmpty() || type == QLatin1String("text"))
        && part.value(QLatin1String("text")).toObject().value(QLatin1String("annotations")).toArray().isEmpty()
        && message.value(QLatin1String("attachments")).toArray().isEmpty();
    if (plainText) {
        bool fromStream = false;
        const QString text = count == 0 ? QString() : partText(id, 0, part, &fromStream);
        if (!view.growing) {
            view.growing = std::make_shared<GrowingBody>(m_browser, view.body);
            view.bodyMarkdown.clear();
        }
        if (!view.growing->show(text, fromStream, isFinalMessage(message))) {
            ++m_fullEntryRenders; // the body started over
        }
        return;
    }
    // Several parts, annotations or attachments: the body is rendered whole when it changes.
    const QString markdown = messageBodyMarkdown(id, message);
    if (view.growing || markdown != view.bodyMarkdown) {
        view.growing.reset();
        fill(view.body, markdown);
        view.bodyMarkdown = markdown;
    }
}

void ConversationTab::render()
{
    m_renderTimer->stop();
    m_renderTimer->setInterval(CoalesceMs);
    m_dirty = false;
    m_lastTextMarked = false;
    ++m_renderCount;
    QScrollBar *bar = m_browser->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 4;
    const int oldValue = bar->value();

    if (m_orderChanged) {
        m_orderChanged = false;
        const QStringList order = displayOrder();
        const bool extends
            = order.size() >= m_shown.size() && std::equal(m_shown.cbegin(), m_shown.cend(), order.cbegin());
        if (!extends) { // an entry goes before one already shown: lay the document out again
            m_browser->document()->clear();
            m_views.clear();
            m_shown.clear();
        }
        for (qsizetype i = m_shown.size(); i < order.size(); ++i) {
            appendFrames(order.at(i));
            m_shown.append(order.at(i));
            m_dirtyKeys.insert(order.at(i));
        }
    }
    const QSet<QString> dirty = std::exchange(m_dirtyKeys, {});
    for (const QString &key : dirty) {
        const auto view = m_views.find(key);
        if (view != m_views.end()) {
            renderEntry(key, *view);
        }
    }
    bar->setValue(atBottom ? bar->maximum() : oldValue);
    revealOnScreen();
    Q_EMIT rendered();
}

void ConversationTab::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() != InspectScheme) {
        return;
    }
    const QString path = url.path();
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    const QString kind = path.left(slash);
    const QString id = path.mid(slash + 1);
    if (kind == QLatin1String("message") && m_messages.contains(id)) {
        Q_EMIT inspectRequested(m_messages.value(id), tr("Message %1").arg(id));
    } else if (kind == QLatin1String("step") && m_steps.contains(id)) {
        Q_EMIT inspectRequested(m_steps.value(id), tr("Step %1").arg(id));
    }
}

} // namespace rl
