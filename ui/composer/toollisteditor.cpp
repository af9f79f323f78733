#include "toollisteditor.h"

#include "ui_toollisteditor.h"

#include "composersection.h"
#include "createthreadandrunrequest.h"
#include "keptvalue.h"

#include <QJsonDocument>

namespace rl {

namespace {

enum Page { NoToolPage, CodePage, FileSearchPage, FunctionPage };
enum Tristate { TriUnset, TriTrue, TriFalse };

const QLatin1String kType("type");
const QLatin1String kFunction("function");
const QLatin1String kFileSearch("file_search");
const QLatin1String kCode("code_interpreter");

struct Example
{
    const char *title;
    const char *json;
};

// The small gallery of parameter schemas.
const Example kExamples[] = {
    { QT_TRANSLATE_NOOP("rl::ToolListEditor", "One required text argument (city)"),
      R"({"type": "object", "properties": {"city": {"type": "string", "description": "City name"}}, "required": ["city"]})" },
    { QT_TRANSLATE_NOOP("rl::ToolListEditor", "No arguments"), R"({"type": "object", "properties": {}})" },
    { QT_TRANSLATE_NOOP("rl::ToolListEditor", "Choice and number (unit, days)"),
      R"({"type": "object", "properties": {"unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}, "days": {"type": "integer", "minimum": 1, "maximum": 14}}, "required": ["unit"]})" },
    { QT_TRANSLATE_NOOP("rl::ToolListEditor", "Strict-mode ready (all required, no extras)"),
      R"({"type": "object", "properties": {"query": {"type": "string"}, "limit": {"type": "integer"}}, "required": ["query", "limit"], "additionalProperties": false})" },
};

} // namespace

ToolListEditor::ToolListEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ToolListEditor>())
{
    m_ui->setupUi(this);
    m_maxResultsKept = new KeptValue(m_ui->maxResultsSpinBox, limits::minMaxNumResults, limits::maxMaxNumResults);
    m_scoreThresholdKept = new KeptValue(m_ui->scoreThresholdDoubleSpinBox, 0.0, 1.0);
    for (const Example &example : kExamples) {
        m_ui->schemaGalleryComboBox->addItem(tr(example.title), QString::fromUtf8(example.json));
    }
    m_ui->functionParametersEditor->setObjectRequired(true);

    connect(m_ui->addCodeInterpreterPushButton, &QPushButton::clicked, this,
            [this] { addTool(Kind::CodeInterpreter); });
    connect(m_ui->addFileSearchPushButton, &QPushButton::clicked, this, [this] { addTool(Kind::FileSearch); });
    connect(m_ui->addFunctionPushButton, &QPushButton::clicked, this, [this] { addTool(Kind::Function); });
    connect(m_ui->moveToolUpPushButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_ui->moveToolDownPushButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_ui->removeToolPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->toolsListWidget->currentRow();
        if (row < 0 || row >= m_tools.size()) {
            return;
        }
        m_tools.removeAt(row);
        m_parameterTexts.removeAt(row);
        refreshList();
        m_ui->toolsListWidget->setCurrentRow(qMin(row, int(m_tools.size()) - 1));
        Q_EMIT changed();
    });
    connect(m_ui->toolsListWidget, &QListWidget::currentRowChanged, this, [this](int row) { showTool(row); });
    connect(m_ui->insertExamplePushButton, &QPushButton::clicked, this, [this] {
        m_ui->functionParametersEditor->setJson(m_ui->schemaGalleryComboBox->currentData().toString().toUtf8());
        storeEditor();
    });

    const auto edited = [this] { storeEditor(); };
    connect(m_maxResultsKept, &KeptValue::edited, this, edited);
    connect(m_scoreThresholdKept, &KeptValue::edited, this, edited);
    connect(m_ui->maxResultsSpinBox, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->rankerComboBox, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->scoreThresholdSetCheckBox, &QCheckBox::toggled, this, edited);
    connect(m_ui->scoreThresholdDoubleSpinBox, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_ui->functionNameLineEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->functionDescriptionLineEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->functionStrictComboBox, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->functionParametersEditor, &JsonEditor::edited, this, edited);
    connect(m_ui->functionParametersEditor, &JsonEditor::validityChanged, this,
            [this](bool valid, const QString &error, int line, int column) {
                m_ui->functionParametersStatusLabel->setText(
                    valid ? QString()
                          : tr("Not valid yet (line %1, column %2: %3). The last valid parameters stay in the request.")
                                .arg(line)
                                .arg(column)
                                .arg(error));
            });
    updateState();
}

