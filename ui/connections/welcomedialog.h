#pragma once

#include <QDialog>

#include <memory>

namespace rl {

class Settings;

namespace Ui {
class WelcomeDialog;
}

// Shown on first start: what RunLens is, that OpenAI retired its hosted Assistants API,
// that the built-in local server is active, and how to add another server. Once dismissed
// it is not shown again (SettingKeys::welcomeShown).
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WelcomeDialog(Settings *settings, QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    [[nodiscard]] static bool shouldShow(const Settings &settings);

Q_SIGNALS:
    // "Add another server…" was clicked (the dialog closes first).
    void addServerRequested();
    // "Use a local model…" was clicked (the dialog closes first).
    void localModelRequested();

private:
    std::unique_ptr<Ui::WelcomeDialog> ui;
    Settings *m_settings;
};

} // namespace rl
