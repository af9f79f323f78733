#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace rl {

Settings::Settings()
    : Settings(defaultFilePath())
{ }

Settings::Settings(const QString &filePath)
{
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    m_settings = std::make_unique<QSettings>(filePath, QSettings::IniFormat);
}

Settings::~Settings()
{
    m_settings->sync();
}

QString Settings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/runlens.ini");
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

bool Settings::isWritable() const
{
    return m_settings->isWritable();
}

} // namespace rl
