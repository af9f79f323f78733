#include "generationsection.h"

#include "ui_generationsection.h"

#include "createthreadandrunrequest.h"
#include "keptvalue.h"
#include "requestfields.h"

#include <QJsonDocument>
#include <QLineEdit>

#include <cmath>
#include <limits>
#include <tuple>

namespace rl {

namespace {

enum Truncation { TruncationUnset, TruncationAuto, TruncationLast, TruncationNull };
enum Format { FormatUnset, FormatAuto, FormatText, FormatJsonObject, FormatJsonSchema, FormatNull };
enum Choice {
    ChoiceUnset,
    ChoiceNone,
    ChoiceAuto,
    ChoiceRequired,
    ChoiceCode,
    ChoiceFileSearch,
    ChoiceFunction,
    ChoiceNull
};
enum Tristate { TriUnset, TriTrue, TriFalse };

// Connects a slider (integer steps) and a spin box (real value) both ways. Only a move of the
// slider itself sets the spin box: a typed value outside the slider's range stays as typed.
void linkSlider(QSlider *slider, QDoubleSpinBox *spin, int stepsPerUnit)
{
    QObject::connect(slider, &QSlider::actionTriggered, spin, [slider, spin, stepsPerUnit] {
        const double value = double(slider->sliderPosition()) / stepsPerUnit;
        if (std::abs(spin->value() - value) > 0.5 / stepsPerUnit) {
            spin->setValue(value);
        }
    });
    QObject::connect(spin, &QDoubleSpinBox::valueChanged, slider, [slider, stepsPerUnit](double v) {
        const QSignalBlocker blocker(slider);
        slider->setValue(int(std::lround(v * stepsPerUnit)));
    });
}

int tristateIndex(const Field<bool> &f)
{
    if (!f.hasValue()) {
        return TriUnset;
    }
    return f.value() ? TriTrue : TriFalse;
}

Field<bool> tristate(int index)
{
    return index == TriUnset ? Field<bool>() : Field<bool>(index == TriTrue);
}

using Number = Field<double> RunSettings::*;
using WholeNumber = Field<qint64> RunSettings::*;

} // namespace

GenerationSection::GenerationSection(QWidget *parent)
    : ComposerSection(parent)
    , m_ui(std::make_unique<Ui::GenerationSection>())
{
    m_ui->setupUi(this);
    // Any number the spin boxes can hold is shown as it is, in or out of the API's limits (the
    // request's checks mark it); only what they cannot hold is kept aside.
    m_ui->temperatureDoubleSpinBox->setLimits(limits::minTemperature, limits::maxTemperature);
    m_ui->topPDoubleSpinBox->setLimits(limits::minTopP, limits::maxTopP);
    m_temperatureKept = new KeptValue(m_ui->temperatureDoubleSpinBox, m_ui->temperatureDoubleSpinBox->minimum(),
                                      m_ui->temperatureDoubleSpinBox->maximum());
    m_temperatureKept->setSlider(m_ui->temperatureSlider);
    m_topPKept = new KeptValue(m_ui->topPDoubleSpinBox, m_ui->topPDoubleSpinBox->minimum(),
                               m_ui->topPDoubleSpinBox->maximum());
    m_topPKept->setSlider(m_ui->topPSlider);
    constexpr qint64 maxInt = std::numeric_limits<int>::max();
    m_maxPromptKept = new KeptValue(m_ui->maxPromptTokensSpinBox, limits::minTokenLimit, maxInt);
    m_maxCompletionKept = new KeptValue(m_ui->maxCompletionTokensSpinBox, limits::minTokenLimit, maxInt);
    m_lastMessagesKept = new KeptValue(m_ui->lastMessagesSpinBox, limits::minLastMessages, maxInt);
    linkSlider(m_ui->temperatureSlider, m_ui->temperatureDoubleSpinBox, 100);
    linkSlider(m_ui->topPSlider, m_ui->topPDoubleSpinBox, 100);
    m_ui->toolChoiceFunctionComboBox->lineEdit()->setPlaceholderText(tr("function name"));
    m_ui->jsonSchemaEditor->setObjectRequired(true);

    const auto emitChanged = [this] {
        updateEnabledStates();
        Q_EMIT changed();
    };
    for (KeptValue *kept :
         { m_temperatureKept, m_topPKept, m_maxPromptKept, m_maxCompletionKept, m_lastMessagesKept }) {
        connect(kept, &KeptValue::edited, this, emitChanged);
    }
    for (QCheckBox *box : { m_ui->temperatureDefaultCheckBox, m_ui->topPDefaultCheckBox }) {
        connect(box, &QCheckBox::stateChanged, this, emitChanged);
        // A click on the "null" state goes back to the two plain states.
        connect(box, &QCheckBox::clicked, this, [this, box] { setNullState(box, false); });
    }
    for (QDoubleSpinBox *spin : { m_ui->temperatureDoubleSpinBox, m_ui->topPDoubleSpinBox }) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, emitChanged);
    }
    for (QSpinBox *spin :
         { m_ui->maxPromptTokensSpinBox, m_ui->maxCompletionTokensSpinBox, m_ui->lastMessagesSpinBox }) {
        connect(spin, &QSpinBox::valueChanged, this, emitChanged);
    }
    for (QComboBox *combo : { m_ui->truncationComboBox, m_ui->responseFormatComboBox, m_ui->jsonSchemaStrictComboBox,
                              m_ui->toolChoiceComboBox, m_ui->parallelToolCallsComboBox }) {
        connect(combo, &QComboBox::currentIndexChanged, this, emitChanged);
    }
    connect(m_ui->toolChoiceFunctionComboBox, &QComboBox::editTextChanged, this, emitChanged);
    for (QLineEdit *line : { m_ui->jsonSchemaNameLineEdit, m_ui->jsonSchemaDescriptionLineEdit }) {
        connect(line, &QLineEdit::textChanged, this, emitChanged);
    }
    connect(m_ui->jsonSchemaEditor, &JsonEditor::edited, this, emitChanged);
    connect(
        m_ui->jsonSchemaEditor, &JsonEditor::validityChanged, this,
        [this](bool valid, const QString &error, int line, int column) {
            m_ui->jsonSchemaStatusLabel->setText(
                valid ? QString()
                      : tr("Not valid JSON yet (line %1, column %2: %3). The last valid schema is kept in the request.")
                            .arg(line)
                            .arg(column)
                            .arg(error));
        });
    updateEnabledStates();
}

