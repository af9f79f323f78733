#include "profilestore.h"

#include "secretstore.h"
#include "settings.h"

#include <QCoreApplication>

namespace rl {

namespace {

const QString kGroupPrefix = QStringLiteral("profiles/");

void writePairs(QSettings &s, const QString &name, const QList<QPair<QString, QString>> &pairs)
{
    s.beginWriteArray(name, int(pairs.size()));
    for (int i = 0; i < pairs.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), pairs.at(i).first);
        s.setValue(QStringLiteral("value"), pairs.at(i).second);
    }
    s.endArray();
}

QList<QPair<QString, QString>> readPairs(QSettings &s, const QString &name)
{
    QList<QPair<QString, QString>> pairs;
    const int n = s.beginReadArray(name);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        pairs.append({ s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("value")).toString() });
    }
    s.endArray();
    return pairs;
}

} // namespace

ProfileStore::ProfileStore(Settings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    load();
}

void ProfileStore::load()
{
    QSettings &s = m_settings->raw();
    const QStringList order = m_settings->value(SettingKeys::profileOrder);
    for (const QString &id : order) {
        if (id.isEmpty() || id == QLatin1String(ConnectionProfile::BuiltInId) || indexOf(id) >= 0) {
            continue;
        }
        s.beginGroup(kGroupPrefix + id);
        ConnectionProfile p;
        p.id = id;
        p.name = s.value(QStringLiteral("name")).toString();
        p.keyEnvVar = s.value(QStringLiteral("keyEnvVar"), p.keyEnvVar).toString();
        Connection &c = p.connection;
        c.baseUrl = s.value(QStringLiteral("baseUrl"), c.baseUrl).toString();
        c.authStyle = Connection::authStyleFromName(s.value(QStringLiteral("authStyle")).toString());
        c.sendBetaHeader = s.value(QStringLiteral("sendBetaHeader"), c.sendBetaHeader).toBool();
        c.betaHeaderValue = s.value(QStringLiteral("betaHeaderValue"), c.betaHeaderValue).toString();
        c.organization = s.value(QStringLiteral("organization")).toString();
        c.project = s.value(QStringLiteral("project")).toString();
        c.extraHeaders = readPairs(s, QStringLiteral("extraHeaders"));
        c.extraQuery = readPairs(s, QStringLiteral("extraQuery"));
        c.requestTimeoutMs = s.value(QStringLiteral("requestTimeoutMs"), c.requestTimeoutMs).toInt();
        c.stallTimeoutMs = s.value(QStringLiteral("stallTimeoutMs"), c.stallTimeoutMs).toInt();
        c.pollIntervalMs = s.value(QStringLiteral("pollIntervalMs"), c.pollIntervalMs).toInt();
        s.endGroup();
        if (p.name.isEmpty()) {
            p.name = id;
        }
        m_profiles.append(p);
    }
    m_activeId = m_settings->value(SettingKeys::activeProfileId);
    if (!contains(m_activeId)) {
        m_activeId = QLatin1String(ConnectionProfile::BuiltInId);
    }
}

void ProfileStore::save(const ConnectionProfile &p)
{
    QSettings &s = m_settings->raw();
    s.remove(kGroupPrefix + p.id);
    s.beginGroup(kGroupPrefix + p.id);
    const Connection &c = p.connection;
    s.setValue(QStringLiteral("name"), p.name);
    s.setValue(QStringLiteral("keyEnvVar"), p.keyEnvVar);
    s.setValue(QStringLiteral("baseUrl"), c.baseUrl);
    s.setValue(QStringLiteral("authStyle"), Connection::authStyleName(c.authStyle));
    s.setValue(QStringLiteral("sendBetaHeader"), c.sendBetaHeader);
    s.setValue(QStringLiteral("betaHeaderValue"), c.betaHeaderValue);
    s.setValue(QStringLiteral("organization"), c.organization);
    s.setValue(QStringLiteral("project"), c.project);
    writePairs(s, QStringLiteral("extraHeaders"), c.extraHeaders);
    writePairs(s, QStringLiteral("extraQuery"), c.extraQuery);
    s.setValue(QStringLiteral("requestTimeoutMs"), c.requestTimeoutMs);
    s.setValue(QStringLiteral("stallTimeoutMs"), c.stallTimeoutMs);
    s.setValue(QStringLiteral("pollIntervalMs"), c.pollIntervalMs);
    s.endGroup();
    m_settings->sync();
}

