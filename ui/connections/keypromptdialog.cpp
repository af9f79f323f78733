#include "keypromptdialog.h"

#include "ui_keypromptdialog.h"

#include <QPushButton>

namespace rl {

KeyPromptDialog::KeyPromptDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::KeyPromptDialog>())
{
    ui->setupUi(this);
    connect(ui->revealKeyToolButton, &QToolButton::toggled, this, [this](bool shown) {
        ui->keyLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        ui->revealKeyToolButton->setText(shown ? tr("Hi&de") : tr("Sho&w"));
    });
    auto updateOk = [this]() {
        ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!ui->keyLineEdit->text().trimmed().isEmpty());
    };
    connect(ui->keyLineEdit, &QLineEdit::textChanged, this, updateOk);
    QPushButton *withoutKey = ui->buttonBox->addButton(tr("Co&nnect without a key"), QDialogButtonBox::ActionRole);
    withoutKey->setObjectName(QStringLiteral("connectWithoutKeyPushButton"));
    withoutKey->setToolTip(tr("The server needs no key: connect without one, and do not ask again"));
    connect(withoutKey, &QPushButton::clicked, this, [this]() {
        m_withoutKey = true;
        accept();
    });
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &KeyPromptDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &KeyPromptDialog::reject);
    updateOk();
}

KeyPromptDialog::~KeyPromptDialog() = default;

void KeyPromptDialog::setRequest(const QString &profileId, const QString &profileName, const QString &envVar,
                                 bool keychainUsable, const QString &keychainMessage)
{
    m_profileId = profileId;
    m_withoutKey = false;
    setWindowTitle(tr("Key needed for “%1”").arg(profileName));
    const QString missing = envVar.isEmpty()
        ? tr("RunLens needs a key (API key) for “%1” and found none in the keychain.").arg(profileName)
        : tr("RunLens needs a key (API key) for “%1” and found none in the keychain or in the environment "
             "variable %2.")
              .arg(profileName, envVar);
    ui->explanationLabel->setText(missing + QLatin1Char(' ')
                                  + tr("If the server needs no key, choose “Connect without a key”."));
    ui->rememberKeyRadioButton->setEnabled(keychainUsable);
    if (keychainUsable) {
        ui->rememberKeyRadioButton->setChecked(true);
        ui->keychainStatusLabel->setVisible(false);
    } else {
        ui->sessionOnlyKeyRadioButton->setChecked(true);
        ui->keychainStatusLabel->setText(
            keychainMessage.isEmpty() ? tr("No keychain is available, so the key can be kept for this session only. "
                                           "RunLens never writes keys to a plain file.")
                                      : keychainMessage);
        ui->keychainStatusLabel->setVisible(true);
    }
    const QString var = envVar.isEmpty() ? QStringLiteral("OPENAI_API_KEY") : envVar;
    ui->envVarHintLabel->setText(
        tr("You can also start RunLens with the key in the environment variable %1.").arg(var));
    ui->keyLineEdit->clear();
    ui->keyLineEdit->setFocus();
}

QString KeyPromptDialog::key() const
{
    return ui->keyLineEdit->text().trimmed();
}

bool KeyPromptDialog::rememberKey() const
{
    return ui->rememberKeyRadioButton->isEnabled() && ui->rememberKeyRadioButton->isChecked();
}

} // namespace rl
