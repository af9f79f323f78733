#include "conversationsection.h"

#include "ui_conversationsection.h"

#include "keptvalue.h"
#include "requestfields.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace rl {

namespace {

enum FileSearchMode { FileSearchUnset, FileSearchExisting, FileSearchNew };
enum Chunking { ChunkingUnset, ChunkingAuto, ChunkingStatic };

QString summary(int row, const QJsonObject &message)
{
    const QJsonValue content = message.value(QLatin1String("content"));
    QString text = content.toString();
    int images = 0;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue part : parts) {
        const QString type = part.toObject().value(QLatin1String("type")).toString();
        if (type == QLatin1String("text") && text.isEmpty()) {
            text = part.toObject().value(QLatin1String("text")).toString();
        } else if (type != QLatin1String("text")) {
            ++images;
        }
    }
    text = text.simplified();
    if (text.size() > 60) {
        text = text.left(59) + QChar(0x2026);
    }
    QString line = ConversationSection::tr("%1. %2: %3")
                       .arg(row + 1)
                       .arg(message.value(QLatin1String("role")).toString(),
                            text.isEmpty() ? ConversationSection::tr("(empty)") : text);
    if (images > 0) {
        line += ConversationSection::tr(" [+%n image(s)]", nullptr, images);
    }
    return line;
}

// Puts the Tab stops inside `compound` right after `anchor`, in their own order, and goes on to
// `next` after them (QWidget::setTabOrder moves one widget at a time in Qt 6.4).
void chainAfter(QWidget *anchor, QWidget *compound, QWidget *next)
{
    QList<QWidget *> stops;
    QWidget *w = anchor;
    do {
        const bool inside = compound->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) != 0;
        // A stop inside another (a table's editor) moves with it.
        if (inside
            && std::none_of(stops.cbegin(), stops.cend(), [w](const QWidget *s) { return s->isAncestorOf(w); })) {
            stops.append(w);
        }
        w = w->nextInFocusChain();
    } while (w != nullptr && w != anchor);
    QWidget *previous = anchor;
    for (QWidget *stop : std::as_const(stops)) {
        QWidget::setTabOrder(previous, stop);
        previous = stop;
    }
    QWidget::setTabOrder(previous, next);
}

} // namespace

ConversationSection::ConversationSection(QWidget *parent)
    : ComposerSection(parent)
    , m_ui(std::make_unique<Ui::ConversationSection>())
{
    m_ui->setupUi(this);
    m_chunkSizeKept = new KeptValue(m_ui->maxChunkSizeSpinBox, limits::minChunkSizeTokens, limits::maxChunkSizeTokens);
    m_chunkOverlapKept = new KeptValue(m_ui->chunkOverlapSpinBox, 0, limits::maxChunkSizeTokens / 2);
    m_ui->threadAdvancedWidget->setVisible(false);
    // From the list of messages Tab goes to the chosen message (its role, then its text), then to
    // the list's buttons.
    chainAfter(m_ui->messagesListWidget, m_ui->messageEditor, m_ui->addMessagePushButton);
    connect(m_ui->showAdvancedCheckBox, &QCheckBox::toggled, m_ui->threadAdvancedWidget, &QWidget::setVisible);

    connect(m_ui->addMessagePushButton, &QPushButton::clicked, this, [this] {
        insertMessage(
            int(m_messages.size()),
            QJsonObject { { QLatin1String("role"), QStringLiteral("user") }, { QLatin1String("content"), QString() } });
        m_ui->messageEditor->findChild<QWidget *>(QStringLiteral("messageTextPlainTextEdit"))->setFocus();
    });
    connect(m_ui->duplicateMessagePushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->messagesListWidget->currentRow();
        if (row >= 0) {
            insertMessage(row + 1, m_messages.at(row));
        }
    });
    connect(m_ui->removeMessagePushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->messagesListWidget->currentRow();
        if (row < 0) {
            return;
        }
        m_messages.removeAt(row);
        refreshList();
        m_ui->messagesListWidget->setCurrentRow(qMin(row, int(m_messages.size()) - 1));
        showMessage(m_ui->messagesListWidget->currentRow());
        Q_EMIT changed();
    });
    connect(m_ui->moveMessageUpPushButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_ui->moveMessageDownPushButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_ui->messagesListWidget, &QListWidget::currentRowChanged, this, [this](int row) { showMessage(row); });
    connect(m_ui->messageEditor, &MessageEditor::changed, this, [this] {
        const int row = m_ui->messagesListWidget->currentRow();
        if (m_showing || row < 0 || row >= m_messages.size()) {
            return;
        }
        m_messages[row] = m_ui->messageEditor->message();
        m_ui->messagesListWidget->item(row)->setText(summary(row, m_messages.at(row)));
        Q_EMIT changed();
    });

    const auto advancedChanged = [this] {
        updateState();
        Q_EMIT changed();
    };
    connect(m_ui->threadMetadataEditor, &MetadataEditor::changed, this, advancedChanged);
    for (QLineEdit *line : { m_ui->threadCodeInterpreterFileIdsLineEdit, m_ui->threadVectorStoreIdLineEdit,
                             m_ui->newStoreFileIdsLineEdit }) {
        connect(line, &QLineEdit::textChanged, this, advancedChanged);
    }
    for (QComboBox *combo : { m_ui->threadFileSearchComboBox, m_ui->chunkingComboBox }) {
        connect(combo, &QComboBox::currentIndexChanged, this, advancedChanged);
    }
    for (QSpinBox *spin : { m_ui->maxChunkSizeSpinBox, m_ui->chunkOverlapSpinBox }) {
        connect(spin, &QSpinBox::valueChanged, this, advancedChanged);
    }
    for (KeptValue *kept : { m_chunkSizeKept, m_chunkOverlapKept }) {
        connect(kept, &KeptValue::edited, this, advancedChanged);
    }
    updateState();
    showMessage(-1);
}