void ProfileStore::saveOrder()
{
    QStringList order;
    for (const ConnectionProfile &p : std::as_const(m_profiles)) {
        order.append(p.id);
    }
    m_settings->setValue(SettingKeys::profileOrder, order);
    m_settings->sync();
}

int ProfileStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> all;
    all.reserve(m_profiles.size() + 1);
    all.append(ConnectionProfile::builtInLocal());
    all.append(m_profiles);
    return all;
}

ConnectionProfile ProfileStore::profile(const QString &id) const
{
    if (id == QLatin1String(ConnectionProfile::BuiltInId)) {
        return ConnectionProfile::builtInLocal();
    }
    const int i = indexOf(id);
    return i >= 0 ? m_profiles.at(i) : ConnectionProfile();
}

bool ProfileStore::contains(const QString &id) const
{
    return id == QLatin1String(ConnectionProfile::BuiltInId) || indexOf(id) >= 0;
}

QString ProfileStore::add(ConnectionProfile profile)
{
    if (profile.id.isEmpty() || contains(profile.id)) {
        profile.id = ConnectionProfile::newId();
    }
    profile.builtIn = false;
    profile.connection.apiKey.clear();
    if (profile.name.trimmed().isEmpty()) {
        profile.name = tr("New server");
    }
    m_profiles.append(profile);
    save(profile);
    saveOrder();
    Q_EMIT profilesChanged();
    return profile.id;
}

bool ProfileStore::update(const ConnectionProfile &profile)
{
    const int i = indexOf(profile.id);
    if (i < 0) {
        return false;
    }
    ConnectionProfile p = profile;
    p.builtIn = false;
    p.connection.apiKey.clear();
    m_profiles[i] = p;
    save(p);
    Q_EMIT profilesChanged();
    if (p.id == m_activeId) {
        Q_EMIT activeProfileChanged(m_activeId); // its settings changed: reconnect
    }
    return true;
}

QString ProfileStore::duplicate(const QString &id)
{
    if (!contains(id)) {
        return {};
    }
    ConnectionProfile copy = profile(id);
    copy.id.clear();
    copy.name = tr("%1 (copy)").arg(copy.name);
    if (copy.builtIn) {
        copy.keyEnvVar = QLatin1String(ConnectionProfile::DefaultKeyEnvVar);
    }
    return add(copy);
}

bool ProfileStore::remove(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0) {
        return false;
    }
    m_profiles.removeAt(i);
    m_settings->raw().remove(kGroupPrefix + id);
    saveOrder();
    if (m_secrets) {
        m_secrets->deleteKey(id, this, [](const SecretResult &) {});
    }
    Q_EMIT profileRemoved(id);
    Q_EMIT profilesChanged();
    if (m_activeId == id) {
        setActiveProfile(QLatin1String(ConnectionProfile::BuiltInId));
    }
    return true;
}

QString ProfileStore::activeProfileId() const
{
    return m_activeId;
}

ConnectionProfile ProfileStore::activeProfile() const
{
    return profile(m_activeId);
}

bool ProfileStore::setActiveProfile(const QString &id)
{
    if (!contains(id)) {
        return false;
    }
    m_settings->setValue(SettingKeys::activeProfileId, id);
    m_settings->sync();
    if (id == m_activeId) {
        return true;
    }
    m_activeId = id;
    Q_EMIT activeProfileChanged(id);
    return true;
}

} // namespace rl
