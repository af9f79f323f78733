#include "metadatasection.h"

#include "ui_metadatasection.h"

#include "requestfields.h"

#include <QLabel>

namespace rl {

MetadataSection::MetadataSection(QWidget *parent)
    : ComposerSection(parent)
    , m_ui(std::make_unique<Ui::MetadataSection>())
{
    m_ui->setupUi(this);
    m_nullNote = section::makeNullNote(QStringLiteral("metadataNullLabel"), this);
    m_ui->metadataSectionLayout->insertWidget(1, m_nullNote);
    connect(m_ui->runMetadataEditor, &MetadataEditor::changed, this, [this] {
        // Any edit of the pairs replaces a loaded null (no pairs then means "not set").
        if (!m_reading) {
            setNull(false);
        }
        Q_EMIT changed();
    });
}

void MetadataSection::setNull(bool isNull)
{
    m_null = isNull;
    m_nullNote->setVisible(isNull);
}

MetadataSection::~MetadataSection()
{
    section::silenceChildren(this);
}

QStringList MetadataSection::keys() const
{
    return { jsonKey(&RunSettings::metadata) };
}

void MetadataSection::writeTo(CreateThreadAndRunRequest &request) const
{
    if (!m_ui->runMetadataEditor->isEmpty()) {
        request.metadata = m_ui->runMetadataEditor->toJson();
    } else if (m_null) {
        request.metadata.setNull();
    }
}

void MetadataSection::readFrom(const CreateThreadAndRunRequest &request)
{
    m_reading = true;
    m_ui->runMetadataEditor->setJson(request.metadata.value());
    m_reading = false;
    setNull(request.metadata.isNull());
}

QWidget *MetadataSection::widgetForPath(const QString &path, bool reveal)
{
    Q_UNUSED(reveal)
    return section::pathStartsWith(path, jsonKey(&RunSettings::metadata)) ? m_ui->runMetadataEditor : nullptr;
}

} // namespace rl
