#include "assistanteditor.h"

#include "ui_assistanteditor.h"

#include "createrunrequest.h"
#include "jsontext.h"
#include "requestfields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace rl {

AssistantEditor::AssistantEditor(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<::Ui::AssistantEditor>())
{
    ui->setupUi(this);
    ui->responseFormatComboBox->addItem(tr("As the model likes (auto)"), int(Format::Auto));
    ui->responseFormatComboBox->addItem(tr("Text"), int(Format::Text));
    ui->responseFormatComboBox->addItem(tr("JSON (any object)"), int(Format::JsonObject));
    ui->responseFormatComboBox->addItem(tr("JSON following a schema"), int(Format::JsonSchema));
    ui->schemaJsonEditor->setObjectRequired(true);
    ui->schemaJsonEditor->setEmptyAllowed(false);
    ui->instructionsPlainTextEdit->setTabChangesFocus(true);

    const auto changed = [this] {
        updateEnabled();
        if (!m_loading) {
            Q_EMIT edited();
        }
    };
    connect(ui->nameLineEdit, &QLineEdit::textEdited, this, changed);
    connect(ui->descriptionLineEdit, &QLineEdit::textEdited, this, changed);
    connect(ui->modelComboBox, &QComboBox::editTextChanged, this, changed);
    connect(ui->instructionsPlainTextEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(ui->temperatureCheckBox, &QCheckBox::toggled, this, changed);
    connect(ui->temperatureDoubleSpinBox, &QDoubleSpinBox::valueChanged, this, changed);
    connect(ui->topPCheckBox, &QCheckBox::toggled, this, changed);
    connect(ui->topPDoubleSpinBox, &QDoubleSpinBox::valueChanged, this, changed);
    connect(ui->responseFormatComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(ui->schemaNameLineEdit, &QLineEdit::textEdited, this, changed);
    connect(ui->schemaJsonEditor, &JsonEditor::edited, this, changed);
    connect(ui->strictCheckBox, &QCheckBox::toggled, this, changed);
    connect(ui->toolListEditor, &ToolListEditor::changed, this, changed);
    setAssistant(QJsonObject());
}

AssistantEditor::~AssistantEditor() = default;

void AssistantEditor::setModels(const QStringList &models)
{
    const QString current = modelText();
    m_loading = true;
    ui->modelComboBox->clear();
    ui->modelComboBox->addItems(models);
    ui->modelComboBox->setEditText(current);
    m_loading = false;
}

void AssistantEditor::setBuiltInToolsOffered(bool offered)
{
    ui->toolListEditor->setBuiltInToolsOffered(offered);
}

void AssistantEditor::setAssistant(const QJsonObject &a, const QString &defaultModel)
{
    m_loading = true;
    const AssistantRequest assistant = readAssistantRequest(a);
    ui->nameLineEdit->setText(assistant.name.value());
    ui->descriptionLineEdit->setText(assistant.description.value());
    ui->modelComboBox->setEditText(a.isEmpty() ? defaultModel : assistant.model.value());
    ui->instructionsPlainTextEdit->setPlainText(assistant.instructions.value());
    ui->temperatureCheckBox->setChecked(assistant.temperature.hasValue());
    ui->temperatureDoubleSpinBox->setValue(assistant.temperature.valueOr(1.0));
    ui->topPCheckBox->setChecked(assistant.topP.hasValue());
    ui->topPDoubleSpinBox->setValue(assistant.topP.valueOr(1.0));

    using Kind = ResponseFormat::Kind;
    const ResponseFormat &responseFormat = assistant.responseFormat.value();
    Format format = Format::Auto;
    if (assistant.responseFormat.hasValue()) {
        format = responseFormat.kind == Kind::Text    ? Format::Text
            : responseFormat.kind == Kind::JsonObject ? Format::JsonObject
            : responseFormat.kind == Kind::JsonSchema ? Format::JsonSchema
                                                      : Format::Auto;
    }
    ui->responseFormatComboBox->setCurrentIndex(ui->responseFormatComboBox->findData(int(format)));
    const JsonSchemaFormat &schema = responseFormat.jsonSchema.value();
    ui->schemaNameLineEdit->setText(schema.name.value());
    ui->schemaJsonEditor->setJson(schema.schema.hasValue()
                                      ? QJsonDocument(schema.schema.value().toObject()).toJson(QJsonDocument::Indented)
                                      : QByteArrayLiteral("{\n  \"type\": \"object\",\n  \"properties\": {}\n}\n"));
    ui->strictCheckBox->setChecked(schema.strict.valueOr(false));
    QJsonArray tools;
    for (const Tool &tool : assistant.tools.value()) {
        tools.append(partToJson(tool));
    }
    ui->toolListEditor->setTools(tools);
    m_loading = false;
    updateEnabled();
}

QString AssistantEditor::modelText() const
{
    return ui->modelComboBox->currentText().trimmed();
}

QJsonObject AssistantEditor::fields(bool forModify, QString *problem) const
{
    const auto refuse = [problem](QWidget *where, const QString &why) {
        *problem = why;
        where->setFocus();
        return QJsonObject();
    };
    if (modelText().isEmpty()) {
        return refuse(ui->modelComboBox, tr("Choose the model that answers (the server's list is in the menu)."));
    }
    AssistantRequest f;
    f.model = modelText();
    const auto text = [forModify](Field<QString> &field, const QString &value) {
        if (!value.isEmpty()) {
            field = value;
        } else if (forModify) {
            field.setNull();
        }
    };
    text(f.name, ui->nameLineEdit->text().trimmed());
    text(f.description, ui->descriptionLineEdit->text().trimmed());
    text(f.instructions, ui->instructionsPlainTextEdit->toPlainText());
    const auto number = [forModify](Field<double> &field, bool on, double value) {
        if (on) {
            field = value;
        } else if (forModify) {
            field.setNull();
        }
    };
    number(f.temperature, ui->temperatureCheckBox->isChecked(), ui->temperatureDoubleSpinBox->value());
    number(f.topP, ui->topPCheckBox->isChecked(), ui->topPDoubleSpinBox->value());

    using Kind = ResponseFormat::Kind;
    const auto format = Format(ui->responseFormatComboBox->currentData().toInt());
    switch (format) {
    case Format::Auto:
        f.responseFormat = ResponseFormat::ofKind(Kind::Auto);
        break;
    case Format::Text:
        f.responseFormat = ResponseFormat::ofKind(Kind::Text);
        break;
    case Format::JsonObject:
        f.responseFormat = ResponseFormat::ofKind(Kind::JsonObject);
        break;
    case Format::JsonSchema: {
        if (!ui->schemaJsonEditor->isValid()) {
            return refuse(ui->schemaJsonEditor,
                          tr("The schema is not a JSON object yet: %1 (line %2, column %3).")
                              .arg(ui->schemaJsonEditor->errorString())
                              .arg(ui->schemaJsonEditor->errorLine())
                              .arg(ui->schemaJsonEditor->errorColumn()));
        }
        JsonSchemaFormat schema;
        schema.name = ui->schemaNameLineEdit->text().trimmed();
        schema.schema = QJsonValue(QJsonDocument::fromJson(ui->schemaJsonEditor->text().toUtf8()).object());
        if (ui->strictCheckBox->isChecked()) {
            schema.strict = true;
        }
        f.responseFormat = ResponseFormat::ofSchema(schema);
        break;
    }
    }
    QList<Tool> &tools = f.tools.ensure();
    const QJsonArray items = ui->toolListEditor->tools();
    for (const QJsonValue item : items) {
        tools.append(partFromJson<Tool>(item));
    }
    QJsonObject body = readJsonText(writeAssistantRequest(f)).value.toObject();
    // Every other rule (lengths, names, tools) is the request model's, as the server applies it.
    const Problems problems
        = checkRequestBody(forModify ? RequestBody::ModifyAssistant : RequestBody::CreateAssistant, body);
    const auto error = std::find_if(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.isError(); });
    if (error != problems.cend()) {
        return refuse(widgetForPath(error->path), error->message);
    }
    return body;
}

QWidget *AssistantEditor::widgetForPath(const QString &path) const
{
    const auto under = [&path](const QString &key) {
        return path == key || path.startsWith(key + QLatin1Char('.')) || path.startsWith(key + QLatin1Char('['));
    };
    const QString format = jsonKey(&AssistantRequest::responseFormat);
    if (under(jsonPath(&AssistantRequest::responseFormat, &ResponseFormat::jsonSchema, &JsonSchemaFormat::name))) {
        return ui->schemaNameLineEdit;
    }
    if (under(format)) {
        return ui->schemaJsonEditor;
    }
    if (under(jsonKey(&AssistantRequest::tools))) {
        return ui->toolListEditor;
    }
    if (under(jsonKey(&AssistantRequest::instructions))) {
        return ui->instructionsPlainTextEdit;
    }
    if (under(jsonKey(&AssistantRequest::description))) {
        return ui->descriptionLineEdit;
    }
    if (under(jsonKey(&AssistantRequest::name))) {
        return ui->nameLineEdit;
    }
    return ui->modelComboBox;
}

void AssistantEditor::updateEnabled()
{
    ui->temperatureDoubleSpinBox->setEnabled(ui->temperatureCheckBox->isChecked());
    ui->topPDoubleSpinBox->setEnabled(ui->topPCheckBox->isChecked());
    ui->schemaWidget->setVisible(Format(ui->responseFormatComboBox->currentData().toInt()) == Format::JsonSchema);
}

} // namespace rl
