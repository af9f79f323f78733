#include "toolresourcessection.h"

#include "ui_toolresourcessection.h"

#include "createthreadandrunrequest.h"

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
    return { QStringLiteral("tool_resources") };
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

void ToolResourcesSection::writeTo(QJsonObject &body) const
{
    QJsonObject resources;
    const QStringList files = section::splitIds(m_ui->codeInterpreterFileIdsLineEdit->text());
    if (!files.isEmpty()) {
        resources.insert(QLatin1String("code_interpreter"),
                         QJsonObject { { QLatin1String("file_ids"), QJsonArray::fromStringList(files) } });
    }
    const QStringList stores = section::splitIds(m_ui->vectorStoreIdLineEdit->text());
    if (!stores.isEmpty()) {
        resources.insert(QLatin1String("file_search"),
                         QJsonObject { { QLatin1String("vector_store_ids"), QJsonArray::fromStringList(stores) } });
    }
    if (!resources.isEmpty()) {
        body.insert(QLatin1String("tool_resources"), resources);
    } else if (m_null) {
        body.insert(QLatin1String("tool_resources"), QJsonValue::Null);
    }
}

void ToolResourcesSection::readFrom(const QJsonObject &body)
{
    const QJsonValue value = body.value(QLatin1String("tool_resources"));
    setNull(value.isNull());
    const QJsonObject resources = value.toObject();
    QStringList files;
    const QJsonArray fileArray
        = resources.value(QLatin1String("code_interpreter")).toObject().value(QLatin1String("file_ids")).toArray();
    for (const QJsonValue v : fileArray) {
        files.append(v.toString());
    }
    QStringList stores;
    const QJsonArray storeArray
        = resources.value(QLatin1String("file_search")).toObject().value(QLatin1String("vector_store_ids")).toArray();
    for (const QJsonValue v : storeArray) {
        stores.append(v.toString());
    }
    m_ui->codeInterpreterFileIdsLineEdit->setText(files.join(QLatin1String(", ")));
    m_ui->vectorStoreIdLineEdit->setText(stores.join(QLatin1String(", ")));
}

QWidget *ToolResourcesSection::widgetForPath(const QString &path, bool reveal)
{
    Q_UNUSED(reveal)
    if (section::pathStartsWith(path, QStringLiteral("tool_resources.code_interpreter"))) {
        return m_ui->codeInterpreterFileIdsLineEdit;
    }
    if (section::pathStartsWith(path, QStringLiteral("tool_resources"))) {
        return m_ui->vectorStoreIdLineEdit;
    }
    return nullptr;
}

} // namespace rl
