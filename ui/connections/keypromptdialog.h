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
// A server that needs no key is one click away: "Connect without a key" (then never asked again).
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
    // Accepted with "Connect without a key": the server needs none, so the connection stops sending one.
    [[nodiscard]] bool withoutKey() const { return m_withoutKey; }

private:
    std::unique_ptr<Ui::KeyPromptDialog> ui;
    QString m_profileId;
    bool m_withoutKey = false;
};

} // namespace rl
