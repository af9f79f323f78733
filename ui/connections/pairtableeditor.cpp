#include "pairtableeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSet>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rl {

PairTableEditor::PairTableEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_addButton(new QToolButton(this))
    , m_removeButton(new QToolButton(this))
{
    m_table->setObjectName(QStringLiteral("pairsTableWidget"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    setColumnTitles(tr("Name"), tr("Value"));

    m_addButton->setObjectName(QStringLiteral("addRowToolButton"));
    m_addButton->setText(tr("&Add"));
    m_addButton->setToolTip(tr("Add a row"));
    m_addButton->setAccessibleName(tr("Add a row"));
    m_removeButton->setObjectName(QStringLiteral("removeRowToolButton"));
    m_removeButton->setText(tr("Re&move"));
    m_removeButton->setToolTip(tr("Remove the selected rows"));
    m_removeButton->setAccessibleName(tr("Remove the selected rows"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_addButton, &QToolButton::clicked, this, [this]() {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_removeButton, &QToolButton::clicked, this, &PairTableEditor::removeSelectedRows);
}

void PairTableEditor::setColumnTitles(const QString &nameTitle, const QString &valueTitle)
{
    m_table->setHorizontalHeaderLabels({ nameTitle, valueTitle });
    m_table->setAccessibleName(nameTitle + QLatin1String(" / ") + valueTitle);
}

void PairTableEditor::setPairs(const QList<QPair<QString, QString>> &pairs)
{
    m_table->setRowCount(0);
    for (const auto &[name, value] : pairs) {
        addRow(name, value);
    }
}

QList<QPair<QString, QString>> PairTableEditor::pairs() const
{
    QList<QPair<QString, QString>> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *nameItem = m_table->item(row, 0);
        const QTableWidgetItem *valueItem = m_table->item(row, 1);
        const QString name = nameItem ? nameItem->text().trimmed() : QString();
        if (!name.isEmpty()) {
            out.append({ name, valueItem ? valueItem->text() : QString() });
        }
    }
    return out;
}

void PairTableEditor::addRow(const QString &name, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
}

void PairTableEditor::removeSelectedRows()
{
    QList<int> rows;
    const auto ranges = m_table->selectedRanges();
    for (const QTableWidgetSelectionRange &range : ranges) {
        for (int r = range.topRow(); r <= range.bottomRow(); ++r) {
            rows.append(r);
        }
    }
    if (rows.isEmpty() && m_table->currentRow() >= 0) {
        rows.append(m_table->currentRow());
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int r : std::as_const(rows)) {
        m_table->removeRow(r);
    }
}

} // namespace rl
