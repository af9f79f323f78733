#include "messageeditor.h"

#include "ui_messageeditor.h"

#include "composersection.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>

namespace rl {

namespace {

enum ImageColumn { ImageSourceColumn, ImageValueColumn, ImageDetailColumn, ImageColumnCount };
enum AttachmentColumn { FileIdColumn, CodeColumn, SearchColumn, AttachmentColumnCount };

const QLatin1String kType("type");
const QLatin1String kDetail("detail");

QStringList detailItems()
{
    return { MessageEditor::tr("Not set (auto)"), QStringLiteral("auto"), QStringLiteral("low"),
             QStringLiteral("high") };
}

} // namespace

MessageEditor::MessageEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MessageEditor>())
{
    m_ui->setupUi(this);
    m_ui->imagePartsTableWidget->setColumnCount(ImageColumnCount);
    m_ui->imagePartsTableWidget->setHorizontalHeaderLabels({ tr("Source"), tr("URL or file id"), tr("Detail") });
    m_ui->imagePartsTableWidget->horizontalHeader()->setSectionResizeMode(ImageValueColumn, QHeaderView::Stretch);
    m_ui->attachmentsTableWidget->setColumnCount(AttachmentColumnCount);
    m_ui->attachmentsTableWidget->setHorizontalHeaderLabels(
        { tr("File id"), tr("Code interpreter"), tr("File search") });
    m_ui->attachmentsTableWidget->horizontalHeader()->setSectionResizeMode(FileIdColumn, QHeaderView::Stretch);

    const auto emitChanged = [this] {
        updateButtons();
        if (!m_loading) {
            Q_EMIT changed();
        }
    };
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_ui->messageTextPlainTextEdit, &QPlainTextEdit::textChanged, this, emitChanged);
    connect(m_ui->imagePartsTableWidget, &QTableWidget::itemChanged, this, emitChanged);
    connect(m_ui->attachmentsTableWidget, &QTableWidget::itemChanged, this, emitChanged);
    connect(m_ui->imagePartsTableWidget, &QTableWidget::currentCellChanged, this, [this] { updateButtons(); });
    connect(m_ui->attachmentsTableWidget, &QTableWidget::currentCellChanged, this, [this] { updateButtons(); });
    connect(m_ui->messageMetadataEditor, &MetadataEditor::changed, this, emitChanged);
    connect(m_ui->addImageUrlPushButton, &QPushButton::clicked, this, [this, emitChanged] {
        addImagePart(true);
        m_ui->imagePartsTableWidget->editItem(
            m_ui->imagePartsTableWidget->item(m_ui->imagePartsTableWidget->rowCount() - 1, ImageValueColumn));
        emitChanged();
    });
    connect(m_ui->addImageFilePushButton, &QPushButton::clicked, this, [this, emitChanged] {
        addImagePart(false);
        m_ui->imagePartsTableWidget->editItem(
            m_ui->imagePartsTableWidget->item(m_ui->imagePartsTableWidget->rowCount() - 1, ImageValueColumn));
        emitChanged();
    });
    connect(m_ui->removeImagePartPushButton, &QPushButton::clicked, this, [this, emitChanged] {
        m_ui->imagePartsTableWidget->removeRow(m_ui->imagePartsTableWidget->currentRow());
        emitChanged();
    });
    connect(m_ui->addAttachmentPushButton, &QPushButton::clicked, this, [this, emitChanged] {
        addAttachment(QString(), false, true);
        m_ui->attachmentsTableWidget->editItem(
            m_ui->attachmentsTableWidget->item(m_ui->attachmentsTableWidget->rowCount() - 1, FileIdColumn));
        emitChanged();
    });
    connect(m_ui->removeAttachmentPushButton, &QPushButton::clicked, this, [this, emitChanged] {
        m_ui->attachmentsTableWidget->removeRow(m_ui->attachmentsTableWidget->currentRow());
        emitChanged();
    });
    updateButtons();
}

MessageEditor::~MessageEditor()
{
    section::silenceChildren(this);
}

