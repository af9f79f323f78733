#include "codemenu.h"

#include <QAction>

namespace rl {

CodeMenu::CodeMenu(QWidget *parent)
    : QMenu(tr("Cop&y as code"), parent)
{
    setObjectName(QStringLiteral("codeMenu"));
    setToolTipsVisible(true);
    const struct
    {
        CodeExport::Language language;
        QString text;
        QString tip;
    } choices[] = {
        { CodeExport::Language::Curl, tr("&curl"), tr("A curl command for a terminal") },
        { CodeExport::Language::Python, tr("&Python (openai package)"),
          tr("A Python script using the official openai package") },
        { CodeExport::Language::Node, tr("&Node.js (openai package)"),
          tr("A Node.js script using the official openai package") },
        { CodeExport::Language::Http, tr("Raw &HTTP request"), tr("The request exactly as it goes over the wire") },
    };
    for (const auto &choice : choices) {
        QAction *action = addAction(choice.text);
        action->setObjectName(QStringLiteral("copyAs%1Action").arg(CodeExport::name(choice.language)));
        action->setToolTip(
            tr("%1. The key is read from the OPENAI_API_KEY environment variable, never written in.").arg(choice.tip));
        connect(action, &QAction::triggered, this, [this, language = choice.language] { Q_EMIT chosen(language); });
    }
}

QString CodeMenu::label(CodeExport::Language language)
{
    switch (language) {
    case CodeExport::Language::Curl:
        return tr("curl");
    case CodeExport::Language::Python:
        return tr("Python");
    case CodeExport::Language::Node:
        return tr("Node.js");
    case CodeExport::Language::Http:
        return tr("an HTTP request");
    }
    return {};
}

} // namespace rl
