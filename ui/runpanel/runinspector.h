#pragma once

#include "jsontreemodel.h"

#include <QJsonValue>
#include <QWidget>

#include <memory>

class QAction;
class QTimer;
class QTreeView;

namespace Ui {
class RunInspector;
}

namespace rl {

// The run inspector: a JSON object (the final run, or a message, step or event payload) as a
// lazy tree beside its raw JSON, with search, expand/collapse, copy actions and save. For a run
// object a strip above the tree shows the derived durations and the token usage.
class RunInspector : public QWidget
{
    Q_OBJECT

public:
    explicit RunInspector(QWidget *parent = nullptr);
    ~RunInspector() override;

    // Shows an object; title says what it is ("Final run", "Message msg_…").
    void setJson(const QJsonValue &value, const QString &title = {});
    void clear();
    [[nodiscard]] QJsonValue json() const;
    [[nodiscard]] JsonTreeModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *treeView() const;

    // Search (also driven by the search field): returns false when nothing matches.
    void setSearchText(const QString &text);
    [[nodiscard]] int matchCount() const { return static_cast<int>(m_matches.size()); }
    [[nodiscard]] int currentMatch() const { return m_currentMatch; }
    bool findNext();
    bool findPrevious();

    // Copies the current node's value, path or subtree to the clipboard.
    void copyValue();
    void copyPath();
    void copySubtree();

    // Writes the whole object to a file (indented JSON); false and a message box-free error text.
    bool saveToFile(const QString &fileName, QString *errorText = nullptr) const;
    // Test seam: the next save dialog answers with this name instead of opening ("" = cancel).
    static void setNextSaveFileName(const QString &fileName);

    void expandAll();
    void collapseAll();
    void save();

Q_SIGNALS:
    void saved(const QString &fileName);

private:
    void runSearch();
    void goToMatch(int match);
    void showRawJson(const QModelIndex &index);
    void updateMatchLabel();
    [[nodiscard]] QModelIndex currentIndex() const;

    std::unique_ptr<::Ui::RunInspector> m_ui;
    JsonTreeModel *m_model = nullptr;
    QTimer *m_searchTimer = nullptr;
    QList<JsonTreeModel::RowPath> m_matches;
    int m_currentMatch = -1;
    QString m_searchedText;
    QAction *m_copyValueAction = nullptr;
    QAction *m_copyPathAction = nullptr;
    QAction *m_copySubtreeAction = nullptr;
};

} // namespace rl