void GenerationSection::setNullState(QCheckBox *box, bool isNull)
{
    // Null (sent as an explicit JSON null) is the partly checked state, with words that say so.
    const QSignalBlocker blocker(box);
    if (isNull) {
        box->setTristate(true);
        box->setCheckState(Qt::PartiallyChecked);
        box->setText(tr("null (explicit)"));
    } else {
        const bool wasNull = box->checkState() == Qt::PartiallyChecked;
        box->setTristate(false);
        if (wasNull) {
            box->setCheckState(Qt::Checked);
        }
        box->setText(tr("Assistant default"));
    }
    updateEnabledStates();
}

GenerationSection::~GenerationSection()
{
    section::silenceChildren(this);
}

QStringList GenerationSection::keys() const
{
    return { jsonKey(&RunSettings::temperature),        jsonKey(&RunSettings::topP),
             jsonKey(&RunSettings::maxPromptTokens),    jsonKey(&RunSettings::maxCompletionTokens),
             jsonKey(&RunSettings::truncationStrategy), jsonKey(&RunSettings::responseFormat),
             jsonKey(&RunSettings::toolChoice),         jsonKey(&RunSettings::parallelToolCalls) };
}

void GenerationSection::updateEnabledStates()
{
    const bool temperatureSet = m_ui->temperatureDefaultCheckBox->checkState() == Qt::Unchecked;
    m_ui->temperatureSlider->setEnabled(temperatureSet);
    m_ui->temperatureDoubleSpinBox->setEnabled(temperatureSet);
    const bool topPSet = m_ui->topPDefaultCheckBox->checkState() == Qt::Unchecked;
    m_ui->topPSlider->setEnabled(topPSet);
    m_ui->topPDoubleSpinBox->setEnabled(topPSet);
    m_ui->lastMessagesSpinBox->setEnabled(m_ui->truncationComboBox->currentIndex() == TruncationLast);
    m_ui->jsonSchemaGroupBox->setVisible(m_ui->responseFormatComboBox->currentIndex() == FormatJsonSchema);
    m_ui->toolChoiceFunctionComboBox->setEnabled(m_ui->toolChoiceComboBox->currentIndex() == ChoiceFunction);
}