ToolListEditor::~ToolListEditor()
{
    section::silenceChildren(this);
}

QListWidget *ToolListEditor::listWidget() const
{
    return m_ui->toolsListWidget;
}

void ToolListEditor::setBuiltInToolsOffered(bool offered)
{
    m_builtInOffered = offered;
    m_ui->addCodeInterpreterPushButton->setVisible(offered);
    m_ui->addFileSearchPushButton->setVisible(offered);
}

QJsonArray ToolListEditor::tools() const
{
    QJsonArray tools;
    for (const QJsonObject &tool : m_tools) {
        tools.append(tool);
    }
    return tools;
}

void ToolListEditor::setTools(const QJsonArray &tools)
{
    m_tools.clear();
    m_parameterTexts.clear();
    for (const QJsonValue value : tools) {
        const QJsonObject tool = value.toObject();
        const QString type = tool.value(kType).toString();
        if (type != kCode && type != kFileSearch && type != kFunction) {
            continue;
        }
        m_tools.append(tool);
        const QJsonValue parameters = tool.value(kFunction).toObject().value(QLatin1String("parameters"));
        m_parameterTexts.append(parameters.isObject() ? QString::fromUtf8(
                                    QJsonDocument(parameters.toObject()).toJson(QJsonDocument::Indented))
                                                      : QString());
    }
    refreshList();
    if (!m_tools.isEmpty() && m_ui->toolsListWidget->currentRow() < 0) {
        m_ui->toolsListWidget->setCurrentRow(0);
    }
}

QWidget *ToolListEditor::widgetFor(int row, const QString &rest, bool reveal)
{
    if (reveal && row < m_tools.size()) {
        m_ui->toolsListWidget->setCurrentRow(row);
    }
    if (m_ui->toolsListWidget->currentRow() != row) {
        return m_ui->toolsListWidget;
    }
    if (rest.startsWith(QLatin1String("function.name"))) {
        return m_ui->functionNameLineEdit;
    }
    if (rest.startsWith(QLatin1String("function.parameters"))) {
        return m_ui->functionParametersEditor;
    }
    if (rest.startsWith(QLatin1String("function.strict"))) {
        return m_ui->functionStrictComboBox;
    }
    if (rest.startsWith(QLatin1String("file_search.max_num_results"))) {
        return m_ui->maxResultsSpinBox;
    }
    if (rest.startsWith(QLatin1String("file_search.ranking_options.ranker"))) {
        return m_ui->rankerComboBox;
    }
    if (rest.startsWith(QLatin1String("file_search.ranking_options"))) {
        return m_ui->scoreThresholdDoubleSpinBox;
    }
    return m_ui->toolsListWidget;
}

QString ToolListEditor::toolLabel(const QJsonObject &tool) const
{
    const QString type = tool.value(kType).toString();
    if (type == kCode) {
        return tr("Code interpreter");
    }
    if (type == kFileSearch) {
        return tr("File search");
    }
    const QString name = tool.value(kFunction).toObject().value(QLatin1String("name")).toString();
    return tr("Function: %1").arg(name.isEmpty() ? tr("(no name yet)") : name);
}

