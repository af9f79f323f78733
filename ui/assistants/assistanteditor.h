#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class AssistantEditor;
}

namespace rl {

// The form of one assistant: name, description, model, instructions, sampling defaults, answer
// format (text, JSON, JSON following a schema) and tools (the composer's tool editor). It reads an
// assistant object and writes the fields of a create or modify request.
class AssistantEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AssistantEditor(QWidget *parent = nullptr);
    ~AssistantEditor() override;

    void setModels(const QStringList &models);
    // Shows an assistant (an empty object: a new one, on defaultModel).
    void setAssistant(const QJsonObject &assistant, const QString &defaultModel = QString());
    // The request fields, or an empty object and *problem (a sentence; the field has the focus).
    // forModify: settings switched off are sent as null so the server clears them.
    [[nodiscard]] QJsonObject fields(bool forModify, QString *problem) const;
    // Code interpreter and file search offered or not (a chat model runs functions only).
    void setBuiltInToolsOffered(bool offered);

Q_SIGNALS:
    void edited(); // the person changed something

private:
    enum class Format { Auto, Text, JsonObject, JsonSchema };
    void updateEnabled();
    [[nodiscard]] QString modelText() const;
    // The field that shows a request path ("tools[1].function.name", "instructions").
    [[nodiscard]] QWidget *widgetForPath(const QString &path) const;

    std::unique_ptr<::Ui::AssistantEditor> ui;
    bool m_loading = false;
};

} // namespace rl
