#pragma once

#include "composersection.h"

#include <QJsonArray>

#include <memory>

namespace Ui {
class AssistantSection;
}

namespace rl {

// Which assistant runs (assistant_id), and this run's model and instructions overrides.
// The chosen assistant's own model and instructions are shown as placeholders, so an empty
// override visibly means "the assistant's value".
class AssistantSection : public ComposerSection
{
    Q_OBJECT

public:
    explicit AssistantSection(QWidget *parent = nullptr);
    ~AssistantSection() override;

    [[nodiscard]] QStringList keys() const override;
    void writeTo(CreateThreadAndRunRequest &request) const override;
    void readFrom(const CreateThreadAndRunRequest &request) override;
    [[nodiscard]] QWidget *widgetForPath(const QString &path, bool reveal) override;

    // Assistant objects as returned by GET /assistants ("data" array items).
    void setAssistants(const QJsonArray &assistants);
    void setModels(const QStringList &models);
    [[nodiscard]] QString assistantId() const;
    // The tools of the chosen assistant ("code_interpreter, get_weather", "no tools"), or empty
    // when the assistant is not in the loaded list.
    [[nodiscard]] QString toolsOfChosenAssistant() const { return m_chosenTools; }

Q_SIGNALS:
    // Another assistant was chosen, or the list changed: its details (tools, ...) may differ.
    void chosenAssistantChanged();

private:
    void updateAssistantDetails();
    // An explicit null loaded for model or instructions is sent until the person types there;
    // the empty field says so in its placeholder.
    void showNullStates();

    std::unique_ptr<Ui::AssistantSection> m_ui;
    QJsonArray m_assistants;
    bool m_modelNull = false;
    bool m_instructionsNull = false;
    bool m_reading = false;
    QString m_chosenTools;
};

} // namespace rl