void ToolListEditor::addTool(Kind kind)
{
    if (m_tools.size() >= limits::maxTools) {
        return;
    }
    QJsonObject tool;
    switch (kind) {
    case Kind::CodeInterpreter:
        tool.insert(kType, kCode);
        break;
    case Kind::FileSearch:
        tool.insert(kType, kFileSearch);
        break;
    case Kind::Function:
        tool.insert(kType, kFunction);
        tool.insert(kFunction, QJsonObject { { QLatin1String("name"), QString() } });
        break;
    }
    m_tools.append(tool);
    m_parameterTexts.append(QString());
    refreshList();
    m_ui->toolsListWidget->setCurrentRow(int(m_tools.size()) - 1);
    if (kind == Kind::Function) {
        m_ui->functionNameLineEdit->setFocus();
    }
    Q_EMIT changed();
}

void ToolListEditor::moveCurrent(int delta)
{
    const int row = m_ui->toolsListWidget->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_tools.size()) {
        return;
    }
    m_tools.swapItemsAt(row, target);
    m_parameterTexts.swapItemsAt(row, target);
    refreshList();
    m_ui->toolsListWidget->setCurrentRow(target);
    Q_EMIT changed();
}

void ToolListEditor::refreshList()
{
    const QSignalBlocker blocker(m_ui->toolsListWidget);
    const int row = m_ui->toolsListWidget->currentRow();
    m_ui->toolsListWidget->clear();
    for (const QJsonObject &tool : std::as_const(m_tools)) {
        m_ui->toolsListWidget->addItem(toolLabel(tool));
    }
    m_ui->toolsListWidget->setCurrentRow(qMin(row, int(m_tools.size()) - 1));
    updateState();
    showTool(m_ui->toolsListWidget->currentRow());
}

void ToolListEditor::updateState()
{
    const bool full = m_tools.size() >= limits::maxTools;
    for (QPushButton *button :
         { m_ui->addCodeInterpreterPushButton, m_ui->addFileSearchPushButton, m_ui->addFunctionPushButton }) {
        button->setEnabled(!full);
    }
    const int row = m_ui->toolsListWidget->currentRow();
    m_ui->removeToolPushButton->setEnabled(row >= 0);
    m_ui->moveToolUpPushButton->setEnabled(row > 0);
    m_ui->moveToolDownPushButton->setEnabled(row >= 0 && row + 1 < m_tools.size());
    m_ui->toolsCounterLabel->setText(
        full ? tr("%1 of %2 tools · limit reached").arg(m_tools.size()).arg(limits::maxTools)
             : tr("%1 of %2 tools").arg(m_tools.size()).arg(limits::maxTools));
}

void ToolListEditor::showTool(int row)
{
    updateState();
    if (row < 0 || row >= m_tools.size()) {
        m_ui->toolEditorStackedWidget->setCurrentIndex(NoToolPage);
        return;
    }
    m_showing = true;
    const QJsonObject tool = m_tools.at(row);
    const QString type = tool.value(kType).toString();
    if (type == kCode) {
        m_ui->toolEditorStackedWidget->setCurrentIndex(CodePage);
    } else if (type == kFileSearch) {
        const QJsonObject options = tool.value(kFileSearch).toObject();
        const QJsonObject ranking = options.value(QLatin1String("ranking_options")).toObject();
        const QJsonValue maxResults = options.value(QLatin1String("max_num_results"));
        if (maxResults.isUndefined()) {
            m_maxResultsKept->forget();
            m_ui->maxResultsSpinBox->setValue(0);
        } else {
            m_maxResultsKept->load(maxResults);
        }
        const QString ranker = ranking.value(QLatin1String("ranker")).toString();
        m_ui->rankerComboBox->setCurrentIndex(ranker == QLatin1String("auto")                     ? 1
                                                  : ranker == QLatin1String("default_2024_08_21") ? 2
                                                                                                  : 0);
        m_ui->scoreThresholdSetCheckBox->setChecked(ranking.contains(QLatin1String("score_threshold")));
        const QJsonValue threshold = ranking.value(QLatin1String("score_threshold"));
        if (threshold.isUndefined()) {
            m_scoreThresholdKept->forget();
            m_ui->scoreThresholdDoubleSpinBox->setValue(0.0);
        } else {
            m_scoreThresholdKept->load(threshold);
        }
        m_ui->toolEditorStackedWidget->setCurrentIndex(FileSearchPage);
    } else {
        const QJsonObject function = tool.value(kFunction).toObject();
        m_ui->functionNameLineEdit->setText(function.value(QLatin1String("name")).toString());
        m_ui->functionDescriptionLineEdit->setText(function.value(QLatin1String("description")).toString());
        const QJsonValue strict = function.value(QLatin1String("strict"));
        m_ui->functionStrictComboBox->setCurrentIndex(!strict.isBool()      ? TriUnset
                                                          : strict.toBool() ? TriTrue
                                                                            : TriFalse);
        m_ui->functionParametersEditor->setJson(m_parameterTexts.at(row).toUtf8());
        m_ui->toolEditorStackedWidget->setCurrentIndex(FunctionPage);
    }
    m_ui->scoreThresholdDoubleSpinBox->setEnabled(m_ui->scoreThresholdSetCheckBox->isChecked());
    m_showing = false;
}