ConversationSection::~ConversationSection()
{
    section::silenceChildren(this);
}

QStringList ConversationSection::keys() const
{
    return { jsonKey(&CreateThreadAndRunRequest::thread) };
}

void ConversationSection::updateState()
{
    const int row = m_ui->messagesListWidget->currentRow();
    m_ui->duplicateMessagePushButton->setEnabled(row >= 0);
    m_ui->removeMessagePushButton->setEnabled(row >= 0);
    m_ui->moveMessageUpPushButton->setEnabled(row > 0);
    m_ui->moveMessageDownPushButton->setEnabled(row >= 0 && row + 1 < m_messages.size());
    m_ui->messageEditor->setEnabled(row >= 0);

    const int mode = m_ui->threadFileSearchComboBox->currentIndex();
    m_ui->threadVectorStoreIdLineEdit->setEnabled(mode == FileSearchExisting);
    m_ui->newStoreFileIdsLineEdit->setEnabled(mode == FileSearchNew);
    m_ui->chunkingComboBox->setEnabled(mode == FileSearchNew);
    const bool isStatic = mode == FileSearchNew && m_ui->chunkingComboBox->currentIndex() == ChunkingStatic;
    m_ui->maxChunkSizeSpinBox->setEnabled(isStatic);
    m_ui->chunkOverlapSpinBox->setEnabled(isStatic);
    // The overlap may be at most half the chunk size: enforced by the spin box's range.
    m_ui->chunkOverlapSpinBox->setMaximum(m_ui->maxChunkSizeSpinBox->value() / 2);
}

void ConversationSection::insertMessage(int row, const QJsonObject &message)
{
    m_messages.insert(row, message);
    refreshList();
    m_ui->messagesListWidget->setCurrentRow(row);
    Q_EMIT changed();
}

void ConversationSection::moveCurrent(int delta)
{
    const int row = m_ui->messagesListWidget->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_messages.size()) {
        return;
    }
    m_messages.swapItemsAt(row, target);
    refreshList();
    m_ui->messagesListWidget->setCurrentRow(target);
    Q_EMIT changed();
}

void ConversationSection::refreshList()
{
    const QSignalBlocker blocker(m_ui->messagesListWidget);
    const int row = m_ui->messagesListWidget->currentRow();
    m_ui->messagesListWidget->clear();
    for (int i = 0; i < m_messages.size(); ++i) {
        m_ui->messagesListWidget->addItem(summary(i, m_messages.at(i)));
    }
    m_ui->messagesListWidget->setCurrentRow(qMin(row, int(m_messages.size()) - 1));
    showMessage(m_ui->messagesListWidget->currentRow());
}

void ConversationSection::showMessage(int row)
{
    m_showing = true;
    m_ui->messageEditor->setMessage(row >= 0 && row < m_messages.size() ? m_messages.at(row) : QJsonObject());
    m_showing = false;
    updateState();
}

