#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QObject>
#include <QString>

namespace rl {

class SecretStore;
class Settings;

// The saved connection profiles and which one is active, persisted in Settings.
// The built-in local server profile always exists, cannot be changed or deleted, and is
// active on first start.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // settings must outlive the store; secrets may be null (then removing a profile leaves
    // its keychain entry to the caller).
    explicit ProfileStore(Settings *settings, SecretStore *secrets = nullptr, QObject *parent = nullptr);

    [[nodiscard]] QList<ConnectionProfile> profiles() const; // built-in first
    [[nodiscard]] ConnectionProfile profile(const QString &id) const; // invalid if unknown
    [[nodiscard]] bool contains(const QString &id) const;

    // Adds a profile (a new id is given when empty or taken) and returns its id.
    QString add(ConnectionProfile profile);
    // Replaces a saved profile; false for the built-in or an unknown id.
    bool update(const ConnectionProfile &profile);
    // Copies a profile under "<name> (copy)" and returns the new id (empty if unknown).
    QString duplicate(const QString &id);
    // Removes a profile and its keychain entry; false for the built-in or an unknown id.
    // If it was active, the built-in profile becomes active.
    bool remove(const QString &id);

    [[nodiscard]] QString activeProfileId() const;
    [[nodiscard]] ConnectionProfile activeProfile() const;
    bool setActiveProfile(const QString &id);

Q_SIGNALS:
    void profilesChanged();
    void activeProfileChanged(const QString &id);
    void profileRemoved(const QString &id);

private:
    void load();
    void save(const ConnectionProfile &profile);
    void saveOrder();
    [[nodiscard]] int indexOf(const QString &id) const;

    Settings *m_settings;
    SecretStore *m_secrets;
    QList<ConnectionProfile> m_profiles; // saved profiles, without the built-in
    QString m_activeId;
};

} // namespace rl
