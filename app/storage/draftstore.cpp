#include "draftstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace rl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(rl::DraftStore)
};

const QLatin1String kFile("file");
const QLatin1String kBody("body");

} // namespace

DraftStore::DraftStore(QString path)
    : m_path(std::move(path))
{ }

QString DraftStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/last-request.json");
}

bool DraftStore::save(const Draft &draft, QString *error) const
{
    if (m_path.isEmpty()) {
        return true;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    const QJsonObject state { { kFile, draft.fileName }, { kBody, draft.body } };
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(state).toJson()) < 0 || !file.commit()) {
        if (error) {
            *error = Text::tr("The request could not be kept for the next start (%1): %2")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        }
        return false;
    }
    return true;
}

std::optional<Draft> DraftStore::load(QString *error) const
{
    QFile file(m_path);
    if (m_path.isEmpty() || !file.exists()) {
        return std::nullopt;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc
        = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parseError) : QJsonDocument();
    file.close();
    const QJsonObject state = doc.object();
    if (parseError.error == QJsonParseError::NoError && state.value(kBody).isObject()) {
        return Draft { state.value(kFile).toString(), state.value(kBody).toObject() };
    }
    const QString aside = m_path + QStringLiteral(".damaged");
    QFile::remove(aside);
    QFile::rename(m_path, aside);
    if (error) {
        *error = Text::tr("The request of the last session could not be read, so the composer starts empty. The "
                          "file was moved to %1.")
                     .arg(QDir::toNativeSeparators(aside));
    }
    return std::nullopt;
}

} // namespace rl
