#include "stepstab.h"

#include "jsontreemodel.h"
#include "rowfollower.h"
#include "runformat.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace rl {

namespace {

qint64 seconds(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? static_cast<qint64>(value.toDouble()) : -1;
}

QString stepTypeText(const QJsonObject &step)
{
    QString type = step.value(QLatin1String("type")).toString();
    if (type == QLatin1String("message_creation")) {
        return StepsModel::tr("Message creation");
    }
    if (type == QLatin1String("tool_calls")) {
        const QJsonArray calls
            = step.value(QLatin1String("step_details")).toObject().value(QLatin1String("tool_calls")).toArray();
        QStringList kinds;
        for (const QJsonValue call : calls) {
            const QJsonObject object = call.toObject();
            const QString kind = object.value(QLatin1String("type")).toString();
            kinds.append(
                kind == QLatin1String("function")
                    ? object.value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString()
                    : kind);
        }
        return StepsModel::tr("Tool calls (%1)").arg(kinds.join(QStringLiteral(", ")));
    }
    return type;
}

} // namespace

StepsModel::StepsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void StepsModel::updateStep(const QJsonObject &step)
{
    const QString id = step.value(QLatin1String("id")).toString();
    const auto known = m_rowOf.constFind(id);
    if (known != m_rowOf.constEnd()) {
        const int row = *known;
        m_steps[row] = step;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int row = static_cast<int>(m_steps.size());
    beginInsertRows({}, row, row);
    m_steps.append(step);
    m_rowOf.insert(id, row);
    endInsertRows();
}

void StepsModel::clear()
{
    if (m_steps.isEmpty()) {
        return;
    }
    beginResetModel();
    m_steps.clear();
    m_rowOf.clear();
    endResetModel();
}

int StepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

int StepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const QJsonObject &step = m_steps.at(index.row());
    const QString status = step.value(QLatin1String("status")).toString();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TypeColumn:
            return stepTypeText(step);
        case StatusColumn:
            return RunFormat::statusLook(status).text;
        case CreatedColumn: {
            const qint64 created = seconds(step, "created_at");
            // The time of day only: a run lasts minutes, the date is in the tooltip.
            return created < 0
                ? QString()
                : QDateTime::fromSecsSinceEpoch(created).toLocalTime().toString(QStringLiteral("hh:mm:ss"));
        }
        case DurationColumn: {
            const qint64 created = seconds(step, "created_at");
            for (const char *key : { "completed_at", "failed_at", "cancelled_at", "expired_at" }) {
                const qint64 end = seconds(step, key);
                if (end >= 0 && created >= 0) {
                    return RunFormat::durationSeconds(end - created);
                }
            }
            return QString();
        }
        case TokensColumn: {
            const QJsonObject usage = step.value(QLatin1String("usage")).toObject();
            if (usage.isEmpty()) {
                return QString();
            }
            return tr("%1 + %2").arg(
                RunFormat::count(static_cast<qint64>(usage.value(QLatin1String("prompt_tokens")).toDouble())),
                RunFormat::count(static_cast<qint64>(usage.value(QLatin1String("completion_tokens")).toDouble())));
        }
        case IdColumn:
            return step.value(QLatin1String("id")).toString();
        default:
            return {};
        }
    }
    if (index.column() == StatusColumn && role == Qt::BackgroundRole) {
        return RunFormat::statusLook(status).background;
    }
    if (index.column() == StatusColumn && role == Qt::ForegroundRole) {
        return RunFormat::statusLook(status).foreground;
    }
    if (role == Qt::ToolTipRole && index.column() == CreatedColumn) {
        const qint64 created = seconds(step, "created_at");
        return created < 0 ? QVariant() : QVariant(JsonTreeModel::timestampText(created));
    }
    if (role == Qt::ToolTipRole && index.column() == TokensColumn) {
        return tr("Prompt tokens + completion tokens");
    }
    return {};
}

QVariant StepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case DurationColumn:
        return tr("Duration");
    case TokensColumn:
        return tr("Tokens");
    case IdColumn:
        return tr("Step id");
    default:
        return {};
    }
}

StepsTab::StepsTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new StepsModel(this))
    , m_detailModel(new JsonTreeModel(this))
    , m_table(new QTableView(this))
    , m_detailView(new QTreeView(this))
    , m_inspectButton(new QPushButton(tr("Open in inspector"), this))
    , m_detailPane(new DetailPane(m_detailView, tr("Select a step to see its details")))
{
    m_table->setObjectName(QStringLiteral("stepsTableView"));
    m_table->setAccessibleName(tr("Run steps"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detailView->setObjectName(QStringLiteral("stepDetailsTreeView"));
    m_detailView->setAccessibleName(tr("Details of the selected step"));
    m_detailView->setModel(m_detailModel);
    m_detailView->setUniformRowHeights(true);
    m_inspectButton->setObjectName(QStringLiteral("inspectStepPushButton"));
    m_inspectButton->setToolTip(tr("Show the selected step in the Inspector tab"));
    m_inspectButton->setEnabled(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_inspectButton);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_detailPane);
    splitter->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_detailPane->setObjectName(QStringLiteral("stepDetailsPane"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StepsTab::showDetails);
    m_follower = new RowFollower(m_table);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.row() == m_table->currentIndex().row()) {
            showDetails();
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, &StepsTab::inspectCurrent);
    connect(m_inspectButton, &QPushButton::clicked, this, &StepsTab::inspectCurrent);
}

void StepsTab::updateStep(const QJsonObject &step)
{
    m_model->updateStep(step);
}

void StepsTab::setLive(bool live)
{
    m_follower->setLive(live);
}

void StepsTab::clear()
{
    m_follower->reset();
    m_model->clear();
    m_detailModel->clear();
    m_inspectButton->setEnabled(false);
    m_detailPane->setDetailShown(false);
}

void StepsTab::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    m_inspectButton->setEnabled(current.isValid());
    m_detailPane->setDetailShown(current.isValid());
    if (!current.isValid()) {
        m_detailModel->clear();
        return;
    }
    m_detailModel->setJson(m_model->step(current.row()));
    m_detailView->expandToDepth(1);
}

void StepsTab::inspectCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        const QJsonObject step = m_model->step(current.row());
        Q_EMIT inspectRequested(step, tr("Step %1").arg(step.value(QLatin1String("id")).toString()));
    }
}

} // namespace rl
