#include "metadatasection.h"

#include "ui_metadatasection.h"

namespace rl {

MetadataSection::MetadataSection(QWidget *parent)
    : ComposerSection(parent)
    , m_ui(std::make_unique<Ui::MetadataSection>())
{
    m_ui->setupUi(this);
    connect(m_ui->runMetadataEditor, &MetadataEditor::changed, this, &ComposerSection::changed);
}

MetadataSection::~MetadataSection()
{
    section::silenceChildren(this);
}

QStringList MetadataSection::keys() const
{
    return { QStringLiteral("metadata") };
}

void MetadataSection::writeTo(QJsonObject &body) const
{
    if (!m_ui->runMetadataEditor->isEmpty()) {
        body.insert(QLatin1String("metadata"), m_ui->runMetadataEditor->toJson());
    }
}

void MetadataSection::readFrom(const QJsonObject &body)
{
    m_ui->runMetadataEditor->setJson(body.value(QLatin1String("metadata")).toObject());
}

QWidget *MetadataSection::widgetForPath(const QString &path, bool reveal)
{
    Q_UNUSED(reveal)
    return section::pathStartsWith(path, QStringLiteral("metadata")) ? m_ui->runMetadataEditor : nullptr;
}

} // namespace rl
