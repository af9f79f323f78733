#include "conversationsection.h"

#include "ui_conversationsection.h"

#include "createthreadandrunrequest.h"
#include "keptvalue.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace rl {

namespace {

enum FileSearchMode { FileSearchUnset, FileSearchExisting, FileSearchNew };
enum Chunking { ChunkingUnset, ChunkingAuto, ChunkingStatic };

const QLatin1String kFileIds("file_ids");

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

} // namespace

ConversationSection::ConversationSection(QWidget *parent)
    : ComposerSection(parent)
    , m_ui(std::make_unique<Ui::ConversationSection>())
{
    m_ui->setupUi(this);
    m_chunkSizeKept = new KeptValue(m_ui->maxChunkSizeSpinBox, limits::minChunkSizeTokens, limits::maxChunkSizeTokens);
    m_chunkOverlapKept = new KeptValue(m_ui->chunkOverlapSpinBox, 0, limits::maxChunkSizeTokens / 2);
    m_ui->threadAdvancedWidget->setVisible(false);
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
    return { QStringLiteral("thread") };
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

QJsonObject ConversationSection::toolResources() const
{
    QJsonObject resources;
    const QStringList codeFiles = section::splitIds(m_ui->threadCodeInterpreterFileIdsLineEdit->text());
    if (!codeFiles.isEmpty()) {
        resources.insert(QLatin1String("code_interpreter"),
                         QJsonObject { { kFileIds, QJsonArray::fromStringList(codeFiles) } });
    }
    switch (m_ui->threadFileSearchComboBox->currentIndex()) {
    case FileSearchExisting:
        resources.insert(QLatin1String("file_search"),
                         QJsonObject { { QLatin1String("vector_store_ids"),
                                         QJsonArray::fromStringList(
                                             section::splitIds(m_ui->threadVectorStoreIdLineEdit->text())) } });
        break;
    case FileSearchNew: {
        QJsonObject store;
        store.insert(kFileIds, QJsonArray::fromStringList(section::splitIds(m_ui->newStoreFileIdsLineEdit->text())));
        if (m_ui->chunkingComboBox->currentIndex() == ChunkingAuto) {
            store.insert(QLatin1String("chunking_strategy"),
                         QJsonObject { { QLatin1String("type"), QStringLiteral("auto") } });
        } else if (m_ui->chunkingComboBox->currentIndex() == ChunkingStatic) {
            store.insert(QLatin1String("chunking_strategy"),
                         QJsonObject {
                             { QLatin1String("type"), QStringLiteral("static") },
                             { QLatin1String("static"),
                               QJsonObject { { QLatin1String("max_chunk_size_tokens"),
                                               m_chunkSizeKept->valueOr(m_ui->maxChunkSizeSpinBox->value()) },
                                             { QLatin1String("chunk_overlap_tokens"),
                                               m_chunkOverlapKept->valueOr(m_ui->chunkOverlapSpinBox->value()) } } } });
        }
        resources.insert(QLatin1String("file_search"),
                         QJsonObject { { QLatin1String("vector_stores"), QJsonArray { store } } });
        break;
    }
    default:
        break;
    }
    return resources;
}

void ConversationSection::writeTo(QJsonObject &body) const
{
    QJsonObject thread;
    if (!m_messages.isEmpty()) {
        QJsonArray messages;
        for (const QJsonObject &message : m_messages) {
            messages.append(message);
        }
        thread.insert(QLatin1String("messages"), messages);
    }
    const QJsonObject resources = toolResources();
    if (!resources.isEmpty()) {
        thread.insert(QLatin1String("tool_resources"), resources);
    }
    if (!m_ui->threadMetadataEditor->isEmpty()) {
        thread.insert(QLatin1String("metadata"), m_ui->threadMetadataEditor->toJson());
    }
    if (!thread.isEmpty()) {
        body.insert(QLatin1String("thread"), thread);
    }
}

void ConversationSection::readFrom(const QJsonObject &body)
{
    const QJsonObject thread = body.value(QLatin1String("thread")).toObject();
    m_messages.clear();
    const QJsonArray messages = thread.value(QLatin1String("messages")).toArray();
    // Each message goes through the editor, so that what is kept is exactly what the form shows
    // (and edits later cannot drop anything silently); the composer reports the difference.
    m_showing = true;
    for (const QJsonValue message : messages) {
        m_ui->messageEditor->setMessage(message.toObject());
        m_messages.append(m_ui->messageEditor->message());
    }
    m_showing = false;
    refreshList();
    if (!m_messages.isEmpty() && m_ui->messagesListWidget->currentRow() < 0) {
        m_ui->messagesListWidget->setCurrentRow(0);
    }

    m_ui->threadMetadataEditor->setJson(thread.value(QLatin1String("metadata")).toObject());
    const QJsonObject resources = thread.value(QLatin1String("tool_resources")).toObject();
    QStringList codeFiles;
    const QJsonArray codeArray
        = resources.value(QLatin1String("code_interpreter")).toObject().value(kFileIds).toArray();
    for (const QJsonValue id : codeArray) {
        codeFiles.append(id.toString());
    }
    m_ui->threadCodeInterpreterFileIdsLineEdit->setText(codeFiles.join(QLatin1String(", ")));
    const QJsonObject fileSearch = resources.value(QLatin1String("file_search")).toObject();
    int mode = FileSearchUnset;
    QStringList storeIds;
    const QJsonArray storeIdArray = fileSearch.value(QLatin1String("vector_store_ids")).toArray();
    for (const QJsonValue id : storeIdArray) {
        storeIds.append(id.toString());
    }
    const QJsonObject store = fileSearch.value(QLatin1String("vector_stores")).toArray().at(0).toObject();
    if (fileSearch.contains(QLatin1String("vector_store_ids"))) {
        mode = FileSearchExisting;
    } else if (fileSearch.contains(QLatin1String("vector_stores"))) {
        mode = FileSearchNew;
    }
    m_ui->threadVectorStoreIdLineEdit->setText(storeIds.join(QLatin1String(", ")));
    QStringList storeFiles;
    const QJsonArray storeFileArray = store.value(kFileIds).toArray();
    for (const QJsonValue id : storeFileArray) {
        storeFiles.append(id.toString());
    }
    m_ui->newStoreFileIdsLineEdit->setText(storeFiles.join(QLatin1String(", ")));
    const QJsonObject chunking = store.value(QLatin1String("chunking_strategy")).toObject();
    const QString chunkingType = chunking.value(QLatin1String("type")).toString();
    m_ui->chunkingComboBox->setCurrentIndex(chunkingType == QLatin1String("auto")         ? ChunkingAuto
                                                : chunkingType == QLatin1String("static") ? ChunkingStatic
                                                                                          : ChunkingUnset);
    const QJsonObject staticChunking = chunking.value(QLatin1String("static")).toObject();
    // Numbers the spin boxes cannot show exactly are kept as loaded (see KeptValue).
    const QJsonValue chunkSize = staticChunking.value(QLatin1String("max_chunk_size_tokens"));
    m_chunkSizeKept->forget();
    m_chunkOverlapKept->forget();
    m_ui->maxChunkSizeSpinBox->setValue(800);
    if (!chunkSize.isUndefined()) {
        m_chunkSizeKept->load(chunkSize);
    }
    updateState();
    const QJsonValue overlap = staticChunking.value(QLatin1String("chunk_overlap_tokens"));
    m_ui->chunkOverlapSpinBox->setValue(400);
    if (!overlap.isUndefined()) {
        m_chunkOverlapKept->load(overlap);
    }
    m_ui->threadFileSearchComboBox->setCurrentIndex(mode);
    if (!resources.isEmpty() || !thread.value(QLatin1String("metadata")).toObject().isEmpty()) {
        m_ui->showAdvancedCheckBox->setChecked(true);
    }
    updateState();
}

QWidget *ConversationSection::widgetForPath(const QString &path, bool reveal)
{
    if (!section::pathStartsWith(path, QStringLiteral("thread"))) {
        return nullptr;
    }
    static const QRegularExpression messagePath(QStringLiteral("^thread\\.messages\\[(\\d+)\\]\\.?(.*)$"));
    const QRegularExpressionMatch match = messagePath.match(path);
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
    if (section::pathStartsWith(path, QStringLiteral("thread.metadata"))) {
        return advanced(m_ui->threadMetadataEditor);
    }
    if (section::pathStartsWith(path, QStringLiteral("thread.tool_resources.code_interpreter"))) {
        return advanced(m_ui->threadCodeInterpreterFileIdsLineEdit);
    }
    if (path.contains(QLatin1String("chunk_overlap"))) {
        return advanced(m_ui->chunkOverlapSpinBox);
    }
    if (path.contains(QLatin1String("max_chunk_size"))) {
        return advanced(m_ui->maxChunkSizeSpinBox);
    }
    if (path.contains(QLatin1String("vector_store_ids"))) {
        return advanced(m_ui->threadVectorStoreIdLineEdit);
    }
    if (path.contains(QLatin1String("vector_stores"))) {
        return advanced(m_ui->newStoreFileIdsLineEdit);
    }
    if (section::pathStartsWith(path, QStringLiteral("thread.tool_resources"))) {
        return advanced(m_ui->threadFileSearchComboBox);
    }
    return m_ui->messagesListWidget;
}

} // namespace rl
