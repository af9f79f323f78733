// libFuzzer target: the JSON tree model behind the inspector. Any JSON value can be shown:
// the model passes QAbstractItemModelTester (fatal on any inconsistency) while every node is
// visited, every role of every column read, and a search run over it.
#include "jsontext.h"
#include "jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>

#include <cstdint>
#include <cstdlib>

namespace {

void visit(rl::JsonTreeModel &model, const QModelIndex &parent, int *budget)
{
    const int rows = model.rowCount(parent);
    for (int row = 0; row<rows && * budget> 0; ++row, --*budget) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::FontRole),
                              int(rl::JsonTreeModel::PathRole), int(rl::JsonTreeModel::KeyRole),
                              int(rl::JsonTreeModel::TimestampRole), int(rl::JsonTreeModel::HighlightRole) }) {
                (void)model.data(index, role);
            }
            (void)model.flags(index);
        }
        const QModelIndex child = model.index(row, 0, parent);
        const rl::JsonTreeModel::RowPath path = model.rowPathOf(child);
        if (model.indexForRowPath(path) != child || model.parent(child) != parent) {
            std::abort();
        }
        visit(model, child, budget);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const rl::JsonTextResult json = rl::readJsonText(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!json.ok) {
        return 0;
    }
    rl::JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setJson(json.value);
    int budget = 5000;
    visit(model, {}, &budget);
    (void)model.search(QStringLiteral("a"), 100);
    model.setJson(QJsonValue());
    return 0;
}
