#include "toolresourcessection.h"

#include "ui_toolresourcessection.h"

#include "requestfields.h"

#include <QJsonArray>
#include <QLabel>

namespace rl {

ToolResourcesSection::ToolResourcesSection(QWidget *parent)
    : ComposerSection(parent)
    , m_ui(std::make_unique<Ui::ToolResourcesSection>())
{
    m_ui->setupUi(this);
    connect(m_ui->codeInterpreterFileIdsLineEdit, &QLineEdit::textChanged, this, [this] {
        updateCounter();
        Q_EMIT changed();
    });
    connect(m_ui->vectorStoreIdLineEdit, &QLineEdit::textChanged, this, &ComposerSection::changed);
    m_nullNote = section::makeNullNote(QStringLiteral("toolResourcesNullLabel"), this);
    m_ui->toolResourcesFormLayout->insertRow(1, m_nullNote);
    // Typing in either field replaces a loaded null (both empty then means "not set").
    for (QLineEdit *edit : { m_ui->codeInterpreterFileIdsLineEdit, m_ui->vectorStoreIdLineEdit }) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (m_null) {
                setNull(false);
                Q_EMIT changed();
            }
        });
    }
    updateCounter();
}

void ToolResourcesSection::setNull(bool isNull)
{
    m_null = isNull;
    m_nullNote->setVisible(isNull);
}

ToolResourcesSection::~ToolResourcesSection()
{
    section::silenceChildren(this);
}

QStringList ToolResourcesSection::keys() const
{
    return { jsonKey(&CreateThreadAndRunRequest::toolResources) };
}

void ToolResourcesSection::updateCounter()
{
    const qsizetype count = section::splitIds(m_ui->codeInterpreterFileIdsLineEdit->text()).size();
    QString text = tr("%1 of %2 files").arg(count).arg(limits::maxCodeInterpreterFiles);
    if (count > limits::maxCodeInterpreterFiles) {
        text += tr(" · too many: remove %1").arg(count - limits::maxCodeInterpreterFiles);
    }
    m_ui->codeInterpreterFilesCounterLabel->setText(text);
}

void ToolResourcesSection::writeTo(CreateThreadAndRunRequest &request) const
{
    ToolResources resources;
    const QStringList files = section::splitIds(m_ui->codeInterpreterFileIdsLineEdit->text());
    if (!files.isEmpty()) {
        resources.codeInterpreter.ensure().fileIds = files;
    }
    const QStringList stores = section::splitIds(m_ui->vectorStoreIdLineEdit->text());
    if (!stores.isEmpty()) {
        resources.fileSearch.ensure().vectorStoreIds = stores;
    }
    if (resources.codeInterpreter.isSet() || resources.fileSearch.isSet()) {
        request.toolResources = resources;
    } else if (m_null) {
        request.toolResources.setNull();
    }
}

void ToolResourcesSection::readFrom(const CreateThreadAndRunRequest &request)
{
    setNull(request.toolResources.isNull());
    const ToolResources &resources = request.toolResources.value();
    const QStringList files = resources.codeInterpreter.value().fileIds.value();
    const QStringList stores = resources.fileSearch.value().vectorStoreIds.value();
    m_ui->codeInterpreterFileIdsLineEdit->setText(files.join(QLatin1String(", ")));
    m_ui->vectorStoreIdLineEdit->setText(stores.join(QLatin1String(", ")));
}

QWidget *ToolResourcesSection::widgetForPath(const QString &path, bool reveal)
{
    Q_UNUSED(reveal)
    if (section::pathStartsWith(path,
                                jsonPath(&CreateThreadAndRunRequest::toolResources, &ToolResources::codeInterpreter))) {
        return m_ui->codeInterpreterFileIdsLineEdit;
    }
    if (section::pathStartsWith(path, jsonKey(&CreateThreadAndRunRequest::toolResources))) {
        return m_ui->vectorStoreIdLineEdit;
    }
    return nullptr;
}

} // namespace rl