void GenerationSection::writeTo(CreateThreadAndRunRequest &request) const
{
    for (const auto &[box, spin, kept, member] :
         { std::tuple { m_ui->temperatureDefaultCheckBox, m_ui->temperatureDoubleSpinBox, m_temperatureKept,
                        Number(&RunSettings::temperature) },
           std::tuple { m_ui->topPDefaultCheckBox, m_ui->topPDoubleSpinBox, m_topPKept,
                        Number(&RunSettings::topP) } }) {
        if (box->checkState() == Qt::PartiallyChecked) {
            (request.*member).setNull();
        } else if (box->checkState() == Qt::Unchecked) {
            section::put(request.*member, request.extras, jsonKey(member), kept->valueOr(spin->value()));
        }
    }
    for (const auto &[spin, kept, member] :
         { std::tuple { m_ui->maxPromptTokensSpinBox, m_maxPromptKept, WholeNumber(&RunSettings::maxPromptTokens) },
           std::tuple { m_ui->maxCompletionTokensSpinBox, m_maxCompletionKept,
                        WholeNumber(&RunSettings::maxCompletionTokens) } }) {
        if (kept->isKept()) {
            section::put(request.*member, request.extras, jsonKey(member), kept->value());
        } else if (spin->value() != spin->minimum()) {
            request.*member = spin->value();
        }
    }

    switch (m_ui->truncationComboBox->currentIndex()) {
    case TruncationAuto:
        request.truncationStrategy.ensure().type = QStringLiteral("auto");
        break;
    case TruncationLast: {
        TruncationStrategy &truncation = request.truncationStrategy.ensure();
        truncation.type = QStringLiteral("last_messages");
        section::put(truncation.lastMessages, truncation.extras, jsonKey(&TruncationStrategy::lastMessages),
                     m_lastMessagesKept->valueOr(m_ui->lastMessagesSpinBox->value()));
        break;
    }
    case TruncationNull:
        request.truncationStrategy.setNull();
        break;
    default:
        break;
    }

    using FormatKind = ResponseFormat::Kind;
    switch (m_ui->responseFormatComboBox->currentIndex()) {
    case FormatAuto:
        request.responseFormat = ResponseFormat::ofKind(FormatKind::Auto);
        break;
    case FormatText:
        request.responseFormat = ResponseFormat::ofKind(FormatKind::Text);
        break;
    case FormatJsonObject:
        request.responseFormat = ResponseFormat::ofKind(FormatKind::JsonObject);
        break;
    case FormatJsonSchema: {
        JsonSchemaFormat schema;
        schema.name = m_ui->jsonSchemaNameLineEdit->text();
        if (!m_ui->jsonSchemaDescriptionLineEdit->text().isEmpty()) {
            schema.description = m_ui->jsonSchemaDescriptionLineEdit->text();
        }
        const QJsonDocument doc = QJsonDocument::fromJson(m_ui->jsonSchemaEditor->text().toUtf8());
        if (doc.isObject()) {
            schema.schema = QJsonValue(doc.object());
        }
        schema.strict = tristate(m_ui->jsonSchemaStrictComboBox->currentIndex());
        request.responseFormat = ResponseFormat::ofSchema(schema);
        break;
    }
    case FormatNull:
        request.responseFormat.setNull();
        break;
    default:
        break;
    }

    using ChoiceKind = ToolChoice::Kind;
    switch (m_ui->toolChoiceComboBox->currentIndex()) {
    case ChoiceNone:
        request.toolChoice = ToolChoice::mode(ChoiceKind::None);
        break;
    case ChoiceAuto:
        request.toolChoice = ToolChoice::mode(ChoiceKind::Auto);
        break;
    case ChoiceRequired:
        request.toolChoice = ToolChoice::mode(ChoiceKind::Required);
        break;
    case ChoiceCode:
        request.toolChoice = ToolChoice::namedTool(QStringLiteral("code_interpreter"));
        break;
    case ChoiceFileSearch:
        request.toolChoice = ToolChoice::namedTool(QStringLiteral("file_search"));
        break;
    case ChoiceFunction:
        request.toolChoice = ToolChoice::namedFunction(m_ui->toolChoiceFunctionComboBox->currentText().trimmed());
        break;
    case ChoiceNull:
        request.toolChoice.setNull();
        break;
    default:
        break;
    }
    request.parallelToolCalls = tristate(m_ui->parallelToolCallsComboBox->currentIndex());
}

