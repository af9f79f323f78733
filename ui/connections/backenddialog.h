#pragma once

#include "localbackend.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rl {

namespace Ui {
class BackendDialog;
}

// What the built-in server runs on: "Simulated (offline)" or a Chat Completions server (a
// preset for Ollama, llama.cpp, vLLM, LM Studio or OpenAI, or any address), with its key and
// the model the shipped assistants use. "Test" lists the server's models (testRequested) and
// fills the model list. The key is handed out separately and never becomes part of the backend.
class BackendDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackendDialog(QWidget *parent = nullptr);
    ~BackendDialog() override;

    void setBackend(const LocalBackend &backend);
    [[nodiscard]] LocalBackend backend() const;
    // A key is stored already: an empty key field keeps it.
    void setHasStoredKey(bool stored);
    // The key to store: std::nullopt to keep the stored one (the field was not touched).
    [[nodiscard]] std::optional<QString> enteredKey() const;

    // The answer to testRequested: models listed (ok) or what went wrong, in plain words.
    void showTestResult(bool ok, const QString &text, const QStringList &models);

    void accept() override;

Q_SIGNALS:
    // key: what is typed (empty: use the stored key, if any).
    void testRequested(const QString &baseUrl, const QString &key);

private:
    void updateEnabled();
    void onPresetChosen(int index);
    void onAddressEdited();
    void setModels(const QStringList &models, const QString &current);
    [[nodiscard]] QString chosenModel() const;

    std::unique_ptr<Ui::BackendDialog> ui;
    bool m_hasStoredKey = false;
    bool m_keyEdited = false;
};

} // namespace rl
