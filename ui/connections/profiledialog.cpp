#include "profiledialog.h"

#include "ui_profiledialog.h"

#include <QPushButton>
#include <QUrl>

namespace rl {

ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ProfileDialog>())
{
    ui->setupUi(this);
    ui->authStyleComboBox->addItem(tr("Bearer token (Authorization header)"),
                                   Connection::authStyleName(Connection::AuthStyle::Bearer));
    ui->authStyleComboBox->addItem(tr("api-key header (Azure-style)"),
                                   Connection::authStyleName(Connection::AuthStyle::ApiKeyHeader));
    ui->authStyleComboBox->addItem(tr("No key"), Connection::authStyleName(Connection::AuthStyle::None));
    ui->extraHeadersEditor->setColumnTitles(tr("Header"), tr("Value"));
    ui->extraQueryEditor->setColumnTitles(tr("Parameter"), tr("Value"));
    ui->baseUrlErrorLabel->setVisible(false);
    ui->keychainStatusLabel->setVisible(false);
    ui->testResultLabel->clear();

    connect(ui->revealKeyToolButton, &QToolButton::toggled, this, [this](bool shown) {
        ui->apiKeyLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        ui->revealKeyToolButton->setText(shown ? tr("Hi&de") : tr("Sho&w"));
    });
    connect(ui->authStyleComboBox, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateAuthDependentFields);
    connect(ui->betaHeaderCheckBox, &QCheckBox::toggled, ui->betaHeaderLineEdit, &QLineEdit::setEnabled);
    connect(ui->baseUrlLineEdit, &QLineEdit::editingFinished, this, &ProfileDialog::validateBaseUrl);
    connect(ui->baseUrlLineEdit, &QLineEdit::textEdited, this, [this]() {
        if (ui->baseUrlErrorLabel->isVisible() && baseUrlProblem(ui->baseUrlLineEdit->text()).isEmpty()) {
            ui->baseUrlErrorLabel->setVisible(false);
        }
    });
    connect(ui->testConnectionPushButton, &QPushButton::clicked, this, [this]() {
        if (!validateBaseUrl()) {
            return;
        }
        ui->testResultLabel->setText(tr("Testing…"));
        ui->testConnectionPushButton->setEnabled(false);
        Q_EMIT testRequested(connectionForTest(), m_original.id);
    });
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    ConnectionProfile fresh;
    fresh.name.clear();
    fresh.connection.baseUrl.clear();
    setProfile(fresh);
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setProfile(const ConnectionProfile &profile, bool hasStoredKey)
{
    m_original = profile;
    const Connection &c = profile.connection;
    setWindowTitle(profile.id.isEmpty() ? tr("New connection") : tr("Edit connection “%1”").arg(profile.name));
    ui->nameLineEdit->setText(profile.name);
    ui->baseUrlLineEdit->setText(c.baseUrl);
    ui->authStyleComboBox->setCurrentIndex(ui->authStyleComboBox->findData(Connection::authStyleName(c.authStyle)));
    ui->apiKeyLineEdit->clear();
    ui->apiKeyLineEdit->setPlaceholderText(hasStoredKey ? tr("A key is stored: leave empty to keep it")
                                                        : tr("Paste the key here"));
    ui->keyEnvVarLineEdit->setText(profile.keyEnvVar);
    ui->betaHeaderCheckBox->setChecked(c.sendBetaHeader);
    ui->betaHeaderLineEdit->setText(c.betaHeaderValue);
    ui->betaHeaderLineEdit->setEnabled(c.sendBetaHeader);
    ui->organizationLineEdit->setText(c.organization);
    ui->projectLineEdit->setText(c.project);
    ui->extraHeadersEditor->setPairs(c.extraHeaders);
    ui->extraQueryEditor->setPairs(c.extraQuery);
    ui->requestTimeoutSpinBox->setValue(c.requestTimeoutMs / 1000);
    ui->stallTimeoutSpinBox->setValue(c.stallTimeoutMs / 1000);
    ui->pollIntervalSpinBox->setValue(c.pollIntervalMs);
    ui->baseUrlErrorLabel->setVisible(false);
    ui->testResultLabel->clear();
    updateAuthDependentFields();
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p = m_original;
    p.name = ui->nameLineEdit->text().trimmed();
    p.keyEnvVar = ui->keyEnvVarLineEdit->text().trimmed();
    Connection &c = p.connection;
    c.baseUrl = ui->baseUrlLineEdit->text().trimmed();
    c.authStyle = Connection::authStyleFromName(ui->authStyleComboBox->currentData().toString());
    c.sendBetaHeader = ui->betaHeaderCheckBox->isChecked();
    c.betaHeaderValue = ui->betaHeaderLineEdit->text().trimmed();
    c.organization = ui->organizationLineEdit->text().trimmed();
    c.project = ui->projectLineEdit->text().trimmed();
    c.extraHeaders = ui->extraHeadersEditor->pairs();
    c.extraQuery = ui->extraQueryEditor->pairs();
    c.requestTimeoutMs = ui->requestTimeoutSpinBox->value() * 1000;
    c.stallTimeoutMs = ui->stallTimeoutSpinBox->value() * 1000;
    c.pollIntervalMs = ui->pollIntervalSpinBox->value();
    c.apiKey.clear();
    return p;
}

QString ProfileDialog::enteredKey() const
{
    return ui->apiKeyLineEdit->text().trimmed();
}

bool ProfileDialog::rememberKey() const
{
    return ui->rememberKeyRadioButton->isEnabled() && ui->rememberKeyRadioButton->isChecked();
}

void ProfileDialog::setKeychainState(bool usable, const QString &message)
{
    m_keychainUsable = usable;
    updateAuthDependentFields();
    if (!usable) {
        ui->sessionOnlyKeyRadioButton->setChecked(true);
    }
    ui->keychainStatusLabel->setText(message);
    ui->keychainStatusLabel->setVisible(!message.isEmpty());
}

Connection ProfileDialog::connectionForTest() const
{
    Connection c = profile().connection;
    c.apiKey = enteredKey();
    return c;
}

void ProfileDialog::showTestResult(bool ok, const QString &text)
{
    ui->testConnectionPushButton->setEnabled(true);
    ui->testResultLabel->setText((ok ? tr("Works: ") : tr("Problem: ")) + text);
}

QString ProfileDialog::baseUrlProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return tr("Enter the server address, for example https://example.com/v1.");
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        return tr("This is not a valid address: %1").arg(url.errorString());
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        return tr("The address must start with http:// or https://.");
    }
    if (url.host().isEmpty()) {
        return tr("The address has no server name, for example https://example.com/v1.");
    }
    return {};
}

