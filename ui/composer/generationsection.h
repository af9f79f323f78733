#pragma once

#include "composersection.h"

#include <memory>

class QCheckBox;

namespace Ui {
class GenerationSection;
}

namespace rl {

class KeptValue;

// How the model generates: temperature, top_p, token limits, truncation, response format,
// tool choice and parallel tool calls. Every control has a "not set" state that sends nothing.
class GenerationSection : public ComposerSection
{
    Q_OBJECT

public:
    explicit GenerationSection(QWidget *parent = nullptr);
    ~GenerationSection() override;

    [[nodiscard]] QStringList keys() const override;
    void writeTo(CreateThreadAndRunRequest &request) const override;
    void readFrom(const CreateThreadAndRunRequest &request) override;
    [[nodiscard]] QWidget *widgetForPath(const QString &path, bool reveal) override;

    // The function names offered for tool_choice (from the tools section).
    void setFunctionNames(const QStringList &names);

private:
    void updateEnabledStates();
    void setNullState(QCheckBox *box, bool isNull);

    std::unique_ptr<Ui::GenerationSection> m_ui;
    // Loaded values the spin boxes cannot show exactly, kept until edited.
    KeptValue *m_temperatureKept;
    KeptValue *m_topPKept;
    KeptValue *m_maxPromptKept;
    KeptValue *m_maxCompletionKept;
    KeptValue *m_lastMessagesKept;
};

} // namespace rl