void MessageEditor::updateButtons()
{
    m_ui->removeImagePartPushButton->setEnabled(m_ui->imagePartsTableWidget->currentRow() >= 0);
    m_ui->removeAttachmentPushButton->setEnabled(m_ui->attachmentsTableWidget->currentRow() >= 0);
}

void MessageEditor::addImagePart(bool isUrl, const QString &value, const QString &detail)
{
    QTableWidget *table = m_ui->imagePartsTableWidget;
    const QSignalBlocker blocker(table);
    const int row = table->rowCount();
    table->insertRow(row);
    auto *source = new QTableWidgetItem(isUrl ? tr("Web address") : tr("Uploaded file"));
    source->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    source->setData(Qt::UserRole, isUrl);
    source->setToolTip(isUrl ? tr("image_url: an image on the web") : tr("image_file: an uploaded file"));
    table->setItem(row, ImageSourceColumn, source);
    auto *valueItem = new QTableWidgetItem(value);
    valueItem->setToolTip(isUrl ? tr("image_url.url: https://… ending in .jpeg, .jpg, .png, .gif or .webp")
                                : tr("image_file.file_id: e.g. file-abc123"));
    table->setItem(row, ImageValueColumn, valueItem);
    auto *detailCombo = new QComboBox(table);
    detailCombo->setObjectName(QStringLiteral("imageDetailComboBox"));
    detailCombo->addItems(detailItems());
    detailCombo->setAccessibleName(tr("Image detail"));
    detailCombo->setToolTip(tr("detail: how closely the model looks (low is faster and cheaper)"));
    const int index = detailCombo->findText(detail);
    detailCombo->setCurrentIndex(detail.isEmpty() || index < 0 ? 0 : index);
    connect(detailCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            Q_EMIT changed();
        }
    });
    table->setCellWidget(row, ImageDetailColumn, detailCombo);
    table->setCurrentCell(row, ImageValueColumn);
}

void MessageEditor::addAttachment(const QString &fileId, bool code, bool search)
{
    QTableWidget *table = m_ui->attachmentsTableWidget;
    const QSignalBlocker blocker(table);
    const int row = table->rowCount();
    table->insertRow(row);
    auto *id = new QTableWidgetItem(fileId);
    id->setToolTip(tr("attachments[].file_id: e.g. file-abc123"));
    table->setItem(row, FileIdColumn, id);
    for (const auto &[column, checked] :
         { std::pair { int(CodeColumn), code }, std::pair { int(SearchColumn), search } }) {
        auto *item = new QTableWidgetItem(column == CodeColumn ? tr("code_interpreter") : tr("file_search"));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("Let this tool use the file"));
        table->setItem(row, column, item);
    }
    table->setCurrentCell(row, FileIdColumn);
}

QJsonObject MessageEditor::message() const
{
    QJsonObject message;
    message.insert(QLatin1String("role"),
                   m_ui->roleComboBox->currentIndex() == 1 ? QStringLiteral("assistant") : QStringLiteral("user"));
    const QString text = m_ui->messageTextPlainTextEdit->toPlainText();
    const QTableWidget *images = m_ui->imagePartsTableWidget;
    if (images->rowCount() == 0) {
        message.insert(QLatin1String("content"), text);
    } else {
        QJsonArray parts;
        if (!text.isEmpty()) {
            parts.append(QJsonObject { { kType, QStringLiteral("text") }, { QLatin1String("text"), text } });
        }
        for (int row = 0; row < images->rowCount(); ++row) {
            const bool isUrl = images->item(row, ImageSourceColumn)->data(Qt::UserRole).toBool();
            QJsonObject image;
            image.insert(isUrl ? QLatin1String("url") : QLatin1String("file_id"),
                         images->item(row, ImageValueColumn)->text().trimmed());
            const auto *detail = qobject_cast<QComboBox *>(images->cellWidget(row, ImageDetailColumn));
            if (detail && detail->currentIndex() > 0) {
                image.insert(kDetail, detail->currentText());
            }
            const QString type = isUrl ? QStringLiteral("image_url") : QStringLiteral("image_file");
            parts.append(QJsonObject { { kType, type }, { type, image } });
        }
        message.insert(QLatin1String("content"), parts);
    }
    const QTableWidget *attachments = m_ui->attachmentsTableWidget;
    if (attachments->rowCount() > 0) {
        QJsonArray array;
        for (int row = 0; row < attachments->rowCount(); ++row) {
            QJsonArray tools;
            if (attachments->item(row, CodeColumn)->checkState() == Qt::Checked) {
                tools.append(QJsonObject { { kType, QStringLiteral("code_interpreter") } });
            }
            if (attachments->item(row, SearchColumn)->checkState() == Qt::Checked) {
                tools.append(QJsonObject { { kType, QStringLiteral("file_search") } });
            }
            array.append(
                QJsonObject { { QLatin1String("file_id"), attachments->item(row, FileIdColumn)->text().trimmed() },
                              { QLatin1String("tools"), tools } });
        }
        message.insert(QLatin1String("attachments"), array);
    }
    if (!m_ui->messageMetadataEditor->isEmpty()) {
        message.insert(QLatin1String("metadata"), m_ui->messageMetadataEditor->toJson());
    }
    return message;
}