Field<ThreadToolResources> ConversationSection::toolResources() const
{
    ThreadToolResources resources;
    const QStringList codeFiles = section::splitIds(m_ui->threadCodeInterpreterFileIdsLineEdit->text());
    if (!codeFiles.isEmpty()) {
        resources.codeInterpreter.ensure().fileIds = codeFiles;
    }
    switch (m_ui->threadFileSearchComboBox->currentIndex()) {
    case FileSearchExisting:
        resources.fileSearch.ensure().vectorStoreIds = section::splitIds(m_ui->threadVectorStoreIdLineEdit->text());
        break;
    case FileSearchNew: {
        VectorStoreHelper store;
        store.fileIds = section::splitIds(m_ui->newStoreFileIdsLineEdit->text());
        if (m_ui->chunkingComboBox->currentIndex() == ChunkingAuto) {
            store.chunkingStrategy.ensure().kind = ChunkingStrategy::Kind::Auto;
        } else if (m_ui->chunkingComboBox->currentIndex() == ChunkingStatic) {
            ChunkingStrategy &chunking = store.chunkingStrategy.ensure();
            chunking.kind = ChunkingStrategy::Kind::Static;
            StaticChunking &chunks = chunking.staticChunking.ensure();
            section::put(chunks.maxChunkSizeTokens, chunks.extras, jsonKey(&StaticChunking::maxChunkSizeTokens),
                         m_chunkSizeKept->valueOr(m_ui->maxChunkSizeSpinBox->value()));
            section::put(chunks.chunkOverlapTokens, chunks.extras, jsonKey(&StaticChunking::chunkOverlapTokens),
                         m_chunkOverlapKept->valueOr(m_ui->chunkOverlapSpinBox->value()));
        }
        resources.fileSearch.ensure().vectorStores = QList<VectorStoreHelper> { store };
        break;
    }
    default:
        break;
    }
    if (resources.codeInterpreter.isUnset() && resources.fileSearch.isUnset()) {
        return {};
    }
    return resources;
}

void ConversationSection::writeTo(CreateThreadAndRunRequest &request) const
{
    Thread thread;
    if (!m_messages.isEmpty()) {
        QList<Message> &messages = thread.messages.ensure();
        for (const QJsonObject &message : m_messages) {
            messages.append(partFromJson<Message>(message));
        }
    }
    thread.toolResources = toolResources();
    if (!m_ui->threadMetadataEditor->isEmpty()) {
        thread.metadata = m_ui->threadMetadataEditor->toJson();
    }
    if (thread.messages.isSet() || thread.toolResources.isSet() || thread.metadata.isSet()) {
        request.thread = thread;
    }
}

void ConversationSection::readFrom(const CreateThreadAndRunRequest &request)
{
    const Thread &thread = request.thread.value();
    m_messages.clear();
    // Each message goes through the editor, so that what is kept is exactly what the form shows
    // (and edits later cannot drop anything silently); the composer reports the difference.
    m_showing = true;
    for (const Message &message : thread.messages.value()) {
        m_ui->messageEditor->setMessage(partToJson(message).toObject());
        m_messages.append(m_ui->messageEditor->message());
    }
    m_showing = false;
    refreshList();
    if (!m_messages.isEmpty() && m_ui->messagesListWidget->currentRow() < 0) {
        m_ui->messagesListWidget->setCurrentRow(0);
    }

    m_ui->threadMetadataEditor->setJson(thread.metadata.value());
    const ThreadToolResources &resources = thread.toolResources.value();
    m_ui->threadCodeInterpreterFileIdsLineEdit->setText(
        resources.codeInterpreter.value().fileIds.value().join(QLatin1String(", ")));
    const ThreadFileSearchResources &fileSearch = resources.fileSearch.value();
    int mode = FileSearchUnset;
    if (fileSearch.vectorStoreIds.isSet()) {
        mode = FileSearchExisting;
    } else if (fileSearch.vectorStores.isSet()) {
        mode = FileSearchNew;
    }
    m_ui->threadVectorStoreIdLineEdit->setText(fileSearch.vectorStoreIds.value().join(QLatin1String(", ")));
    const QList<VectorStoreHelper> &stores = fileSearch.vectorStores.value();
    const VectorStoreHelper store = stores.isEmpty() ? VectorStoreHelper() : stores.first();
    m_ui->newStoreFileIdsLineEdit->setText(store.fileIds.value().join(QLatin1String(", ")));
    const ChunkingStrategy &chunking = store.chunkingStrategy.value();
    using ChunkingKind = ChunkingStrategy::Kind;
    m_ui->chunkingComboBox->setCurrentIndex(!store.chunkingStrategy.hasValue()          ? ChunkingUnset
                                                : chunking.kind == ChunkingKind::Auto   ? ChunkingAuto
                                                : chunking.kind == ChunkingKind::Static ? ChunkingStatic
                                                                                        : ChunkingUnset);
    const StaticChunking &chunks = chunking.staticChunking.value();
    // Numbers the spin boxes cannot show exactly are kept as loaded (see KeptValue).
    const QJsonValue chunkSize
        = section::loaded(chunks.maxChunkSizeTokens, chunks.extras, jsonKey(&StaticChunking::maxChunkSizeTokens));
    m_chunkSizeKept->forget();
    m_chunkOverlapKept->forget();
    m_ui->maxChunkSizeSpinBox->setValue(800);
    if (!chunkSize.isUndefined()) {
        m_chunkSizeKept->load(chunkSize);
    }
    updateState();
    const QJsonValue overlap
        = section::loaded(chunks.chunkOverlapTokens, chunks.extras, jsonKey(&StaticChunking::chunkOverlapTokens));
    m_ui->chunkOverlapSpinBox->setValue(400);
    if (!overlap.isUndefined()) {
        m_chunkOverlapKept->load(overlap);
    }
    m_ui->threadFileSearchComboBox->setCurrentIndex(mode);
    if (thread.toolResources.hasValue() || !thread.metadata.value().isEmpty()) {
        m_ui->showAdvancedCheckBox->setChecked(true);
    }
    updateState();
}

