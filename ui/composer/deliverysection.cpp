#include "deliverysection.h"

#include "ui_deliverysection.h"

#include "requestfields.h"

namespace rl {

DeliverySection::DeliverySection(QWidget *parent)
    : ComposerSection(parent)
    , m_ui(std::make_unique<Ui::DeliverySection>())
{
    m_ui->setupUi(this);
    connect(m_ui->streamRadioButton, &QRadioButton::toggled, this, [this] { Q_EMIT changed(); });
    for (QRadioButton *radio : { m_ui->streamRadioButton, m_ui->pollRadioButton }) {
        // Picking a position replaces an explicit null with that choice.
        connect(radio, &QRadioButton::clicked, this, [this] {
            if (m_pollValue.isNull()) {
                m_pollValue = Field<bool>();
                m_ui->streamNullLabel->setVisible(false);
                Q_EMIT changed();
            }
        });
    }
}

DeliverySection::~DeliverySection()
{
    section::silenceChildren(this);
}

QStringList DeliverySection::keys() const
{
    return { jsonKey(&RunSettings::stream) };
}

bool DeliverySection::isStreaming() const
{
    return m_ui->streamRadioButton->isChecked();
}

void DeliverySection::writeTo(CreateThreadAndRunRequest &request) const
{
    if (isStreaming()) {
        request.stream = true;
    } else {
        request.stream = m_pollValue;
    }
}

void DeliverySection::readFrom(const CreateThreadAndRunRequest &request)
{
    const Field<bool> &stream = request.stream;
    const bool explicitFalse = stream.hasValue() && !stream.value();
    m_pollValue = explicitFalse || stream.isNull() ? stream : Field<bool>();
    m_ui->streamNullLabel->setVisible(stream.isNull());
    if (stream.valueOr(false)) {
        m_ui->streamRadioButton->setChecked(true);
    } else {
        m_ui->pollRadioButton->setChecked(true);
    }
}

QWidget *DeliverySection::widgetForPath(const QString &path, bool reveal)
{
    Q_UNUSED(reveal)
    if (section::pathStartsWith(path, jsonKey(&RunSettings::stream))) {
        return isStreaming() ? m_ui->streamRadioButton : m_ui->pollRadioButton;
    }
    return nullptr;
}

} // namespace rl
