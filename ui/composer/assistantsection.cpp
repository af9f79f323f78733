#include "assistantsection.h"

#include "ui_assistantsection.h"

#include "requestfields.h"

#include <QCompleter>
#include <QLineEdit>

namespace rl {

namespace {

constexpr int AssistantIdRole = Qt::UserRole + 1;

QString toolsSummary(const QJsonObject &assistant)
{
    QStringList types;
    const QJsonArray tools = assistant.value(QLatin1String("tools")).toArray();
    for (const QJsonValue tool : tools) {
        const QString type = tool.toObject().value(QLatin1String("type")).toString();
        if (type == QLatin1String("function")) {
            types.append(
                tool.toObject().value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString());
        } else {
            types.append(type);
        }
    }
    return types.isEmpty() ? AssistantSection::tr("no tools") : types.join(QLatin1String(", "));
}

} // namespace

AssistantSection::AssistantSection(QWidget *parent)
    : ComposerSection(parent)
    , m_ui(std::make_unique<Ui::AssistantSection>())
{
    m_ui->setupUi(this);
    m_ui->assistantComboBox->lineEdit()->setPlaceholderText(tr("Required: pick an assistant or type asst_…"));
    m_ui->modelComboBox->lineEdit()->setPlaceholderText(tr("Assistant default"));
    m_ui->instructionsPlainTextEdit->setPlaceholderText(tr("Assistant default: the assistant's own instructions"));
    m_ui->assistantComboBox->setEditText(QString());
    m_ui->modelComboBox->setEditText(QString());
    for (QComboBox *combo : { m_ui->assistantComboBox, m_ui->modelComboBox }) {
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    }

    // Choosing a listed assistant puts its id into the field; the details line shows the rest.
    connect(m_ui->assistantComboBox, &QComboBox::activated, this, [this](int index) {
        const QString id = m_ui->assistantComboBox->itemData(index, AssistantIdRole).toString();
        if (!id.isEmpty()) {
            m_ui->assistantComboBox->setEditText(id);
        }
    });
    connect(m_ui->assistantComboBox, &QComboBox::editTextChanged, this, [this] {
        updateAssistantDetails();
        Q_EMIT changed();
    });
    connect(m_ui->modelComboBox, &QComboBox::editTextChanged, this, &ComposerSection::changed);
    connect(m_ui->instructionsPlainTextEdit, &QPlainTextEdit::textChanged, this, &ComposerSection::changed);
    // Typing into a field that held an explicit null replaces the null (clearing it then means "not set").
    connect(m_ui->modelComboBox->lineEdit(), &QLineEdit::textEdited, this, [this] {
        if (m_modelNull) {
            m_modelNull = false;
            updateAssistantDetails();
            Q_EMIT changed();
        }
    });
    connect(m_ui->instructionsPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_instructionsNull && !m_reading) {
            m_instructionsNull = false;
            updateAssistantDetails();
            Q_EMIT changed();
        }
    });
    updateAssistantDetails();
}

AssistantSection::~AssistantSection()
{
    section::silenceChildren(this);
}

QStringList AssistantSection::keys() const
{
    return { jsonKey(&RunSettings::assistantId), jsonKey(&RunSettings::model), jsonKey(&RunSettings::instructions) };
}

QString AssistantSection::assistantId() const
{
    QString text = m_ui->assistantComboBox->currentText().trimmed();
    // A completion puts the whole label ("name — model — tools (id)") into the field: use its id.
    const int index = m_ui->assistantComboBox->findText(text, Qt::MatchExactly);
    if (index >= 0) {
        QString id = m_ui->assistantComboBox->itemData(index, AssistantIdRole).toString();
        if (!id.isEmpty()) {
            return id;
        }
    }
    return text;
}

void AssistantSection::writeTo(CreateThreadAndRunRequest &request) const
{
    // assistant_id is required: always sent, so that an empty one is reported by the validator.
    request.assistantId = assistantId();
    const QString model = m_ui->modelComboBox->currentText().trimmed();
    if (!model.isEmpty()) {
        request.model = model;
    } else if (m_modelNull) {
        request.model.setNull();
    }
    const QString instructions = m_ui->instructionsPlainTextEdit->toPlainText();
    if (!instructions.isEmpty()) {
        request.instructions = instructions;
    } else if (m_instructionsNull) {
        request.instructions.setNull();
    }
}

