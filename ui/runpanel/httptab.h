#pragma once

#include "httpexchange.h"

#include <QAbstractListModel>
#include <QList>
#include <QWidget>

class QListView;
class QPlainTextEdit;

namespace rl {

// The HTTP exchanges of a run, one row each (method, path, status), listed when sent.
class HttpExchangeModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit HttpExchangeModel(QObject *parent = nullptr);
    // Adds an exchange, or replaces the record with its id (an exchange in progress that ended).
    void put(const HttpExchange &exchange);
    void clear();
    [[nodiscard]] const HttpExchange &exchange(int row) const { return m_exchanges.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<HttpExchange> m_exchanges;
};

// The HTTP tab: the request as sent (key masked) and the response's status, headers, request
// id, processing time and rate limits.
class HttpTab : public QWidget
{
    Q_OBJECT

public:
    explicit HttpTab(QWidget *parent = nullptr);
    [[nodiscard]] HttpExchangeModel *model() const { return m_model; }
    void addExchange(const HttpExchange &exchange); // new, or the end of one in progress
    void clear();
    // The full text shown for one exchange.
    [[nodiscard]] static QString describe(const HttpExchange &exchange);

private:
    void showCurrent();

    HttpExchangeModel *m_model;
    QListView *m_list;
    QPlainTextEdit *m_details;
};

} // namespace rl