void ToolListEditor::storeEditor()
{
    m_ui->scoreThresholdDoubleSpinBox->setEnabled(m_ui->scoreThresholdSetCheckBox->isChecked());
    const int row = m_ui->toolsListWidget->currentRow();
    if (m_showing || row < 0 || row >= m_tools.size()) {
        return;
    }
    QJsonObject &tool = m_tools[row];
    const QString type = tool.value(kType).toString();
    if (type == kFileSearch) {
        QJsonObject options;
        if (m_maxResultsKept->isKept()) {
            options.insert(QLatin1String("max_num_results"), m_maxResultsKept->value());
        } else if (m_ui->maxResultsSpinBox->value() > 0) {
            options.insert(QLatin1String("max_num_results"), m_ui->maxResultsSpinBox->value());
        }
        QJsonObject ranking;
        if (m_ui->rankerComboBox->currentIndex() > 0) {
            ranking.insert(QLatin1String("ranker"), m_ui->rankerComboBox->currentText());
        }
        if (m_ui->scoreThresholdSetCheckBox->isChecked()) {
            ranking.insert(QLatin1String("score_threshold"),
                           m_scoreThresholdKept->valueOr(m_ui->scoreThresholdDoubleSpinBox->value()));
        }
        if (!ranking.isEmpty()) {
            options.insert(QLatin1String("ranking_options"), ranking);
        }
        if (options.isEmpty()) {
            tool.remove(kFileSearch);
        } else {
            tool.insert(kFileSearch, options);
        }
    } else if (type == kFunction) {
        QJsonObject function = tool.value(kFunction).toObject();
        function.insert(QLatin1String("name"), m_ui->functionNameLineEdit->text());
        const QString description = m_ui->functionDescriptionLineEdit->text();
        if (description.isEmpty()) {
            function.remove(QLatin1String("description"));
        } else {
            function.insert(QLatin1String("description"), description);
        }
        const int strict = m_ui->functionStrictComboBox->currentIndex();
        if (strict == TriUnset) {
            function.remove(QLatin1String("strict"));
        } else {
            function.insert(QLatin1String("strict"), strict == TriTrue);
        }
        const QString text = m_ui->functionParametersEditor->text();
        m_parameterTexts[row] = text;
        if (text.trimmed().isEmpty()) {
            function.remove(QLatin1String("parameters"));
        } else {
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            if (doc.isObject()) {
                function.insert(QLatin1String("parameters"), doc.object());
            }
        }
        tool.insert(kFunction, function);
        if (QListWidgetItem *item = m_ui->toolsListWidget->item(row)) {
            item->setText(toolLabel(tool));
        }
    }
    Q_EMIT changed(); // NOLINT(readability-misleading-indentation): Q_EMIT expands to nothing
}

QStringList ToolListEditor::functionNames() const
{
    QStringList names;
    for (const QJsonObject &tool : m_tools) {
        const QString name = tool.value(kFunction).toObject().value(QLatin1String("name")).toString();
        if (tool.value(kType).toString() == kFunction && !name.isEmpty()) {
            names.append(name);
        }
    }
    return names;
}

} // namespace rl
