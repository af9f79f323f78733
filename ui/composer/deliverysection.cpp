#include "deliverysection.h"

#include "ui_deliverysection.h"

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
                m_pollValue = QJsonValue(QJsonValue::Undefined);
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
    return { QStringLiteral("stream") };
}

bool DeliverySection::isStreaming() const
{
    return m_ui->streamRadioButton->isChecked();
}

void DeliverySection::writeTo(QJsonObject &body) const
{
    if (isStreaming()) {
        body.insert(QLatin1String("stream"), true);
    } else if (!m_pollValue.isUndefined()) {
        body.insert(QLatin1String("stream"), m_pollValue);
    }
}

void DeliverySection::readFrom(const QJsonObject &body)
{
    const QJsonValue stream = body.value(QLatin1String("stream"));
    const bool explicitFalse = stream.isBool() && !stream.toBool();
    m_pollValue = explicitFalse || stream.isNull() ? stream : QJsonValue(QJsonValue::Undefined);
    m_ui->streamNullLabel->setVisible(stream.isNull());
    if (stream.toBool()) {
        m_ui->streamRadioButton->setChecked(true);
    } else {
        m_ui->pollRadioButton->setChecked(true);
    }
}

QWidget *DeliverySection::widgetForPath(const QString &path, bool reveal)
{
    Q_UNUSED(reveal)
    if (section::pathStartsWith(path, QStringLiteral("stream"))) {
        return isStreaming() ? m_ui->streamRadioButton : m_ui->pollRadioButton;
    }
    return nullptr;
}

} // namespace rl
