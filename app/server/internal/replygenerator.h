#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace rl::server {

// The assistant's answer, derived deterministically from the last user message and from what
// the run's tools produced; JSON when response_format asks for it.
class ReplyGenerator
{
    Q_DECLARE_TR_FUNCTIONS(rl::server::ReplyGenerator)

public:
    struct Input
    {
        QString userText;
        QJsonValue responseFormat;
        QList<QPair<QString, QString>> toolOutputs; // function name, output
        QString codeLogs; // code_interpreter output, if it ran
        bool searchedFiles = false;
    };

    static QString reply(const Input &input);
    // The streamed pieces: joined they give the text back exactly. One piece = one token.
    static QStringList pieces(const QString &text);
    static int countWords(const QString &text);
    // "write 300 words" asks for a reply of that many words.
    static int requestedWordCount(const QString &text);
};

} // namespace rl::server
