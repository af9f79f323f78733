#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;

namespace rl {

// One section of the request form (assistant, conversation, tools, ...). A section owns some
// top-level keys of the body: it writes them when they are set and reads them back. Anything
// it cannot show is left out of writeTo(); the composer compares and reports the difference.
class ComposerSection : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The top-level keys of the body this section owns, e.g. {"temperature", "top_p"}.
    [[nodiscard]] virtual QStringList keys() const = 0;
    // Adds the keys that are set to `body`; keys that are "not set" are left out.
    virtual void writeTo(QJsonObject &body) const = 0;
    // Shows the owned keys of `body`; keys absent from `body` return to "not set".
    virtual void readFrom(const QJsonObject &body) = 0;
    // The widget that shows `path` (a JSON path such as "tools[1].function.name"), or nullptr.
    // With reveal = true the section may change what it shows (select a message, a tool) so that
    // the returned widget is the one for that exact path.
    [[nodiscard]] virtual QWidget *widgetForPath(const QString &path, bool reveal) = 0;

Q_SIGNALS:
    // The person changed something: the body must be rebuilt.
    void changed();
};

// Helpers shared by the sections.
namespace section {
// Splits "file-1, file-2 file-3" into ids.
[[nodiscard]] QStringList splitIds(const QString &text);
// "path" equals `key` or starts with "key." / "key[".
[[nodiscard]] bool pathStartsWith(const QString &path, const QString &key);
// Blocks the signals of every descendant of `owner`: called first in destructors, so that
// children dying later cannot call back into a half-destroyed owner.
void silenceChildren(QObject *owner);
// A hidden, word-wrapped note that says a loaded explicit null is sent until the person changes
// the field (the same words as a kept null in a spin box). Show it while the null is kept.
[[nodiscard]] QLabel *makeNullNote(const QString &objectName, QWidget *parent);
} // namespace section

} // namespace rl
