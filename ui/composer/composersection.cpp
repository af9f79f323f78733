#include "composersection.h"

#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>

namespace rl::section {

QStringList splitIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool pathStartsWith(const QString &path, const QString &key)
{
    if (!path.startsWith(key)) {
        return false;
    }
    if (path.size() == key.size()) {
        return true;
    }
    const QChar next = path.at(key.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

void silenceChildren(QObject *owner)
{
    const QList<QObject *> children = owner->findChildren<QObject *>();
    for (QObject *child : children) {
        child->blockSignals(true);
    }
}

QLabel *makeNullNote(const QString &objectName, QWidget *parent)
{
    // Reuses KeptValue's translated wording, so that no new string needs translating.
    auto *note = new QLabel(
        QCoreApplication::translate(
            "rl::KeptValue", "null (explicit, from the loaded body). It is sent as null until you change this field."),
        parent);
    note->setObjectName(objectName);
    note->setWordWrap(true);
    note->setVisible(false);
    return note;
}

} // namespace rl::section
