#pragma once

#include <QList>
#include <QString>

namespace rl {

// One finding about a request body: where it is (a JSON path such as
// "thread.messages[0].content[1].image_url.url", or "(body)" for the whole
// document) and what is wrong, in words a non-programmer understands.
struct Problem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path;
    QString message;

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const Problem &a, const Problem &b)
    {
        return a.severity == b.severity && a.path == b.path && a.message == b.message;
    }
};

using Problems = QList<Problem>;

[[nodiscard]] bool hasErrors(const Problems &problems);

// The path shown for the document as a whole.
[[nodiscard]] QString bodyPath();

// Builds "parent.key" / "parent[index]", with "(body)" as the root.
[[nodiscard]] QString joinPath(const QString &parent, const QString &key);
[[nodiscard]] QString indexPath(const QString &parent, qsizetype index);

} // namespace rl
