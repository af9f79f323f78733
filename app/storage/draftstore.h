#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rl {

// The composer's request between sessions: written when the window closes, offered again at the
// next start. A request body holds no key (keys live in the keychain), so it may be kept here.
struct Draft
{
    QString fileName; // the .json file the request belongs to, or empty
    QJsonObject body;
};

class DraftStore
{
public:
    // `path` empty: nothing is kept (tests, and runs started with --quit-when-done).
    explicit DraftStore(QString path);

    // <AppDataLocation>/last-request.json.
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] QString path() const { return m_path; }

    // Writes the draft atomically. Returns false with a message.
    bool save(const Draft &draft, QString *error = nullptr) const;
    // The draft of the last session, if any. A file that cannot be read is moved aside (to
    // "<path>.damaged") so that it is reported once, with a message in *error.
    [[nodiscard]] std::optional<Draft> load(QString *error = nullptr) const;

private:
    QString m_path;
};

} // namespace rl
