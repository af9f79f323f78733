#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace rl {

// One typed settings key: its name in the settings file and its default value.
template<typename T> struct SettingKey
{
    const char *name;
    T defaultValue;
};

// The keys RunLens stores. Nothing secret ever goes into settings: keys live in the keychain.
namespace SettingKeys {
inline const SettingKey<bool> welcomeShown { "firstStart/welcomeShown", false };
inline const SettingKey<QString> activeProfileId { "connections/activeProfileId", QString() };
inline const SettingKey<QStringList> profileOrder { "connections/profileOrder", QStringList() };
inline const SettingKey<int> keychainTimeoutMs { "connections/keychainTimeoutMs", 5000 };
inline const SettingKey<QByteArray> mainWindowGeometry { "ui/mainWindowGeometry", QByteArray() };
inline const SettingKey<QByteArray> mainWindowState { "ui/mainWindowState", QByteArray() };
// "system" (the desktop's colours), "light" or "dark".
inline const SettingKey<QString> appearance { "ui/appearance", QStringLiteral("system") };
} // namespace SettingKeys

// Typed access to the settings file (INI format, always at an explicit path so tests can use
// a temporary file and never the user's real settings).
class Settings
{
public:
    // The default location: <AppConfigLocation>/runlens.ini.
    Settings();
    explicit Settings(const QString &filePath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    [[nodiscard]] static QString defaultFilePath();
    [[nodiscard]] QString fileName() const;

    template<typename T> [[nodiscard]] T value(const SettingKey<T> &key) const
    {
        const QVariant v = m_settings->value(QLatin1String(key.name));
        if (!v.isValid() || !v.canConvert<T>()) {
            return key.defaultValue;
        }
        return v.value<T>();
    }

    template<typename T> void setValue(const SettingKey<T> &key, const T &value)
    {
        m_settings->setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }

    template<typename T> [[nodiscard]] bool contains(const SettingKey<T> &key) const
    {
        return m_settings->contains(QLatin1String(key.name));
    }

    template<typename T> void reset(const SettingKey<T> &key) { m_settings->remove(QLatin1String(key.name)); }

    void sync();
    [[nodiscard]] bool isWritable() const;

    // For structured data (profiles) that the storage classes lay out themselves.
    [[nodiscard]] QSettings &raw() { return *m_settings; }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace rl
