#include "generationsection.h"

#include "ui_generationsection.h"

#include "createthreadandrunrequest.h"
#include "keptvalue.h"

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

const QLatin1String kTemperature("temperature");
const QLatin1String kTopP("top_p");
const QLatin1String kMaxPrompt("max_prompt_tokens");
const QLatin1String kMaxCompletion("max_completion_tokens");
const QLatin1String kTruncation("truncation_strategy");
const QLatin1String kResponseFormat("response_format");
const QLatin1String kToolChoice("tool_choice");
const QLatin1String kParallel("parallel_tool_calls");
const QLatin1String kType("type");

// Connects a slider (integer steps) and a spin box (real value) both ways.
void linkSlider(QSlider *slider, QDoubleSpinBox *spin, int stepsPerUnit)
{
    QObject::connect(slider, &QSlider::valueChanged, spin, [spin, stepsPerUnit](int v) {
        const double value = double(v) / stepsPerUnit;
        if (std::abs(spin->value() - value) > 0.5 / stepsPerUnit) {
            spin->setValue(value);
        }
    });
    QObject::connect(spin, &QDoubleSpinBox::valueChanged, slider,
                     [slider, stepsPerUnit](double v) { slider->setValue(int(std::lround(v * stepsPerUnit))); });
}

int tristateIndex(const QJsonValue &v)
{
    if (!v.isBool()) {
        return TriUnset;
    }
    return v.toBool() ? TriTrue : TriFalse;
}

} // namespace

