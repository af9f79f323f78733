#include "assistantsdialog.h"

#include "ui_assistantsdialog.h"

#include "assistantmanager.h"

#include <QMessageBox>
#include <QPushButton>

namespace rl {

namespace {
constexpr int kIdRole = Qt::UserRole;

QString displayName(const QJsonObject &a)
{
    const QString name = a.value(QLatin1String("name")).toString();
    return name.isEmpty() ? AssistantsDialog::tr("(no name)") : name;
}
} // namespace

AssistantsDialog::AssistantsDialog(AssistantManager *manager, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<::Ui::AssistantsDialog>())
    , m_manager(manager)
{
    ui->setupUi(this);
    ui->splitter->setStretchFactor(0, 1);
    ui->splitter->setStretchFactor(1, 3);
    ui->splitter->setSizes({ 280, 820 });
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &AssistantsDialog::reject);
    connect(ui->newPushButton, &QPushButton::clicked, this, &AssistantsDialog::startNew);
    connect(ui->duplicatePushButton, &QPushButton::clicked, this, &AssistantsDialog::duplicateCurrent);
    connect(ui->deletePushButton, &QPushButton::clicked, this, &AssistantsDialog::deleteCurrent);
    connect(ui->refreshPushButton, &QPushButton::clicked, this, [this] {
        setStatus(tr("Asking the server for its assistants…"));
        m_manager->refresh();
    });
    connect(ui->savePushButton, &QPushButton::clicked, this, &AssistantsDialog::save);
    connect(ui->discardPushButton, &QPushButton::clicked, this, &AssistantsDialog::discard);
    connect(ui->assistantsListWidget, &QListWidget::currentRowChanged, this, &AssistantsDialog::onSelectionChanged);
    connect(ui->assistantEditor, &AssistantEditor::edited, this, [this] { setDirty(true); });

    connect(m_manager, &AssistantManager::listed, this, &AssistantsDialog::showList);
    connect(m_manager, &AssistantManager::modelsListed, ui->assistantEditor, &AssistantEditor::setModels);
    connect(m_manager, &AssistantManager::saved, this, [this](const QJsonObject &a) {
        m_busy = false;
        setDirty(false);
        const QString id = a.value(QLatin1String("id")).toString();
        setStatus(tr("Saved “%1” (%2).").arg(displayName(a), id));
        m_selectAfterList = id;
        m_manager->refresh();
    });
    connect(m_manager, &AssistantManager::removed, this, [this](const QString &id) {
        m_busy = false;
        setStatus(tr("Deleted %1.").arg(id));
        if (id == m_currentId) {
            m_currentId.clear();
            setDirty(false);
        }
        m_manager->refresh();
    });
    connect(m_manager, &AssistantManager::failed, this, [this](const QString &message) {
        m_busy = false;
        setStatus(message, true); // what was typed stays in the form
        updateButtons();
    });

    ui->assistantEditor->setModels(m_manager->models());
    if (!m_manager->assistants().isEmpty()) {
        showList(m_manager->assistants());
    }
    updateButtons();
    if (m_manager->hasConnection()) {
        setStatus(tr("Asking the server for its assistants…"));
        m_manager->refresh();
    } else {
        setStatus(tr("Not connected to a server yet."), true);
    }
}

AssistantsDialog::~AssistantsDialog() = default;

void AssistantsDialog::setBuiltInToolsOffered(bool offered)
{
    ui->assistantEditor->setBuiltInToolsOffered(offered);
}

QString AssistantsDialog::statusText() const
{
    return ui->statusLabel->text();
}

void AssistantsDialog::showList(const QJsonArray &assistants)
{
    m_assistants = assistants;
    if (!m_listedOnce) { // later lists follow a save or a delete, whose message stays
        m_listedOnce = true;
        setStatus(assistants.isEmpty() ? tr("This server has no assistants yet: write the first one.")
                                       : tr("Choose an assistant to change it, or press New."));
    }
    const QString keep = m_selectAfterList.isEmpty() ? m_currentId : m_selectAfterList;
    m_selectAfterList.clear();
    m_selecting = true;
    ui->assistantsListWidget->clear();
    for (const QJsonValue v : assistants) {
        const QJsonObject a = v.toObject();
        auto *item = new QListWidgetItem(tr("%1\n%2 · %3")
                                             .arg(displayName(a), a.value(QLatin1String("model")).toString(),
                                                  a.value(QLatin1String("id")).toString()),
                                         ui->assistantsListWidget);
        item->setData(kIdRole, a.value(QLatin1String("id")).toString());
        item->setToolTip(a.value(QLatin1String("description")).toString());
    }
    m_selecting = false;
    if (ui->assistantsListWidget->count() == 0) {
        if (!m_dirty) {
            startNew();
        }
        return;
    }
    if (m_dirty && m_currentId.isEmpty()) {
        ui->assistantsListWidget->setCurrentRow(-1); // a new one is being written: keep it
        updateButtons();
        return;
    }
    selectId(keep);
    if (ui->assistantsListWidget->currentRow() < 0) {
        ui->assistantsListWidget->setCurrentRow(0);
    }
}

