#include "httptab.h"

#include "jsontext.h"
#include "runformat.h"

#include <QJsonDocument>
#include <QListView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace rl {

namespace {

constexpr int MaxBodyChars = 200'000;

QString bodyText(const QByteArray &body)
{
    if (body.isEmpty()) {
        return HttpTab::tr("(no body)");
    }
    // The bytes as they went over the wire, laid out: keys stay in the order they were sent.
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QString text = error.error == QJsonParseError::NoError && !doc.isNull() ? QString::fromUtf8(indentJsonText(body))
                                                                            : QString::fromUtf8(body);
    if (text.size() > MaxBodyChars) {
        text.truncate(MaxBodyChars);
        text += QLatin1Char('\n') + HttpTab::tr("\u2026 (shortened)");
    }
    return text;
}

QString headerLines(const HeaderList &headers)
{
    QString text;
    for (const auto &header : headers) {
        text += QString::fromLatin1(header.first) + QStringLiteral(": ")
            + (isSecretHeader(header.first) ? maskSecret(QString::fromLatin1(header.second))
                                            : QString::fromLatin1(header.second))
            + QLatin1Char('\n');
    }
    return text.isEmpty() ? HttpTab::tr("(none)") + QLatin1Char('\n') : text;
}

} // namespace

HttpExchangeModel::HttpExchangeModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void HttpExchangeModel::put(const HttpExchange &exchange)
{
    // The exchange that ends is one of the last few sent: look from the end.
    for (int row = static_cast<int>(m_exchanges.size()) - 1; row >= 0 && exchange.id != 0; --row) {
        if (m_exchanges.at(row).id == exchange.id) {
            m_exchanges[row] = exchange;
            Q_EMIT dataChanged(index(row), index(row));
            return;
        }
    }
    const int row = static_cast<int>(m_exchanges.size());
    beginInsertRows({}, row, row);
    m_exchanges.append(exchange);
    endInsertRows();
}

void HttpExchangeModel::clear()
{
    if (m_exchanges.isEmpty()) {
        return;
    }
    beginResetModel();
    m_exchanges.clear();
    endResetModel();
}

int HttpExchangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_exchanges.size());
}

QVariant HttpExchangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const HttpExchange &exchange = m_exchanges.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        const QString status = exchange.inProgress ? tr("in progress…")
            : exchange.responseStatus > 0          ? QString::number(exchange.responseStatus)
                                                   : tr("no answer");
        return tr("%1 %2 \u2192 %3").arg(exchange.method, exchange.url.path(), status);
    }
    if (role == Qt::ToolTipRole) {
        return exchange.url.toDisplayString();
    }
    return {};
}

HttpTab::HttpTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new HttpExchangeModel(this))
    , m_list(new QListView(this))
    , m_details(new QPlainTextEdit(this))
{
    m_list->setObjectName(QStringLiteral("httpExchangesListView"));
    m_list->setAccessibleName(tr("HTTP requests of this run"));
    m_list->setModel(m_model);
    m_details->setObjectName(QStringLiteral("httpDetailsPlainTextEdit"));
    m_details->setAccessibleName(tr("Request and response"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setPlaceholderText(tr("Select a request to see what was sent and what came back."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &HttpTab::showCurrent);
}

void HttpTab::addExchange(const HttpExchange &exchange)
{
    m_model->put(exchange);
    if (m_model->rowCount() == 1 && !m_list->currentIndex().isValid()) {
        m_list->setCurrentIndex(m_model->index(0));
    } else if (m_list->currentIndex().isValid() && m_model->exchange(m_list->currentIndex().row()).id == exchange.id) {
        showCurrent(); // the exchange on show has ended
    }
}

void HttpTab::clear()
{
    m_model->clear();
    m_details->clear();
}

void HttpTab::showCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    m_details->setPlainText(current.isValid() ? describe(m_model->exchange(current.row())) : QString());
}

QString HttpTab::describe(const HttpExchange &exchange)
{
    QString text;
    text += tr("REQUEST") + QLatin1Char('\n');
    text += exchange.method + QLatin1Char(' ') + exchange.url.toDisplayString() + QLatin1Char('\n');
    text += headerLines(exchange.requestHeaders);
    text += QLatin1Char('\n') + bodyText(exchange.requestBody) + QStringLiteral("\n\n");
    text += tr("RESPONSE") + QLatin1Char('\n');
    if (exchange.inProgress) {
        text += tr("In progress: the answer has not ended yet.") + QLatin1Char('\n');
        return text;
    }
    if (exchange.responseStatus <= 0) {
        text += tr("No answer: %1").arg(exchange.errorText) + QLatin1Char('\n');
        return text;
    }
    const ResponseMeta &meta = exchange.meta;
    text += tr("Status: %1").arg(exchange.responseStatus) + QLatin1Char('\n');
    text += tr("Request id: %1").arg(meta.requestId.isEmpty() ? tr("(not sent)") : meta.requestId) + QLatin1Char('\n');
    text += tr("Processing time on the server: %1")
                .arg(meta.processingMs >= 0 ? RunFormat::durationMs(meta.processingMs) : tr("(not sent)"))
        + QLatin1Char('\n');
    text += tr("Total time: %1").arg(RunFormat::durationMs(meta.elapsedMs)) + QLatin1Char('\n');
    if (meta.attempts > 1) {
        text += tr("Attempts: %1").arg(meta.attempts) + QLatin1Char('\n');
    }
    text += tr("Rate limits:") + QLatin1Char('\n') + headerLines(meta.rateLimits);
    text += tr("Headers:") + QLatin1Char('\n') + headerLines(exchange.responseHeaders);
    text += QLatin1Char('\n') + bodyText(exchange.responseBody);
    if (exchange.responseBodyTruncated) {
        text += QLatin1Char('\n') + tr("(only the start of a streamed body is kept)");
    }
    if (!exchange.errorText.isEmpty()) {
        text += QLatin1Char('\n') + exchange.errorText;
    }
    return text;
}

} // namespace rl