void AssistantSection::readFrom(const CreateThreadAndRunRequest &request)
{
    m_reading = true;
    m_modelNull = request.model.isNull();
    m_instructionsNull = request.instructions.isNull();
    m_ui->assistantComboBox->setEditText(request.assistantId.value());
    m_ui->modelComboBox->setEditText(request.model.value());
    const QString instructions = request.instructions.value();
    if (instructions != m_ui->instructionsPlainTextEdit->toPlainText()) {
        m_ui->instructionsPlainTextEdit->setPlainText(instructions);
    }
    m_reading = false;
    updateAssistantDetails();
}

QWidget *AssistantSection::widgetForPath(const QString &path, bool reveal)
{
    Q_UNUSED(reveal)
    if (section::pathStartsWith(path, jsonKey(&RunSettings::assistantId))) {
        return m_ui->assistantComboBox;
    }
    if (section::pathStartsWith(path, jsonKey(&RunSettings::model))) {
        return m_ui->modelComboBox;
    }
    if (section::pathStartsWith(path, jsonKey(&RunSettings::instructions))) {
        return m_ui->instructionsPlainTextEdit;
    }
    return nullptr;
}

void AssistantSection::setAssistants(const QJsonArray &assistants)
{
    m_assistants = assistants;
    const QString text = m_ui->assistantComboBox->currentText();
    const QSignalBlocker blocker(m_ui->assistantComboBox);
    m_ui->assistantComboBox->clear();
    for (const QJsonValue value : assistants) {
        const QJsonObject assistant = value.toObject();
        const QString id = assistant.value(QLatin1String("id")).toString();
        const QString name = assistant.value(QLatin1String("name")).toString();
        const QString label = tr("%1 — %2 — %3 (%4)")
                                  .arg(name.isEmpty() ? tr("(unnamed)") : name,
                                       assistant.value(QLatin1String("model")).toString(), toolsSummary(assistant), id);
        m_ui->assistantComboBox->addItem(label);
        m_ui->assistantComboBox->setItemData(m_ui->assistantComboBox->count() - 1, id, AssistantIdRole);
    }
    m_ui->assistantComboBox->setEditText(text);
    updateAssistantDetails();
}

void AssistantSection::setModels(const QStringList &models)
{
    const QString text = m_ui->modelComboBox->currentText();
    const QSignalBlocker blocker(m_ui->modelComboBox);
    m_ui->modelComboBox->clear();
    m_ui->modelComboBox->addItems(models);
    m_ui->modelComboBox->setEditText(text);
}

void AssistantSection::updateAssistantDetails()
{
    const QString id = assistantId();
    QJsonObject found;
    for (const QJsonValue value : std::as_const(m_assistants)) {
        if (value.toObject().value(QLatin1String("id")).toString() == id) {
            found = value.toObject();
            break;
        }
    }
    if (found.isEmpty()) {
        m_ui->assistantDetailsLabel->setText(id.isEmpty() ? tr("No assistant chosen yet: one is required.")
                                                          : tr("Assistant %1 (not in the loaded list)").arg(id));
        m_ui->modelComboBox->lineEdit()->setPlaceholderText(tr("Assistant default"));
        m_ui->instructionsPlainTextEdit->setPlaceholderText(tr("Assistant default: the assistant's own instructions"));
        showNullStates();
        m_chosenTools.clear();
        Q_EMIT chosenAssistantChanged();
        return;
    }
    const QString model = found.value(QLatin1String("model")).toString();
    const QString instructions = found.value(QLatin1String("instructions")).toString();
    m_ui->assistantDetailsLabel->setText(
        tr("%1 · model %2 · tools: %3").arg(found.value(QLatin1String("name")).toString(), model, toolsSummary(found)));
    m_ui->modelComboBox->lineEdit()->setPlaceholderText(tr("Assistant default: %1").arg(model));
    m_ui->instructionsPlainTextEdit->setPlaceholderText(instructions.isEmpty()
                                                            ? tr("Assistant default: no instructions")
                                                            : tr("Assistant default: %1").arg(instructions));
    showNullStates();
    m_chosenTools = toolsSummary(found);
    Q_EMIT chosenAssistantChanged();
}

void AssistantSection::showNullStates()
{
    if (m_modelNull) {
        m_ui->modelComboBox->lineEdit()->setPlaceholderText(
            tr("null (explicit): sent as null. Type a model to replace it."));
    }
    if (m_instructionsNull) {
        m_ui->instructionsPlainTextEdit->setPlaceholderText(
            tr("null (explicit): sent as null. Type instructions to replace it."));
    }
}

} // namespace rl
