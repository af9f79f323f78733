#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <memory>

class QListWidget;

namespace Ui {
class ToolListEditor;
}

namespace rl {

class KeptValue;

// A list of tools to edit: code interpreter, file search with its options, and functions with a
// JSON Schema editor and an example gallery; add, remove and reorder, up to 20. The composer's
// tools override and the Assistants dialog both use it.
class ToolListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ToolListEditor(QWidget *parent = nullptr);
    ~ToolListEditor() override;

    // Shows these tools (types it cannot edit are left out; the caller reports them).
    void setTools(const QJsonArray &tools);
    [[nodiscard]] QJsonArray tools() const;
    [[nodiscard]] int count() const { return int(m_tools.size()); }
    // Names of the function tools, in order.
    [[nodiscard]] QStringList functionNames() const;
    // Code interpreter and file search can be offered or not (a chat model runs functions only).
    void setBuiltInToolsOffered(bool offered);

    [[nodiscard]] QListWidget *listWidget() const;
    // The widget for "tools[row].rest" ("function.name", "file_search.max_num_results", ...);
    // with reveal the row is selected first.
    [[nodiscard]] QWidget *widgetFor(int row, const QString &rest, bool reveal);

Q_SIGNALS:
    void changed();

private:
    enum class Kind { CodeInterpreter, FileSearch, Function };
    void addTool(Kind kind);
    void moveCurrent(int delta);
    void showTool(int row);
    void storeEditor();
    void refreshList();
    void updateState();
    [[nodiscard]] QString toolLabel(const QJsonObject &tool) const;

    std::unique_ptr<Ui::ToolListEditor> m_ui;
    QList<QJsonObject> m_tools;
    // The text of each function's parameters editor, kept even while it is not valid JSON.
    QList<QString> m_parameterTexts;
    bool m_showing = false;
    bool m_builtInOffered = true;
    // Loaded file search options the spin boxes cannot show exactly, kept until edited.
    KeptValue *m_maxResultsKept;
    KeptValue *m_scoreThresholdKept;
};

} // namespace rl
