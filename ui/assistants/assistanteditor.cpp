#include "assistanteditor.h"

#include "ui_assistanteditor.h"

#include "createrunrequest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace rl {

namespace {
const QString kType = QStringLiteral("type");
} // namespace

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
    ui->nameLineEdit->setText(a.value(QLatin1String("name")).toString());
    ui->descriptionLineEdit->setText(a.value(QLatin1String("description")).toString());
    const QString model = a.value(QLatin1String("model")).toString();
    ui->modelComboBox->setEditText(a.isEmpty() ? defaultModel : model);
    ui->instructionsPlainTextEdit->setPlainText(a.value(QLatin1String("instructions")).toString());
    const QJsonValue temperature = a.value(QLatin1String("temperature"));
    ui->temperatureCheckBox->setChecked(temperature.isDouble());
    ui->temperatureDoubleSpinBox->setValue(temperature.isDouble() ? temperature.toDouble() : 1.0);
    const QJsonValue topP = a.value(QLatin1String("top_p"));
    ui->topPCheckBox->setChecked(topP.isDouble());
    ui->topPDoubleSpinBox->setValue(topP.isDouble() ? topP.toDouble() : 1.0);

    Format format = Format::Auto;
    const QJsonValue rf = a.value(QLatin1String("response_format"));
    const QJsonObject schema = rf.toObject().value(QLatin1String("json_schema")).toObject();
    const QString type = rf.toObject().value(kType).toString();
    if (type == QLatin1String("text")) {
        format = Format::Text;
    } else if (type == QLatin1String("json_object")) {
        format = Format::JsonObject;
    } else if (type == QLatin1String("json_schema")) {
        format = Format::JsonSchema;
    }
    ui->responseFormatComboBox->setCurrentIndex(ui->responseFormatComboBox->findData(int(format)));
    ui->schemaNameLineEdit->setText(schema.value(QLatin1String("name")).toString());
    ui->schemaJsonEditor->setJson(
        schema.contains(QLatin1String("schema"))
            ? QJsonDocument(schema.value(QLatin1String("schema")).toObject()).toJson(QJsonDocument::Indented)
            : QByteArrayLiteral("{\n  \"type\": \"object\",\n  \"properties\": {}\n}\n"));
    ui->strictCheckBox->setChecked(schema.value(QLatin1String("strict")).toBool());
    ui->toolListEditor->setTools(a.value(QLatin1String("tools")).toArray());
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
    QJsonObject f;
    f.insert(QLatin1String("model"), modelText());
    const QString name = ui->nameLineEdit->text().trimmed();
    const QString description = ui->descriptionLineEdit->text().trimmed();
    const QString instructions = ui->instructionsPlainTextEdit->toPlainText();
    const auto text = [&f, forModify](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            f.insert(QLatin1String(key), value);
        } else if (forModify) {
            f.insert(QLatin1String(key), QJsonValue::Null);
        }
    };
    text("name", name);
    text("description", description);
    text("instructions", instructions);
    const auto number = [&f, forModify](const char *key, bool on, double value) {
        if (on) {
            f.insert(QLatin1String(key), value);
        } else if (forModify) {
            f.insert(QLatin1String(key), QJsonValue::Null);
        }
    };
    number("temperature", ui->temperatureCheckBox->isChecked(), ui->temperatureDoubleSpinBox->value());
    number("top_p", ui->topPCheckBox->isChecked(), ui->topPDoubleSpinBox->value());

    const auto format = Format(ui->responseFormatComboBox->currentData().toInt());
    switch (format) {
    case Format::Auto:
        f.insert(QLatin1String("response_format"), QStringLiteral("auto"));
        break;
    case Format::Text:
        f.insert(QLatin1String("response_format"), QJsonObject { { kType, QStringLiteral("text") } });
        break;
    case Format::JsonObject:
        f.insert(QLatin1String("response_format"), QJsonObject { { kType, QStringLiteral("json_object") } });
        break;
    case Format::JsonSchema: {
        const QString schemaName = ui->schemaNameLineEdit->text().trimmed();
        if (!ui->schemaJsonEditor->isValid()) {
            return refuse(ui->schemaJsonEditor,
                          tr("The schema is not a JSON object yet: %1 (line %2, column %3).")
                              .arg(ui->schemaJsonEditor->errorString())
                              .arg(ui->schemaJsonEditor->errorLine())
                              .arg(ui->schemaJsonEditor->errorColumn()));
        }
        QJsonObject schema { { QStringLiteral("name"), schemaName },
                             { QStringLiteral("schema"),
                               QJsonDocument::fromJson(ui->schemaJsonEditor->text().toUtf8()).object() } };
        if (ui->strictCheckBox->isChecked()) {
            schema.insert(QStringLiteral("strict"), true);
        }
        f.insert(QLatin1String("response_format"),
                 QJsonObject { { kType, QStringLiteral("json_schema") }, { QStringLiteral("json_schema"), schema } });
        break;
    }
    }
    f.insert(QLatin1String("tools"), ui->toolListEditor->tools());
    // Every other rule (lengths, names, tools) is the request model's, as the server applies it.
    const Problems problems
        = checkRequestBody(forModify ? RequestBody::ModifyAssistant : RequestBody::CreateAssistant, f);
    const auto error = std::find_if(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.isError(); });
    if (error != problems.cend()) {
        return refuse(widgetForPath(error->path), error->message);
    }
    return f;
}

QWidget *AssistantEditor::widgetForPath(const QString &path) const
{
    const auto under = [&path](const char *key) {
        const QString k = QLatin1String(key);
        return path == k || path.startsWith(k + QLatin1Char('.')) || path.startsWith(k + QLatin1Char('['));
    };
    if (under("response_format.json_schema.name")) {
        return ui->schemaNameLineEdit;
    }
    if (under("response_format")) {
        return ui->schemaJsonEditor;
    }
    if (under("tools")) {
        return ui->toolListEditor;
    }
    if (under("instructions")) {
        return ui->instructionsPlainTextEdit;
    }
    if (under("description")) {
        return ui->descriptionLineEdit;
    }
    if (under("name")) {
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
