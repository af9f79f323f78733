#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QString>

#include <memory>

namespace rl {

namespace Ui {
class ProfileDialog;
}

// Edits one connection profile: server address, sign-in method, key (masked, with the
// keychain / this-session choice), headers, query parameters and timing. The key is handed
// out separately (enteredKey) and never becomes part of the profile.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // hasStoredKey: a key already exists for it, so an empty key field means "keep it".
    void setProfile(const ConnectionProfile &profile, bool hasStoredKey = false);
    [[nodiscard]] ConnectionProfile profile() const;

    [[nodiscard]] QString enteredKey() const;
    [[nodiscard]] bool rememberKey() const; // false = this session only

    // When the keychain cannot be used, "remember" is disabled and the reason shown.
    void setKeychainState(bool usable, const QString &message);

    // The profile's connection with the entered key, for "Test connection".
    [[nodiscard]] Connection connectionForTest() const;
    void showTestResult(bool ok, const QString &text);

    // Empty when the address is usable; otherwise a sentence for the user.
    [[nodiscard]] static QString baseUrlProblem(const QString &text);

    void accept() override;

Q_SIGNALS:
    void testRequested(const rl::Connection &connection, const QString &profileId);

private:
    void updateAuthDependentFields();
    bool validateBaseUrl();

    std::unique_ptr<Ui::ProfileDialog> ui;
    ConnectionProfile m_original;
    bool m_keychainUsable = true;
};

} // namespace rl
