#include "metadataeditor.h"

#include "ui_metadataeditor.h"

#include "metadatamodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QStyledItemDelegate>

namespace rl {

namespace {

// Names the key and value editors. Lengths are not cut while typing: a key or value over the
// limit is kept as typed, and the model's tooltip, the counter and the request's checks say so.
class PairDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setObjectName(index.column() == MetadataModel::KeyColumn ? QStringLiteral("metadataKeyLineEdit")
                                                                           : QStringLiteral("metadataValueLineEdit"));
        }
        return editor;
    }
};

} // namespace

MetadataEditor::MetadataEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MetadataEditor>())
    , m_model(new MetadataModel(this))
{
    m_ui->setupUi(this);
    m_ui->metadataTableView->setModel(m_model);
    m_ui->metadataTableView->setItemDelegate(new PairDelegate(m_ui->metadataTableView));
    m_ui->metadataTableView->horizontalHeader()->setSectionResizeMode(MetadataModel::KeyColumn,
                                                                      QHeaderView::ResizeToContents);
    m_ui->metadataTableView->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->addPairPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_model->addPair();
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, MetadataModel::KeyColumn);
            m_ui->metadataTableView->setCurrentIndex(index);
            m_ui->metadataTableView->edit(index);
        }
    });
    connect(m_ui->removePairPushButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->metadataTableView->currentIndex();
        if (current.isValid()) {
            m_model->removeRows(current.row(), 1);
        }
    });
    connect(m_model, &MetadataModel::changed, this, [this] {
        updateState();
        Q_EMIT changed();
    });
    connect(m_ui->metadataTableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateState(); });
    updateState();
}

MetadataEditor::~MetadataEditor()
{
    // Children dying after this destructor must not call back into it.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children) {
        child->blockSignals(true);
    }
}

bool MetadataEditor::isEmpty() const
{
    return m_model->rowCount() == 0;
}

QJsonObject MetadataEditor::toJson() const
{
    return m_model->toJson();
}

void MetadataEditor::setJson(const QJsonObject &object)
{
    m_model->setJson(object);
}

void MetadataEditor::clear()
{
    m_model->setPairs({});
}

void MetadataEditor::updateState()
{
    m_ui->addPairPushButton->setEnabled(m_model->rowCount() < MetadataModel::MaxPairs);
    m_ui->removePairPushButton->setEnabled(m_ui->metadataTableView->currentIndex().isValid());
    QString text = m_model->rowCount() == 0 ? tr("Not set (no pairs)") : m_model->counterText();
    if (m_model->rowCount() >= MetadataModel::MaxPairs) {
        text += tr(" · limit reached");
    }
    m_ui->metadataCounterLabel->setText(text);
}

} // namespace rl