void GenerationSection::readFrom(const CreateThreadAndRunRequest &request)
{
    // Values a spin box cannot show exactly are kept as they are (see KeptValue) and stay in the
    // body; the validator says what is wrong with them.
    for (const auto &[box, kept, member] :
         { std::tuple { m_ui->temperatureDefaultCheckBox, m_temperatureKept, Number(&RunSettings::temperature) },
           std::tuple { m_ui->topPDefaultCheckBox, m_topPKept, Number(&RunSettings::topP) } }) {
        const QJsonValue value = section::loaded(request.*member, request.extras, jsonKey(member));
        setNullState(box, value.isNull());
        if (!value.isNull()) {
            box->setChecked(value.isUndefined());
        }
        if (value.isUndefined() || value.isNull()) {
            kept->forget();
        } else {
            kept->load(value);
        }
    }
    for (const auto &[spin, kept, member] :
         { std::tuple { m_ui->maxPromptTokensSpinBox, m_maxPromptKept, WholeNumber(&RunSettings::maxPromptTokens) },
           std::tuple { m_ui->maxCompletionTokensSpinBox, m_maxCompletionKept,
                        WholeNumber(&RunSettings::maxCompletionTokens) } }) {
        const QJsonValue v = section::loaded(request.*member, request.extras, jsonKey(member));
        if (v.isUndefined()) {
            kept->forget();
            spin->setValue(spin->minimum());
        } else {
            kept->load(v);
        }
    }

    const TruncationStrategy &truncation = request.truncationStrategy.value();
    const QString truncationType = truncation.type.value();
    if (request.truncationStrategy.isNull()) {
        m_ui->truncationComboBox->setCurrentIndex(TruncationNull);
    } else if (request.truncationStrategy.hasValue() && truncationType == QLatin1String("auto")) {
        m_ui->truncationComboBox->setCurrentIndex(TruncationAuto);
    } else if (request.truncationStrategy.hasValue() && truncationType == QLatin1String("last_messages")) {
        m_ui->truncationComboBox->setCurrentIndex(TruncationLast);
        const QJsonValue last
            = section::loaded(truncation.lastMessages, truncation.extras, jsonKey(&TruncationStrategy::lastMessages));
        if (last.isUndefined()) {
            m_lastMessagesKept->forget();
            m_ui->lastMessagesSpinBox->setValue(10);
        } else {
            m_lastMessagesKept->load(last);
        }
    } else {
        m_lastMessagesKept->forget();
        m_ui->truncationComboBox->setCurrentIndex(TruncationUnset);
    }

    using FormatKind = ResponseFormat::Kind;
    const ResponseFormat &format = request.responseFormat.value();
    int formatIndex = FormatUnset;
    if (request.responseFormat.isNull()) {
        formatIndex = FormatNull;
    } else if (request.responseFormat.hasValue()) {
        formatIndex = format.kind == FormatKind::Auto ? FormatAuto
            : format.kind == FormatKind::Text         ? FormatText
            : format.kind == FormatKind::JsonObject   ? FormatJsonObject
            : format.kind == FormatKind::JsonSchema   ? FormatJsonSchema
                                                      : FormatUnset;
    }
    const JsonSchemaFormat &schema = format.jsonSchema.value();
    m_ui->jsonSchemaNameLineEdit->setText(schema.name.value());
    m_ui->jsonSchemaDescriptionLineEdit->setText(schema.description.value());
    m_ui->jsonSchemaStrictComboBox->setCurrentIndex(tristateIndex(schema.strict));
    const QJsonValue schemaValue = schema.schema.value();
    m_ui->jsonSchemaEditor->setJson(
        schemaValue.isObject() ? QJsonDocument(schemaValue.toObject()).toJson(QJsonDocument::Indented) : QByteArray());
    m_ui->responseFormatComboBox->setCurrentIndex(formatIndex);

    using ChoiceKind = ToolChoice::Kind;
    const ToolChoice &choice = request.toolChoice.value();
    const QString choiceType = choice.type.value();
    int choiceIndex = ChoiceUnset;
    if (request.toolChoice.isNull()) {
        choiceIndex = ChoiceNull;
    } else if (request.toolChoice.hasValue()) {
        choiceIndex = choice.kind == ChoiceKind::None         ? ChoiceNone
            : choice.kind == ChoiceKind::Auto                 ? ChoiceAuto
            : choice.kind == ChoiceKind::Required             ? ChoiceRequired
            : choice.kind != ChoiceKind::Named                ? ChoiceUnset
            : choiceType == QLatin1String("code_interpreter") ? ChoiceCode
            : choiceType == QLatin1String("file_search")      ? ChoiceFileSearch
            : choiceType == QLatin1String("function")         ? ChoiceFunction
                                                              : ChoiceUnset;
    }
    m_ui->toolChoiceFunctionComboBox->setEditText(choice.function.value().name.value());
    m_ui->toolChoiceComboBox->setCurrentIndex(choiceIndex);
    m_ui->parallelToolCallsComboBox->setCurrentIndex(tristateIndex(request.parallelToolCalls));
    updateEnabledStates();
}

