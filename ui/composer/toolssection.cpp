#include "toolssection.h"

#include "ui_toolssection.h"

#include "requestfields.h"
#include "toollisteditor.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>

namespace rl {

ToolsSection::ToolsSection(QWidget *parent)
    : ComposerSection(parent)
    , m_ui(std::make_unique<Ui::ToolsSection>())
{
    m_ui->setupUi(this);
    m_nullNote = section::makeNullNote(QStringLiteral("toolsNullLabel"), this);
    m_ui->toolsLayout->insertWidget(2, m_nullNote);
    for (QRadioButton *radio : { m_ui->useAssistantToolsRadioButton, m_ui->overrideToolsRadioButton }) {
        // Picking either choice replaces a loaded null with it.
        connect(radio, &QRadioButton::clicked, this, [this] {
            if (m_null) {
                setNull(false);
                Q_EMIT changed();
            }
        });
    }
    connect(m_ui->overrideToolsRadioButton, &QRadioButton::toggled, this, [this] {
        if (m_ui->overrideToolsRadioButton->isChecked()) {
            setNull(false);
        }
        updateState();
        Q_EMIT changed();
    });
    connect(m_ui->toolListEditor, &ToolListEditor::changed, this, &ComposerSection::changed);
    updateState();
}

ToolsSection::~ToolsSection()
{
    section::silenceChildren(this);
}

void ToolsSection::setNull(bool isNull)
{
    m_null = isNull;
    m_nullNote->setVisible(isNull);
}

void ToolsSection::updateState()
{
    m_ui->toolListEditor->setEnabled(m_ui->overrideToolsRadioButton->isChecked());
}

QStringList ToolsSection::keys() const
{
    return { jsonKey(&RunSettings::tools) };
}

void ToolsSection::writeTo(CreateThreadAndRunRequest &request) const
{
    if (!m_ui->overrideToolsRadioButton->isChecked()) {
        if (m_null) {
            request.tools.setNull();
        }
        return;
    }
    QList<Tool> &tools = request.tools.ensure();
    const QJsonArray items = m_ui->toolListEditor->tools();
    for (const QJsonValue item : items) {
        tools.append(partFromJson<Tool>(item));
    }
}

void ToolsSection::readFrom(const CreateThreadAndRunRequest &request)
{
    setNull(request.tools.isNull());
    QJsonArray tools;
    for (const Tool &tool : request.tools.value()) {
        tools.append(partToJson(tool));
    }
    {
        const QSignalBlocker blocker(m_ui->overrideToolsRadioButton);
        if (request.tools.hasValue()) {
            m_ui->overrideToolsRadioButton->setChecked(true);
        } else {
            m_ui->useAssistantToolsRadioButton->setChecked(true);
        }
    }
    {
        const QSignalBlocker blocker(m_ui->toolListEditor);
        m_ui->toolListEditor->setTools(tools);
    }
    updateState();
}

QWidget *ToolsSection::widgetForPath(const QString &path, bool reveal)
{
    const QString key = jsonKey(&RunSettings::tools);
    if (!section::pathStartsWith(path, key)) {
        return nullptr;
    }
    static const QRegularExpression indexed(QStringLiteral("^\\[(\\d+)\\]\\.?(.*)$"));
    const QRegularExpressionMatch match = indexed.match(path.mid(key.size()));
    if (!match.hasMatch()) {
        return m_ui->overrideToolsRadioButton->isChecked() ? static_cast<QWidget *>(m_ui->toolListEditor->listWidget())
                                                           : m_ui->overrideToolsRadioButton;
    }
    return m_ui->toolListEditor->widgetFor(match.captured(1).toInt(), match.captured(2), reveal);
}

void ToolsSection::setAssistantTools(const QString &summary)
{
    m_ui->useAssistantToolsRadioButton->setText(summary.isEmpty() ? tr("Use the &assistant's tools")
                                                                  : tr("Use the &assistant's tools: %1").arg(summary));
}

QStringList ToolsSection::functionNames() const
{
    return m_ui->toolListEditor->functionNames();
}

} // namespace rl