void AssistantsDialog::selectId(const QString &id)
{
    for (int row = 0; row < ui->assistantsListWidget->count(); ++row) {
        if (ui->assistantsListWidget->item(row)->data(kIdRole).toString() == id) {
            ui->assistantsListWidget->setCurrentRow(row);
            if (!m_dirty) {
                onSelectionChanged(); // shows the saved version even when the row did not change
            }
            return;
        }
    }
}

QJsonObject AssistantsDialog::currentAssistant() const
{
    for (const QJsonValue v : m_assistants) {
        if (v.toObject().value(QLatin1String("id")).toString() == m_currentId) {
            return v.toObject();
        }
    }
    return {};
}

void AssistantsDialog::onSelectionChanged()
{
    if (m_selecting) {
        return;
    }
    QListWidgetItem *item = ui->assistantsListWidget->currentItem();
    const QString id = item != nullptr ? item->data(kIdRole).toString() : QString();
    if (m_dirty && id != m_currentId) {
        // Nothing typed is lost: go back to the one being edited and say what to do.
        m_selecting = true;
        if (m_currentId.isEmpty()) {
            ui->assistantsListWidget->setCurrentRow(-1);
        } else {
            for (int row = 0; row < ui->assistantsListWidget->count(); ++row) {
                if (ui->assistantsListWidget->item(row)->data(kIdRole).toString() == m_currentId) {
                    ui->assistantsListWidget->setCurrentRow(row);
                }
            }
        }
        m_selecting = false;
        setStatus(tr("Save or discard the changes to this assistant first."), true);
        return;
    }
    if (item == nullptr) {
        return;
    }
    m_currentId = id;
    const QJsonObject a = currentAssistant();
    ui->assistantEditor->setAssistant(a);
    ui->formTitleLabel->setText(
        tr("<b>%1</b> <span style=\"color:%3\">%2</span>")
            .arg(displayName(a).toHtmlEscaped(), id, palette().color(QPalette::PlaceholderText).name()));
    setDirty(false);
}

void AssistantsDialog::startNew()
{
    if (m_dirty) {
        setStatus(tr("Save or discard the changes to this assistant first."), true);
        return;
    }
    m_currentId.clear();
    m_selecting = true;
    ui->assistantsListWidget->setCurrentRow(-1);
    m_selecting = false;
    const QStringList models = m_manager->models();
    ui->assistantEditor->setAssistant(QJsonObject(), models.isEmpty() ? QString() : models.first());
    ui->formTitleLabel->setText(tr("<b>A new assistant</b>"));
    setDirty(false); // nothing typed yet; Save creates it
    setStatus(tr("Fill in the form and press Save."));
}

void AssistantsDialog::save()
{
    QString problem;
    const bool isNew = m_currentId.isEmpty();
    const QJsonObject fields = ui->assistantEditor->fields(!isNew, &problem);
    if (fields.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    m_busy = true;
    updateButtons();
    setStatus(isNew ? tr("Creating the assistant…") : tr("Saving…"));
    if (isNew) {
        m_manager->create(fields);
    } else {
        m_manager->modify(m_currentId, fields);
    }
}

void AssistantsDialog::discard()
{
    setDirty(false);
    if (m_currentId.isEmpty()) {
        if (ui->assistantsListWidget->count() > 0) {
            ui->assistantsListWidget->setCurrentRow(0);
        } else {
            startNew();
        }
        return;
    }
    ui->assistantEditor->setAssistant(currentAssistant());
    setDirty(false);
    setStatus(tr("Changes discarded."));
}

void AssistantsDialog::duplicateCurrent()
{
    const QJsonObject a = currentAssistant();
    if (a.isEmpty()) {
        return;
    }
    if (m_dirty) {
        setStatus(tr("Save or discard the changes to this assistant first."), true);
        return;
    }
    m_busy = true;
    updateButtons();
    setStatus(tr("Copying “%1”…").arg(displayName(a)));
    m_manager->duplicate(a);
}

void AssistantsDialog::deleteCurrent()
{
    const QJsonObject a = currentAssistant();
    if (a.isEmpty() || m_deleteBox) {
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete assistant"),
        tr("Delete the assistant “%1” from the server? Runs that use it can no longer start.").arg(displayName(a)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteAssistantMessageBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_currentId;
    connect(box, &QMessageBox::finished, this, [this, box, id](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            m_busy = true;
            updateButtons();
            setStatus(tr("Deleting…"));
            m_manager->remove(id);
        }
    });
    m_deleteBox = box;
    box->open();
}

void AssistantsDialog::reject()
{
    if (m_dirty && !m_closeAsked) {
        m_closeAsked = true;
        setStatus(tr("This assistant has changes that are not saved. Press Close again to leave without them."), true);
        return;
    }
    QDialog::reject();
}

void AssistantsDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_closeAsked = false;
    updateButtons();
}

void AssistantsDialog::setStatus(const QString &text, bool problem)
{
    ui->statusLabel->setText(problem ? tr("Problem: %1").arg(text) : text);
}

void AssistantsDialog::updateButtons()
{
    const bool chosen = !m_currentId.isEmpty();
    ui->savePushButton->setEnabled(!m_busy && (m_dirty || !chosen));
    ui->discardPushButton->setEnabled(!m_busy && m_dirty && chosen);
    ui->duplicatePushButton->setEnabled(!m_busy && chosen);
    ui->deletePushButton->setEnabled(!m_busy && chosen);
    ui->newPushButton->setEnabled(!m_busy);
}

} // namespace rl