QWidget *GenerationSection::widgetForPath(const QString &path, bool reveal)
{
    Q_UNUSED(reveal)
    // The most specific paths first.
    const std::pair<QString, QWidget *> widgets[] = {
        { jsonKey(&RunSettings::temperature), m_ui->temperatureDoubleSpinBox },
        { jsonKey(&RunSettings::topP), m_ui->topPDoubleSpinBox },
        { jsonKey(&RunSettings::maxPromptTokens), m_ui->maxPromptTokensSpinBox },
        { jsonKey(&RunSettings::maxCompletionTokens), m_ui->maxCompletionTokensSpinBox },
        { jsonPath(&RunSettings::truncationStrategy, &TruncationStrategy::lastMessages), m_ui->lastMessagesSpinBox },
        { jsonKey(&RunSettings::truncationStrategy), m_ui->truncationComboBox },
        { jsonPath(&RunSettings::responseFormat, &ResponseFormat::jsonSchema, &JsonSchemaFormat::name),
          m_ui->jsonSchemaNameLineEdit },
        { jsonPath(&RunSettings::responseFormat, &ResponseFormat::jsonSchema, &JsonSchemaFormat::schema),
          m_ui->jsonSchemaEditor },
        { jsonKey(&RunSettings::responseFormat), m_ui->responseFormatComboBox },
        { jsonPath(&RunSettings::toolChoice, &ToolChoice::function), m_ui->toolChoiceFunctionComboBox },
        { jsonKey(&RunSettings::toolChoice), m_ui->toolChoiceComboBox },
        { jsonKey(&RunSettings::parallelToolCalls), m_ui->parallelToolCallsComboBox },
    };
    for (const auto &[prefix, widget] : widgets) {
        if (section::pathStartsWith(path, prefix)) {
            return widget;
        }
    }
    return nullptr;
}

void GenerationSection::setFunctionNames(const QStringList &names)
{
    QStringList current;
    for (int i = 0; i < m_ui->toolChoiceFunctionComboBox->count(); ++i) {
        current.append(m_ui->toolChoiceFunctionComboBox->itemText(i));
    }
    if (current == names) {
        return;
    }
    const QString text = m_ui->toolChoiceFunctionComboBox->currentText();
    const QSignalBlocker blocker(m_ui->toolChoiceFunctionComboBox);
    m_ui->toolChoiceFunctionComboBox->clear();
    m_ui->toolChoiceFunctionComboBox->addItems(names);
    m_ui->toolChoiceFunctionComboBox->setEditText(text);
}

} // namespace rl
