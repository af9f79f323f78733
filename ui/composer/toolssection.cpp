#include "toolssection.h"

#include "ui_toolssection.h"

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
    return { QStringLiteral("tools") };
}

void ToolsSection::writeTo(QJsonObject &body) const
{
    if (!m_ui->overrideToolsRadioButton->isChecked()) {
        if (m_null) {
            body.insert(QLatin1String("tools"), QJsonValue::Null);
        }
        return;
    }
    body.insert(QLatin1String("tools"), m_ui->toolListEditor->tools());
}

void ToolsSection::readFrom(const QJsonObject &body)
{
    const QJsonValue tools = body.value(QLatin1String("tools"));
    setNull(tools.isNull());
    {
        const QSignalBlocker blocker(m_ui->overrideToolsRadioButton);
        if (tools.isArray()) {
            m_ui->overrideToolsRadioButton->setChecked(true);
        } else {
            m_ui->useAssistantToolsRadioButton->setChecked(true);
        }
    }
    {
        const QSignalBlocker blocker(m_ui->toolListEditor);
        m_ui->toolListEditor->setTools(tools.toArray());
    }
    updateState();
}

QWidget *ToolsSection::widgetForPath(const QString &path, bool reveal)
{
    if (!section::pathStartsWith(path, QStringLiteral("tools"))) {
        return nullptr;
    }
    static const QRegularExpression indexed(QStringLiteral("^tools\\[(\\d+)\\]\\.?(.*)$"));
    const QRegularExpressionMatch match = indexed.match(path);
    if (!match.hasMatch()) {
        return m_ui->overrideToolsRadioButton->isChecked() ? static_cast<QWidget *>(m_ui->toolListEditor->listWidget())
                                                           : m_ui->overrideToolsRadioButton;
    }
    return m_ui->toolListEditor->widgetFor(match.captured(1).toInt(), match.captured(2), reveal);
}

QStringList ToolsSection::functionNames() const
{
    return m_ui->toolListEditor->functionNames();
}

} // namespace rl
