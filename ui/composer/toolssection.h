#pragma once

#include "composersection.h"

#include <memory>

class QLabel;

namespace Ui {
class ToolsSection;
}

namespace rl {

// `tools`: an explicit choice between the assistant's own tools (nothing sent) and a list that
// overrides them for this run (code interpreter, file search with its options, functions with a
// JSON Schema editor and example gallery). A loaded explicit null is sent (and a note says so)
// until the person picks one of the two choices.
class ToolsSection : public ComposerSection
{
    Q_OBJECT

public:
    explicit ToolsSection(QWidget *parent = nullptr);
    ~ToolsSection() override;

    [[nodiscard]] QStringList keys() const override;
    void writeTo(CreateThreadAndRunRequest &request) const override;
    void readFrom(const CreateThreadAndRunRequest &request) override;
    [[nodiscard]] QWidget *widgetForPath(const QString &path, bool reveal) override;

    // Names of the function tools in the override list (for tool_choice).
    [[nodiscard]] QStringList functionNames() const;
    // Names the chosen assistant's tools in the "use the assistant's tools" choice (empty: unknown).
    void setAssistantTools(const QString &summary);

private:
    void updateState();
    void setNull(bool isNull);

    std::unique_ptr<Ui::ToolsSection> m_ui;
    QLabel *m_nullNote = nullptr;
    bool m_null = false;
};

} // namespace rl
