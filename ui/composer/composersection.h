#pragma once

#include "createthreadandrunrequest.h"

#include <QJsonObject>
#include <QWidget>

#include <cmath>

class QLabel;

namespace rl {

// One section of the request form (assistant, conversation, tools, ...). A section owns some
// top-level fields of the request model: it shows them and writes them back. Anything it cannot
// show is left out of writeTo(); the composer compares and reports the difference.
class ComposerSection : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The top-level keys of the body this section owns (named by member: jsonKey()).
    [[nodiscard]] virtual QStringList keys() const = 0;
    // Sets the owned fields of `request` as the form shows them ("not set" leaves them unset).
    // `request` arrives with its owned fields unset and no extras under the owned keys.
    virtual void writeTo(CreateThreadAndRunRequest &request) const = 0;
    // Shows the owned fields of `request`; fields that are unset return to "not set". A value the
    // reader could not hold in its field is in request.extras under the field's key.
    virtual void readFrom(const CreateThreadAndRunRequest &request) = 0;
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

// A number field as loaded, for KeptValue::load(): its value, null, or the value the reader kept
// in `extras` under `key` because the field could not hold it (undefined when absent).
template<typename T>
[[nodiscard]] QJsonValue loaded(const Field<T> &field, const QJsonObject &extras, const QString &key)
{
    if (field.hasValue()) {
        return QJsonValue(double(field.value()));
    }
    return field.isNull() ? QJsonValue(QJsonValue::Null) : extras.value(key);
}

// Sets a number field to a JSON value (what a spin box shows, or a value KeptValue kept). A value
// the field cannot hold (text, a fraction for a whole number) goes into `extras` under `key`,
// where the writer sends it in the field's place, unchanged.
template<typename T> void put(Field<T> &field, QJsonObject &extras, const QString &key, const QJsonValue &value)
{
    const double number = value.toDouble();
    if (value.isNull()) {
        field.setNull();
    } else if (value.isDouble()
               && (std::is_floating_point_v<T> || (number == std::trunc(number) && std::abs(number) < 9e18))) {
        field = T(number);
    } else if (!value.isUndefined()) {
        extras.insert(key, value);
    }
}
// A hidden, word-wrapped note that says a loaded explicit null is sent until the person changes
// the field (the same words as a kept null in a spin box). Show it while the null is kept.
[[nodiscard]] QLabel *makeNullNote(const QString &objectName, QWidget *parent);
} // namespace section

} // namespace rl