bool ProfileDialog::validateBaseUrl()
{
    const QString problem = baseUrlProblem(ui->baseUrlLineEdit->text());
    ui->baseUrlErrorLabel->setText(problem);
    ui->baseUrlErrorLabel->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void ProfileDialog::accept()
{
    if (!validateBaseUrl()) {
        ui->sectionsTabWidget->setCurrentWidget(ui->serverTab);
        ui->baseUrlLineEdit->setFocus();
        return;
    }
    if (ui->nameLineEdit->text().trimmed().isEmpty()) {
        ui->nameLineEdit->setText(QUrl(ui->baseUrlLineEdit->text().trimmed()).host());
    }
    QDialog::accept();
}

void ProfileDialog::updateAuthDependentFields()
{
    const bool needsKey
        = Connection::authStyleFromName(ui->authStyleComboBox->currentData().toString()) != Connection::AuthStyle::None;
    for (QWidget *w :
         { static_cast<QWidget *>(ui->apiKeyLineEdit), static_cast<QWidget *>(ui->revealKeyToolButton),
           static_cast<QWidget *>(ui->keyEnvVarLineEdit), static_cast<QWidget *>(ui->sessionOnlyKeyRadioButton) }) {
        w->setEnabled(needsKey);
    }
    ui->rememberKeyRadioButton->setEnabled(needsKey && m_keychainUsable);
}

} // namespace rl