GenerationSection::GenerationSection(QWidget *parent)
    : ComposerSection(parent)
    , m_ui(std::make_unique<Ui::GenerationSection>())
{
    m_ui->setupUi(this);
    m_temperatureKept = new KeptValue(m_ui->temperatureDoubleSpinBox, limits::minTemperature, limits::maxTemperature);
    m_temperatureKept->setSlider(m_ui->temperatureSlider);
    m_topPKept = new KeptValue(m_ui->topPDoubleSpinBox, limits::minTopP, limits::maxTopP);
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
    return { kTemperature, kTopP, kMaxPrompt, kMaxCompletion, kTruncation, kResponseFormat, kToolChoice, kParallel };
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

void GenerationSection::writeTo(QJsonObject &body) const
{
    for (const auto &[box, spin, kept, key] :
         { std::tuple { m_ui->temperatureDefaultCheckBox, m_ui->temperatureDoubleSpinBox, m_temperatureKept,
                        kTemperature },
           std::tuple { m_ui->topPDefaultCheckBox, m_ui->topPDoubleSpinBox, m_topPKept, kTopP } }) {
        if (box->checkState() == Qt::PartiallyChecked) {
            body.insert(key, QJsonValue::Null);
        } else if (box->checkState() == Qt::Unchecked) {
            body.insert(key, kept->valueOr(spin->value()));
        }
    }
    for (const auto &[spin, kept, key] :
         { std::tuple { m_ui->maxPromptTokensSpinBox, m_maxPromptKept, kMaxPrompt },
           std::tuple { m_ui->maxCompletionTokensSpinBox, m_maxCompletionKept, kMaxCompletion } }) {
        if (kept->isKept()) {
            body.insert(key, kept->value());
        } else if (spin->value() != spin->minimum()) {
            body.insert(key, spin->value());
        }
    }
    switch (m_ui->truncationComboBox->currentIndex()) {
    case TruncationAuto:
        body.insert(kTruncation, QJsonObject { { kType, QStringLiteral("auto") } });
        break;
    case TruncationLast:
        body.insert(kTruncation,
                    QJsonObject { { kType, QStringLiteral("last_messages") },
                                  { QLatin1String("last_messages"),
                                    m_lastMessagesKept->valueOr(m_ui->lastMessagesSpinBox->value()) } });
        break;
    case TruncationNull:
        body.insert(kTruncation, QJsonValue::Null);
        break;
    default:
        break;
    }
    switch (m_ui->responseFormatComboBox->currentIndex()) {
    case FormatAuto:
        body.insert(kResponseFormat, QStringLiteral("auto"));
        break;
    case FormatText:
        body.insert(kResponseFormat, QJsonObject { { kType, QStringLiteral("text") } });
        break;
    case FormatJsonObject:
        body.insert(kResponseFormat, QJsonObject { { kType, QStringLiteral("json_object") } });
        break;
    case FormatJsonSchema: {
        QJsonObject schema;
        schema.insert(QLatin1String("name"), m_ui->jsonSchemaNameLineEdit->text());
        if (!m_ui->jsonSchemaDescriptionLineEdit->text().isEmpty()) {
            schema.insert(QLatin1String("description"), m_ui->jsonSchemaDescriptionLineEdit->text());
        }
        const QJsonDocument doc = QJsonDocument::fromJson(m_ui->jsonSchemaEditor->text().toUtf8());
        if (doc.isObject()) {
            schema.insert(QLatin1String("schema"), doc.object());
        }
        if (m_ui->jsonSchemaStrictComboBox->currentIndex() != TriUnset) {
            schema.insert(QLatin1String("strict"), m_ui->jsonSchemaStrictComboBox->currentIndex() == TriTrue);
        }
        body.insert(kResponseFormat,
                    QJsonObject { { kType, QStringLiteral("json_schema") }, { QLatin1String("json_schema"), schema } });
        break;
    }
    case FormatNull:
        body.insert(kResponseFormat, QJsonValue::Null);
        break;
    default:
        break;
    }
    switch (m_ui->toolChoiceComboBox->currentIndex()) {
    case ChoiceNone:
        body.insert(kToolChoice, QStringLiteral("none"));
        break;
    case ChoiceAuto:
        body.insert(kToolChoice, QStringLiteral("auto"));
        break;
    case ChoiceRequired:
        body.insert(kToolChoice, QStringLiteral("required"));
        break;
    case ChoiceCode:
        body.insert(kToolChoice, QJsonObject { { kType, QStringLiteral("code_interpreter") } });
        break;
    case ChoiceFileSearch:
        body.insert(kToolChoice, QJsonObject { { kType, QStringLiteral("file_search") } });
        break;
    case ChoiceFunction:
        body.insert(kToolChoice,
                    QJsonObject { { kType, QStringLiteral("function") },
                                  { QLatin1String("function"),
                                    QJsonObject { { QLatin1String("name"),
                                                    m_ui->toolChoiceFunctionComboBox->currentText().trimmed() } } } });
        break;
    case ChoiceNull:
        body.insert(kToolChoice, QJsonValue::Null);
        break;
    default:
        break;
    }
    if (m_ui->parallelToolCallsComboBox->currentIndex() != TriUnset) {
        body.insert(kParallel, m_ui->parallelToolCallsComboBox->currentIndex() == TriTrue);
    }
}

void GenerationSection::readFrom(const QJsonObject &body)
{
    // Values a spin box cannot show exactly are kept as they are (see KeptValue) and stay in the
    // body; the validator says what is wrong with them.
    for (const auto &[box, kept, key] :
         { std::tuple { m_ui->temperatureDefaultCheckBox, m_temperatureKept, kTemperature },
           std::tuple { m_ui->topPDefaultCheckBox, m_topPKept, kTopP } }) {
        const QJsonValue value = body.value(key);
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
    for (const auto &[spin, kept, key] :
         { std::tuple { m_ui->maxPromptTokensSpinBox, m_maxPromptKept, kMaxPrompt },
           std::tuple { m_ui->maxCompletionTokensSpinBox, m_maxCompletionKept, kMaxCompletion } }) {
        const QJsonValue v = body.value(key);
        if (v.isUndefined()) {
            kept->forget();
            spin->setValue(spin->minimum());
        } else {
            kept->load(v);
        }
    }

    const QJsonValue truncation = body.value(kTruncation);
    const QString truncationType = truncation.toObject().value(kType).toString();
    if (truncation.isNull()) {
        m_ui->truncationComboBox->setCurrentIndex(TruncationNull);
    } else if (truncationType == QLatin1String("auto")) {
        m_ui->truncationComboBox->setCurrentIndex(TruncationAuto);
    } else if (truncationType == QLatin1String("last_messages")) {
        m_ui->truncationComboBox->setCurrentIndex(TruncationLast);
        const QJsonValue last = truncation.toObject().value(QLatin1String("last_messages"));
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

    const QJsonValue format = body.value(kResponseFormat);
    const QString formatType = format.isString() ? format.toString() : format.toObject().value(kType).toString();
    int formatIndex = FormatUnset;
    if (format.isNull()) {
        formatIndex = FormatNull;
    } else if (formatType == QLatin1String("auto")) {
        formatIndex = FormatAuto;
    } else if (formatType == QLatin1String("text")) {
        formatIndex = FormatText;
    } else if (formatType == QLatin1String("json_object")) {
        formatIndex = FormatJsonObject;
    } else if (formatType == QLatin1String("json_schema")) {
        formatIndex = FormatJsonSchema;
    }
    const QJsonObject schema = format.toObject().value(QLatin1String("json_schema")).toObject();
    setTextKeepingLength(m_ui->jsonSchemaNameLineEdit, schema.value(QLatin1String("name")).toString(),
                         limits::maxFunctionNameLength);
    m_ui->jsonSchemaDescriptionLineEdit->setText(schema.value(QLatin1String("description")).toString());
    m_ui->jsonSchemaStrictComboBox->setCurrentIndex(tristateIndex(schema.value(QLatin1String("strict"))));
    const QJsonValue schemaValue = schema.value(QLatin1String("schema"));
    m_ui->jsonSchemaEditor->setJson(
        schemaValue.isObject() ? QJsonDocument(schemaValue.toObject()).toJson(QJsonDocument::Indented) : QByteArray());
    m_ui->responseFormatComboBox->setCurrentIndex(formatIndex);

    const QJsonValue choice = body.value(kToolChoice);
    const QString choiceType = choice.isString() ? choice.toString() : choice.toObject().value(kType).toString();
    int choiceIndex = ChoiceUnset;
    if (choice.isNull()) {
        choiceIndex = ChoiceNull;
    } else if (choice.isString()) {
        choiceIndex = choiceType == QLatin1String("none") ? ChoiceNone
            : choiceType == QLatin1String("auto")         ? ChoiceAuto
            : choiceType == QLatin1String("required")     ? ChoiceRequired
                                                          : ChoiceUnset;
    } else if (choice.isObject()) {
        choiceIndex = choiceType == QLatin1String("code_interpreter") ? ChoiceCode
            : choiceType == QLatin1String("file_search")              ? ChoiceFileSearch
            : choiceType == QLatin1String("function")                 ? ChoiceFunction
                                                                      : ChoiceUnset;
    }
    m_ui->toolChoiceFunctionComboBox->setEditText(
        choice.toObject().value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString());
    m_ui->toolChoiceComboBox->setCurrentIndex(choiceIndex);
    m_ui->parallelToolCallsComboBox->setCurrentIndex(tristateIndex(body.value(kParallel)));
    updateEnabledStates();
}

QWidget *GenerationSection::widgetForPath(const QString &path, bool reveal)
{
    Q_UNUSED(reveal)
    using section::pathStartsWith;
    if (pathStartsWith(path, kTemperature)) {
        return m_ui->temperatureDoubleSpinBox;
    }
    if (pathStartsWith(path, kTopP)) {
        return m_ui->topPDoubleSpinBox;
    }
    if (pathStartsWith(path, kMaxPrompt)) {
        return m_ui->maxPromptTokensSpinBox;
    }
    if (pathStartsWith(path, kMaxCompletion)) {
        return m_ui->maxCompletionTokensSpinBox;
    }
    if (pathStartsWith(path, QStringLiteral("truncation_strategy.last_messages"))) {
        return m_ui->lastMessagesSpinBox;
    }
    if (pathStartsWith(path, kTruncation)) {
        return m_ui->truncationComboBox;
    }
    if (pathStartsWith(path, QStringLiteral("response_format.json_schema.name"))) {
        return m_ui->jsonSchemaNameLineEdit;
    }
    if (pathStartsWith(path, QStringLiteral("response_format.json_schema.schema"))) {
        return m_ui->jsonSchemaEditor;
    }
    if (pathStartsWith(path, kResponseFormat)) {
        return m_ui->responseFormatComboBox;
    }
    if (pathStartsWith(path, QStringLiteral("tool_choice.function"))) {
        return m_ui->toolChoiceFunctionComboBox;
    }
    if (pathStartsWith(path, kToolChoice)) {
        return m_ui->toolChoiceComboBox;
    }
    if (pathStartsWith(path, kParallel)) {
        return m_ui->parallelToolCallsComboBox;
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
