#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QTableWidget;
class QToolButton;

namespace rl {

// A small two-column table (name, value) with Add and Remove buttons, used for extra
// headers and extra query parameters.
class PairTableEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PairTableEditor(QWidget *parent = nullptr);

    void setColumnTitles(const QString &nameTitle, const QString &valueTitle);
    void setPairs(const QList<QPair<QString, QString>> &pairs);
    // Rows with an empty name are left out.
    [[nodiscard]] QList<QPair<QString, QString>> pairs() const;

    [[nodiscard]] QTableWidget *table() const { return m_table; }

    void addRow(const QString &name = QString(), const QString &value = QString());
    void removeSelectedRows();

private:
    QTableWidget *m_table;
    QToolButton *m_addButton;
    QToolButton *m_removeButton;
};

} // namespace rl
