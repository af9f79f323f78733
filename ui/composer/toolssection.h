#pragma once

#include "composersection.h"

#include <QList>

#include <memory>

class QLabel;

namespace Ui {
class ToolsSection;
}

namespace rl {

class KeptValue;

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
    void writeTo(QJsonObject &body) const override;
    void readFrom(const QJsonObject &body) override;
    [[nodiscard]] QWidget *widgetForPath(const QString &path, bool reveal) override;

    // Names of the function tools in the override list (for tool_choice).
    [[nodiscard]] QStringList functionNames() const;

private:
    enum class Kind { CodeInterpreter, FileSearch, Function };
    void addTool(Kind kind);
    void moveCurrent(int delta);
    void showTool(int row);
    void storeEditor();
    void refreshList();
    void updateState();
    [[nodiscard]] QString toolLabel(const QJsonObject &tool) const;

    void setNull(bool isNull);

    std::unique_ptr<Ui::ToolsSection> m_ui;
    QLabel *m_nullNote = nullptr;
    bool m_null = false;
    QList<QJsonObject> m_tools;
    // The text of each function's parameters editor, kept even while it is not valid JSON.
    QList<QString> m_parameterTexts;
    bool m_showing = false;
    // Loaded file search options the spin boxes cannot show exactly, kept until edited.
    KeptValue *m_maxResultsKept;
    KeptValue *m_scoreThresholdKept;
};

} // namespace rl
