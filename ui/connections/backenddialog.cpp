#include "backenddialog.h"

#include "ui_backenddialog.h"

#include <QPushButton>

namespace rl {

namespace {
constexpr int kOtherAddress = -1; // item data of the "Another address" preset

QString otherAddressHint()
{
    return BackendDialog::tr("Any server that speaks the Chat Completions API; its address usually ends in /v1.");
}
} // namespace

BackendDialog::BackendDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::BackendDialog>())
{
    ui->setupUi(this);
    const QList<LocalBackend::Preset> presets = LocalBackend::presets();
    for (int i = 0; i < presets.size(); ++i) {
        ui->presetComboBox->addItem(presets.at(i).name, i);
    }
    ui->presetComboBox->addItem(tr("Another address"), kOtherAddress);
    setModels({}, QString());
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &BackendDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &BackendDialog::reject);

    connect(ui->simulatedRadioButton, &QRadioButton::toggled, this, &BackendDialog::updateEnabled);
    connect(ui->modelServerRadioButton, &QRadioButton::toggled, this, &BackendDialog::updateEnabled);
    connect(ui->presetComboBox, &QComboBox::activated, this, &BackendDialog::onPresetChosen);
    connect(ui->addressLineEdit, &QLineEdit::textEdited, this, &BackendDialog::onAddressEdited);
    connect(ui->keyLineEdit, &QLineEdit::textEdited, this, [this] { m_keyEdited = true; });
    connect(ui->testPushButton, &QPushButton::clicked, this, [this] {
        const QString problem = LocalBackend::baseUrlProblem(ui->addressLineEdit->text());
        if (!problem.isEmpty()) {
            showTestResult(false, problem, {});
            ui->addressLineEdit->setFocus();
            return;
        }
        ui->testPushButton->setEnabled(false);
        ui->testResultLabel->setText(tr("Asking the model server for its models…"));
        Q_EMIT testRequested(ui->addressLineEdit->text().trimmed(), ui->keyLineEdit->text());
    });
    ui->simulatedRadioButton->setChecked(true);
    onPresetChosen(0);
    updateEnabled();
}

BackendDialog::~BackendDialog() = default;

void BackendDialog::setBackend(const LocalBackend &backend)
{
    ui->modelServerRadioButton->setChecked(backend.usesModelServer());
    ui->simulatedRadioButton->setChecked(!backend.usesModelServer());
    if (!backend.baseUrl.isEmpty()) {
        ui->addressLineEdit->setText(backend.baseUrl);
        onAddressEdited();
    }
    setModels({}, backend.model);
    updateEnabled();
}

LocalBackend BackendDialog::backend() const
{
    LocalBackend b;
    b.kind
        = ui->modelServerRadioButton->isChecked() ? LocalBackend::Kind::ChatCompletions : LocalBackend::Kind::Simulated;
    b.baseUrl = ui->addressLineEdit->text().trimmed();
    b.model = chosenModel();
    return b;
}

void BackendDialog::setHasStoredKey(bool stored)
{
    m_hasStoredKey = stored;
    ui->keyLineEdit->setPlaceholderText(stored ? tr("A key is stored in the keychain; type to replace it")
                                               : tr("None needed for a server on this computer"));
}

std::optional<QString> BackendDialog::enteredKey() const
{
    if (!m_keyEdited) {
        return std::nullopt;
    }
    return ui->keyLineEdit->text().trimmed();
}

void BackendDialog::showTestResult(bool ok, const QString &text, const QStringList &models)
{
    ui->testPushButton->setEnabled(ui->modelServerRadioButton->isChecked());
    ui->testResultLabel->setText(ok ? text : tr("Problem: %1").arg(text));
    if (ok) {
        setModels(models, chosenModel());
    }
}

void BackendDialog::accept()
{
    if (ui->modelServerRadioButton->isChecked()) {
        const QString problem = LocalBackend::baseUrlProblem(ui->addressLineEdit->text());
        if (!problem.isEmpty()) {
            ui->testResultLabel->setText(tr("Problem: %1").arg(problem));
            ui->addressLineEdit->setFocus();
            ui->addressLineEdit->selectAll();
            return; // the dialog stays open with everything as typed
        }
    }
    QDialog::accept();
}

void BackendDialog::updateEnabled()
{
    const bool server = ui->modelServerRadioButton->isChecked();
    ui->modelServerGroupBox->setEnabled(server);
    ui->testPushButton->setEnabled(server);
}

void BackendDialog::onPresetChosen(int index)
{
    const int preset = ui->presetComboBox->itemData(index).toInt();
    const QList<LocalBackend::Preset> presets = LocalBackend::presets();
    if (preset < 0 || preset >= presets.size()) {
        ui->presetHintLabel->setText(otherAddressHint());
        ui->addressLineEdit->setFocus();
        return;
    }
    ui->addressLineEdit->setText(presets.at(preset).baseUrl);
    ui->presetHintLabel->setText(presets.at(preset).hint);
}

void BackendDialog::onAddressEdited()
{
    const int preset = LocalBackend::presetIndex(ui->addressLineEdit->text());
    const int row = ui->presetComboBox->findData(preset < 0 ? kOtherAddress : preset);
    ui->presetComboBox->setCurrentIndex(row);
    ui->presetHintLabel->setText(preset >= 0 ? LocalBackend::presets().at(preset).hint : otherAddressHint());
}

void BackendDialog::setModels(const QStringList &models, const QString &current)
{
    ui->modelComboBox->clear();
    ui->modelComboBox->addItem(tr("The first model the server lists"), QString());
    for (const QString &m : models) {
        ui->modelComboBox->addItem(m, m);
    }
    if (!current.isEmpty() && ui->modelComboBox->findData(current) < 0) {
        ui->modelComboBox->addItem(current, current);
    }
    ui->modelComboBox->setCurrentIndex(qMax(0, ui->modelComboBox->findData(current)));
}

QString BackendDialog::chosenModel() const
{
    QString text = ui->modelComboBox->currentText().trimmed();
    const int row = ui->modelComboBox->findText(text);
    if (row >= 0) {
        return ui->modelComboBox->itemData(row).toString();
    }
    return text; // typed by hand
}

} // namespace rl
