#include "welcomedialog.h"

#include "ui_welcomedialog.h"

#include "settings.h"

#include <QPushButton>

namespace rl {

WelcomeDialog::WelcomeDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::WelcomeDialog>())
    , m_settings(settings)
{
    ui->setupUi(this);
    ui->welcomeTextLabel->setText(
        tr("<h2>Welcome to RunLens</h2>"
           "<p><b>RunLens</b> launches and inspects runs of the Assistants API endpoint "
           "“Create thread and run” (POST /v1/threads/runs) and shows them as they stream.</p>"
           "<p>OpenAI retired its hosted Assistants API on 26 August 2026. RunLens works with compatible "
           "servers: self-hosted ones, proxies and Azure-style deployments.</p>"
           "<p>Right now the <b>built-in local server</b> is active. It runs inside RunLens on this computer "
           "and needs no key, so you can try a run straight away: a first request is ready on the left, press "
           "<b>Send</b>. Its answers are simulated until you give it a model.</p>"
           "<p>To have a <b>real model</b> answer, offline on this computer: install Ollama (or llama.cpp), "
           "download a model (<tt>ollama pull llama3.2</tt>), then click <b>Use a local model…</b> below, choose "
           "<b>A Chat Completions server</b>, press <b>Test</b> and <b>OK</b>. Make assistants of your own in "
           "<b>Run ▸ Assistants…</b>, no JSON needed.</p>"
           "<p>To use another server, choose <b>New…</b> next to the connection list, or click "
           "<b>Add another server…</b> below. Keys are kept in your system keychain, never in a file.</p>"));
    ui->welcomeTextLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    setWindowIcon(QIcon(QStringLiteral(":/icons/runlens-256.png")));
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &WelcomeDialog::accept);
    connect(ui->localModelPushButton, &QPushButton::clicked, this, [this]() {
        accept();
        Q_EMIT localModelRequested();
    });
    connect(ui->addServerPushButton, &QPushButton::clicked, this, [this]() {
        accept();
        Q_EMIT addServerRequested();
    });
    connect(this, &QDialog::finished, this, [this]() {
        m_settings->setValue(SettingKeys::welcomeShown, true);
        m_settings->sync();
    });
}

WelcomeDialog::~WelcomeDialog() = default;

bool WelcomeDialog::shouldShow(const Settings &settings)
{
    return !settings.value(SettingKeys::welcomeShown);
}

} // namespace rl
