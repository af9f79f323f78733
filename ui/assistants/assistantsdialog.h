#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <memory>

class QMessageBox;

namespace Ui {
class AssistantsDialog;
}

namespace rl {

class AssistantManager;

// The assistants of the current server: a list on the left, the chosen one's form on the right,
// and New, Duplicate, Delete, Save and Discard. Made for people who do not write JSON: every
// setting is a form field, and what the server refuses is shown in its words, with nothing typed
// lost. Works with any server that has the assistants endpoints.
class AssistantsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AssistantsDialog(AssistantManager *manager, QWidget *parent = nullptr);
    ~AssistantsDialog() override;

    // Code interpreter and file search offered or not (false on a chat model).
    void setBuiltInToolsOffered(bool offered);
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QMessageBox *deleteConfirmation() const { return m_deleteBox; }
    [[nodiscard]] bool hasUnsavedChanges() const { return m_dirty; }

    void reject() override; // asks once when there are unsaved changes

private:
    void showList(const QJsonArray &assistants);
    void onSelectionChanged();
    void startNew();
    void save();
    void discard();
    void duplicateCurrent();
    void deleteCurrent();
    void setDirty(bool dirty);
    void setStatus(const QString &text, bool problem = false);
    void updateButtons();
    [[nodiscard]] QJsonObject currentAssistant() const;
    void selectId(const QString &id);

    std::unique_ptr<::Ui::AssistantsDialog> ui;
    AssistantManager *m_manager;
    QJsonArray m_assistants;
    QString m_currentId; // empty: a new assistant is being written
    QString m_selectAfterList; // the id to show once the list is back
    QPointer<QMessageBox> m_deleteBox;
    bool m_dirty = false;
    bool m_busy = false;
    bool m_closeAsked = false;
    bool m_selecting = false;
    bool m_listedOnce = false;
};

} // namespace rl