QWidget *ConversationSection::widgetForPath(const QString &path, bool reveal)
{
    const QString threadKey = jsonKey(&CreateThreadAndRunRequest::thread);
    if (!section::pathStartsWith(path, threadKey)) {
        return nullptr;
    }
    const QString messages = jsonPath(&CreateThreadAndRunRequest::thread, &Thread::messages);
    static const QRegularExpression indexed(QStringLiteral("^\\[(\\d+)\\]\\.?(.*)$"));
    const QRegularExpressionMatch match = section::pathStartsWith(path, messages)
        ? indexed.match(path.mid(messages.size()))
        : QRegularExpressionMatch();
    if (match.hasMatch()) {
        const int row = match.captured(1).toInt();
        if (reveal && row < m_messages.size()) {
            m_ui->messagesListWidget->setCurrentRow(row);
        }
        if (m_ui->messagesListWidget->currentRow() != row) {
            return m_ui->messagesListWidget;
        }
        QWidget *widget = m_ui->messageEditor->widgetForPath(match.captured(2));
        return widget ? widget : m_ui->messagesListWidget;
    }
    const auto advanced = [this, reveal](QWidget *widget) {
        if (reveal) {
            m_ui->showAdvancedCheckBox->setChecked(true);
        }
        return m_ui->showAdvancedCheckBox->isChecked() ? widget : m_ui->showAdvancedCheckBox;
    };
    const QString resources = jsonPath(&CreateThreadAndRunRequest::thread, &Thread::toolResources);
    if (section::pathStartsWith(path, jsonPath(&CreateThreadAndRunRequest::thread, &Thread::metadata))) {
        return advanced(m_ui->threadMetadataEditor);
    }
    if (section::pathStartsWith(path, resources + QLatin1Char('.') + jsonKey(&ThreadToolResources::codeInterpreter))) {
        return advanced(m_ui->threadCodeInterpreterFileIdsLineEdit);
    }
    const std::pair<QString, QWidget *> storeFields[] = {
        { jsonKey(&StaticChunking::chunkOverlapTokens), m_ui->chunkOverlapSpinBox },
        { jsonKey(&StaticChunking::maxChunkSizeTokens), m_ui->maxChunkSizeSpinBox },
        { jsonKey(&ThreadFileSearchResources::vectorStoreIds), m_ui->threadVectorStoreIdLineEdit },
        { jsonKey(&ThreadFileSearchResources::vectorStores), m_ui->newStoreFileIdsLineEdit },
    };
    for (const auto &[key, widget] : storeFields) {
        if (path.startsWith(resources) && path.contains(key)) {
            return advanced(widget);
        }
    }
    if (section::pathStartsWith(path, resources)) {
        return advanced(m_ui->threadFileSearchComboBox);
    }
    return m_ui->messagesListWidget;
}

} // namespace rl
