#pragma once

#include "servererror.h"

#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <optional>

namespace rl::server {

// Cursor pagination the API's way: limit 1..100 (default 20), order asc|desc (default desc),
// after / before object ids; the page is {object:"list", data, first_id, last_id, has_more}.
class Pagination
{
public:
    // items in creation order. Returns the page, or an error for a bad limit/order.
    static QJsonObject page(const QList<QJsonObject> &items, const QUrlQuery &query, std::optional<ServerError> *error);
};

} // namespace rl::server
