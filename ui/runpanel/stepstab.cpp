#include "stepstab.h"

#include "jsontreemodel.h"
#include "masterdetail.h"
#include "rowfollower.h"
#include "runformat.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QPushButton>
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
    if (role == Qt::ToolTipRole && (index.column() == IdColumn || index.column() == TypeColumn)) {
        return data(index, Qt::DisplayRole); // elided in the middle when narrow: whole here
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
    , m_view(new MasterDetail(
          m_model, tr("Select a step to see its details"),
          [this](const QModelIndex &row) { return QJsonValue(m_model->step(row.row())); }, 1, this))
{
    m_view->table()->setObjectName(QStringLiteral("stepsTableView"));
    m_view->table()->setAccessibleName(tr("Run steps"));
    m_view->detailView()->setObjectName(QStringLiteral("stepDetailsTreeView"));
    m_view->detailView()->setAccessibleName(tr("Details of the selected step"));
    m_view->inspectButton()->setObjectName(QStringLiteral("inspectStepPushButton"));
    m_view->inspectButton()->setToolTip(tr("Show the selected step in the Inspector tab"));
    m_view->detailPane()->setObjectName(QStringLiteral("stepDetailsPane"));
    m_view->topBar()->insertStretch(0, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &MasterDetail::inspectRequested, this, [this](const QModelIndex &row) {
        const QJsonObject step = m_model->step(row.row());
        Q_EMIT inspectRequested(step, tr("Step %1").arg(step.value(QLatin1String("id")).toString()));
    });
}

QTableView *StepsTab::tableView() const
{
    return m_view->table();
}

DetailPane *StepsTab::detailPane() const
{
    return m_view->detailPane();
}

void StepsTab::updateStep(const QJsonObject &step)
{
    m_model->updateStep(step);
}

void StepsTab::setLive(bool live)
{
    m_view->follower()->setLive(live);
}

void StepsTab::clear()
{
    m_view->clear();
    m_model->clear();
}

} // namespace rl
