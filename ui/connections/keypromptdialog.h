#pragma once

#include <QDialog>
#include <QString>

#include <memory>

namespace rl {

namespace Ui {
class KeyPromptDialog;
}

// Asks for a key when neither the keychain nor the environment has one. Says plainly when
// no keychain can be used; then only "this session only" and the environment variable remain.
class KeyPromptDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyPromptDialog(QWidget *parent = nullptr);
    ~KeyPromptDialog() override;

    void setRequest(const QString &profileId, const QString &profileName, const QString &envVar, bool keychainUsable,
                    const QString &keychainMessage);

    [[nodiscard]] QString profileId() const { return m_profileId; }
    [[nodiscard]] QString key() const;
    [[nodiscard]] bool rememberKey() const; // false = this session only

private:
    std::unique_ptr<Ui::KeyPromptDialog> ui;
    QString m_profileId;
};

} // namespace rl
