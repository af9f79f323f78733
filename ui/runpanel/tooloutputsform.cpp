#include "tooloutputsform.h"

#include "jsonsyntax.h"
#include "runformat.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace rl {

ToolOutputsForm::ToolOutputsForm(QWidget *parent)
    : QWidget(parent)
    , m_bannerLabel(new QLabel(this))
    , m_countdownLabel(new QLabel(this))
    , m_entriesWidget(new QWidget)
    , m_submitButton(new QPushButton(tr("Submit outputs"), this))
    , m_cancelButton(new QPushButton(tr("Cancel run"), this))
    , m_countdownTimer(new QTimer(this))
{
    m_bannerLabel->setObjectName(QStringLiteral("requiresActionBannerLabel"));
    m_bannerLabel->setWordWrap(true);
    QFont bannerFont = m_bannerLabel->font();
    bannerFont.setBold(true);
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.15);
    m_bannerLabel->setFont(bannerFont);
    m_bannerLabel->setText(tr("The run is waiting for you: it called a function. Type each function's result "
                              "below and press Submit outputs."));
    m_bannerLabel->setAccessibleName(tr("Run requires action"));
    m_countdownLabel->setObjectName(QStringLiteral("expiresCountdownLabel"));
    m_countdownLabel->setAccessibleName(tr("Time left to answer"));
    m_submitButton->setObjectName(QStringLiteral("submitToolOutputsPushButton"));
    m_submitButton->setToolTip(tr("Send every output in one request; the run then goes on"));
    m_submitButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelRunFromFormPushButton"));
    m_cancelButton->setToolTip(tr("Cancel the run instead of answering"));

    m_entriesLayout = new QVBoxLayout(m_entriesWidget);
    m_entriesLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("toolCallsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_entriesWidget);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_countdownLabel, 1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_submitButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bannerLabel);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &ToolOutputsForm::updateCountdown);
    connect(m_submitButton, &QPushButton::clicked, this, &ToolOutputsForm::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &ToolOutputsForm::cancelRequested);
}

QString ToolOutputsForm::checkText(const QString &output)
{
    if (output.trimmed().isEmpty()) {
        return tr("Empty: an empty text will be sent.");
    }
    QJsonParseError error {};
    QJsonDocument::fromJson(output.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError) {
        return tr("Valid JSON.");
    }
    // Scalars (numbers, strings, true) are valid JSON too but QJsonDocument wants a container.
    QJsonDocument::fromJson(QByteArray("[") + output.toUtf8() + QByteArray("]"), &error);
    if (error.error == QJsonParseError::NoError) {
        return tr("Valid JSON.");
    }
    // Text that starts like JSON but does not parse is most likely a JSON output with a mistake.
    const QString trimmed = output.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
        const QByteArray bytes = output.toUtf8();
        const std::optional<JsonSyntaxError> mistake = checkJsonSyntax(bytes);
        const qsizetype offset = mistake ? qMin(mistake->offset, bytes.size()) : bytes.size();
        const QByteArray before = bytes.left(offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        return tr("Warning: this looks like JSON but is not valid (line %1, column %2: %3). It will be sent exactly "
                  "as typed; fix it if the tool expects JSON.")
            .arg(line)
            .arg(column)
            .arg(mistake ? mistake->message : tr("the text ends too early"));
    }
    return tr("Plain text (not JSON): it will be sent as is, which is fine.");
}

void ToolOutputsForm::clear()
{
    m_countdownTimer->stop();
    m_entries.clear();
    while (QLayoutItem *item = m_entriesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_expiresAt = 0;
    m_submitButton->setEnabled(false);
}

void ToolOutputsForm::setToolCalls(const QJsonArray &toolCalls, qint64 expiresAt)
{
    clear();
    m_expiresAt = expiresAt;
    int number = 0;
    for (const QJsonValue value : toolCalls) {
        const QJsonObject call = value.toObject();
        const QJsonObject function = call.value(QLatin1String("function")).toObject();
        const QString name = function.value(QLatin1String("name")).toString();
        const QString id = call.value(QLatin1String("id")).toString();
        ++number;

        auto *box = new QGroupBox(tr("%1. Function %2").arg(number).arg(name), m_entriesWidget);
        box->setObjectName(QStringLiteral("toolCallGroupBox"));
        box->setToolTip(tr("Tool call %1").arg(id));
        auto *form = new QFormLayout(box);
        auto *arguments = new QPlainTextEdit(box);
        arguments->setObjectName(QStringLiteral("toolArgumentsPlainTextEdit"));
        arguments->setReadOnly(true);
        arguments->setPlainText(RunFormat::prettyJsonText(function.value(QLatin1String("arguments")).toString()));
        arguments->setAccessibleName(tr("Arguments of %1").arg(name));
        arguments->setMaximumHeight(arguments->fontMetrics().height() * 8);
        auto *output = new QPlainTextEdit(box);
        output->setObjectName(QStringLiteral("toolOutputPlainTextEdit"));
        output->setAccessibleName(tr("Output of %1").arg(name));
        output->setPlaceholderText(tr("The function's result: JSON such as {\"temperature\": 21}, or plain text"));
        output->setTabChangesFocus(true);
        output->setMaximumHeight(output->fontMetrics().height() * 8);
        auto *check = new QLabel(box);
        check->setObjectName(QStringLiteral("toolOutputCheckLabel"));
        check->setText(checkText(QString()));
        form->addRow(tr("Arguments:"), arguments);
        form->addRow(tr("Output:"), output);
        form->addRow(QString(), check);
        m_entriesLayout->addWidget(box);
        connect(output, &QPlainTextEdit::textChanged, check,
                [check, output] { check->setText(checkText(output->toPlainText())); });
        m_entries.append({ id, output, check });
    }
    m_entriesLayout->addStretch(1);
    m_submitButton->setEnabled(!m_entries.isEmpty());
    if (!m_entries.isEmpty()) {
        m_entries.first().output->setFocus();
    }
    updateCountdown();
    if (m_expiresAt > 0) {
        m_countdownTimer->start();
    }
}

QList<ToolOutput> ToolOutputsForm::outputs() const
{
    QList<ToolOutput> list;
    for (const Entry &entry : m_entries) {
        list.append({ entry.toolCallId, entry.output->toPlainText() });
    }
    return list;
}

qint64 ToolOutputsForm::now() const
{
    return m_fixedNow >= 0 ? m_fixedNow : QDateTime::currentSecsSinceEpoch();
}

void ToolOutputsForm::updateCountdown()
{
    if (m_expiresAt <= 0) {
        m_countdownLabel->setText(tr("The server did not say when this request expires."));
        return;
    }
    const qint64 left = m_expiresAt - now();
    if (left <= 0) {
        m_countdownLabel->setText(tr("Time is up: the run has probably expired."));
        m_countdownTimer->stop();
        return;
    }
    m_countdownLabel->setText(tr("Time left to answer: %1").arg(RunFormat::durationSeconds(left)));
}

void ToolOutputsForm::submit()
{
    if (m_entries.isEmpty()) {
        return;
    }
    m_submitButton->setEnabled(false);
    m_countdownTimer->stop();
    Q_EMIT submitRequested(outputs());
}

} // namespace rl
