#include "pagination.h"

#include <QJsonArray>

#include <algorithm>

namespace rl::server {

using namespace Qt::StringLiterals;

QJsonObject Pagination::page(const QList<QJsonObject> &items, const QUrlQuery &query, std::optional<ServerError> *error)
{
    int limit = 20;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 100) {
            *error = ServerError::invalidBody(
                u"limit"_s,
                ServerError::tr("Invalid 'limit': integer between 1 and 100 expected, got '%1'.")
                    .arg(query.queryItemValue(u"limit"_s)));
            return {};
        }
    }
    const QString order = query.queryItemValue(u"order"_s);
    if (!order.isEmpty() && order != u"asc"_s && order != u"desc"_s) {
        *error = ServerError::invalidBody(
            u"order"_s,
            ServerError::tr("Invalid value for 'order': expected one of 'asc' or 'desc', got '%1'.").arg(order));
        return {};
    }
    QList<QJsonObject> list = items;
    if (order != u"asc"_s) {
        std::reverse(list.begin(), list.end());
    }

    const auto indexOf = [&list](const QString &id) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).value(u"id"_s).toString() == id) {
                return i;
            }
        }
        return qsizetype(-1);
    };
    qsizetype begin = 0;
    qsizetype end = list.size();
    const QString after = query.queryItemValue(u"after"_s);
    const QString before = query.queryItemValue(u"before"_s);
    if (!after.isEmpty()) {
        const qsizetype i = indexOf(after);
        begin = i < 0 ? list.size() : i + 1;
    }
    if (!before.isEmpty()) {
        const qsizetype i = indexOf(before);
        end = i < 0 ? 0 : i;
    }
    bool hasMore = false;
    QJsonArray data;
    if (begin < end) {
        if (!before.isEmpty() && after.isEmpty()) {
            // Closest items before the cursor.
            const qsizetype from = qMax(begin, end - limit);
            hasMore = from > begin;
            begin = from;
        } else {
            hasMore = end - begin > limit;
            end = qMin(end, begin + limit);
        }
        for (qsizetype i = begin; i < end; ++i) {
            data.append(list.at(i));
        }
    }
    const auto idAt = [&data](qsizetype i) { return data.at(i).toObject().value(u"id"_s); };
    return QJsonObject { { u"object"_s, u"list"_s },
                         { u"data"_s, data },
                         { u"first_id"_s, data.isEmpty() ? QJsonValue(QJsonValue::Null) : idAt(0) },
                         { u"last_id"_s, data.isEmpty() ? QJsonValue(QJsonValue::Null) : idAt(data.size() - 1) },
                         { u"has_more"_s, hasMore } };
}

} // namespace rl::server