void MessageEditor::setMessage(const QJsonObject &message)
{
    m_loading = true;
    m_ui->roleComboBox->setCurrentIndex(
        message.value(QLatin1String("role")).toString() == QLatin1String("assistant") ? 1 : 0);
    m_ui->imagePartsTableWidget->setRowCount(0);
    m_ui->attachmentsTableWidget->setRowCount(0);
    const QJsonValue content = message.value(QLatin1String("content"));
    QString text = content.toString();
    const QJsonArray parts = content.toArray();
    for (const QJsonValue value : parts) {
        const QJsonObject part = value.toObject();
        const QString type = part.value(kType).toString();
        if (type == QLatin1String("text") && text.isEmpty()) {
            text = part.value(QLatin1String("text")).toString();
        } else if (type == QLatin1String("image_url")) {
            const QJsonObject image = part.value(type).toObject();
            addImagePart(true, image.value(QLatin1String("url")).toString(), image.value(kDetail).toString());
        } else if (type == QLatin1String("image_file")) {
            const QJsonObject image = part.value(type).toObject();
            addImagePart(false, image.value(QLatin1String("file_id")).toString(), image.value(kDetail).toString());
        }
    }
    if (text != m_ui->messageTextPlainTextEdit->toPlainText()) {
        m_ui->messageTextPlainTextEdit->setPlainText(text);
    }
    const QJsonArray attachments = message.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue value : attachments) {
        const QJsonObject attachment = value.toObject();
        bool code = false;
        bool search = false;
        const QJsonArray tools = attachment.value(QLatin1String("tools")).toArray();
        for (const QJsonValue tool : tools) {
            const QString type = tool.toObject().value(kType).toString();
            code = code || type == QLatin1String("code_interpreter");
            search = search || type == QLatin1String("file_search");
        }
        addAttachment(attachment.value(QLatin1String("file_id")).toString(), code, search);
    }
    m_ui->messageMetadataEditor->setJson(message.value(QLatin1String("metadata")).toObject());
    m_loading = false;
    updateButtons();
}

QWidget *MessageEditor::widgetForPath(const QString &rest) const
{
    if (rest.startsWith(QLatin1String("role"))) {
        return m_ui->roleComboBox;
    }
    if (rest.startsWith(QLatin1String("content"))) {
        return rest.contains(QLatin1String("image")) ? static_cast<QWidget *>(m_ui->imagePartsTableWidget)
                                                     : m_ui->messageTextPlainTextEdit;
    }
    if (rest.startsWith(QLatin1String("attachments"))) {
        return m_ui->attachmentsTableWidget;
    }
    if (rest.startsWith(QLatin1String("metadata"))) {
        return m_ui->messageMetadataEditor;
    }
    return nullptr;
}

} // namespace rl
