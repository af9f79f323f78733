#include "ui_composerwidget.h"

#include "composersection.h"
#include "composerwidget.h"
#include "requestfields.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>

// The file side of the composer: open, save, recent files, drag and drop.

namespace rl {

namespace {

constexpr int MaxRecentFiles = 8;
const QLatin1String kRecentKey("composer/recentFiles");

} // namespace

bool ComposerWidget::loadFromFile(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        }
        return false;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            const QByteArray before = bytes.left(parseError.offset);
            const int line = int(before.count('\n')) + 1;
            const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
            *error = parseError.error != QJsonParseError::NoError
                ? tr("%1 is not valid JSON (line %2, column %3: %4)")
                      .arg(QDir::toNativeSeparators(fileName))
                      .arg(line)
                      .arg(column)
                      .arg(parseError.errorString())
                : tr("%1 does not hold a JSON object: a request body starts with {")
                      .arg(QDir::toNativeSeparators(fileName));
        }
        return false;
    }
    applyBody(doc.object(), false);
    m_fileName = fileName;
    setSavedBody();
    addRecentFile(fileName);
    Q_EMIT fileNameChanged(fileName);
    showProblems();
    return true;
}

bool ComposerWidget::saveToFile(const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        }
        return false;
    }
    file.write(m_request.toJsonBytes(JsonFormat::Indented));
    if (!file.commit()) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        }
        return false;
    }
    m_fileName = fileName;
    setSavedBody();
    addRecentFile(fileName);
    Q_EMIT fileNameChanged(fileName);
    return true;
}

void ComposerWidget::setFileNameProvider(std::function<QString(bool)> provider)
{
    m_fileNameProvider = std::move(provider);
}

bool ComposerWidget::askToSave(const QString &title, const QString &question)
{
    if (!isModified()) {
        return true;
    }
    const auto answer = QMessageBox::question(
        this, title, question, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return saveInteractive(false); // asks for a file name when there is none yet
    }
    return answer == QMessageBox::Discard;
}

bool ComposerWidget::newRequest()
{
    if (hasUnappliedJsonEdit()
        && QMessageBox::question(this, tr("Start a new request?"),
                                 tr("The JSON tab holds an edit that is not valid JSON yet. Discard it and start a new "
                                    "request?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard) {
        return false;
    }
    if (!askToSave(tr("Start a new request?"),
                   tr("The request in the composer has changes that are not saved in a file. Save them before "
                      "starting a new one? Otherwise they are lost."))) {
        return false;
    }
    CreateThreadAndRunRequest clean;
    clean.assistantId = m_request.assistantId;
    Message message;
    message.role = QStringLiteral("user");
    message.content = MessageContent { MessageContent::Kind::Text, QString(), {} };
    clean.thread.ensure().messages = QList<Message> { message };
    clean.stream = true;
    applyRequest(clean, false);
    m_fileName.clear();
    setSavedBody();
    Q_EMIT fileNameChanged(QString());
    showProblems();
    // The message text, where the new request starts.
    const QString textPath
        = jsonPath(&CreateThreadAndRunRequest::thread, &Thread::messages) + QLatin1String("[0].content");
    openSectionFor(textPath);
    if (ComposerSection *section = sectionForPath(textPath)) {
        if (QWidget *text = section->widgetForPath(textPath, true)) {
            text->setFocus(Qt::OtherFocusReason);
        }
    }
    return true;
}

bool ComposerWidget::confirmReplace()
{
    return askToSave(tr("Replace your request?"),
                     tr("The request in the composer has changes that are not saved in a file. Save them before "
                        "opening another request? Otherwise they are lost."));
}

bool ComposerWidget::loadShowingError(const QString &fileName)
{
    QString error;
    if (!loadFromFile(fileName, &error)) {
        m_ui->sendStatusLabel->setText(error);
        return false;
    }
    return true;
}

bool ComposerWidget::openFileAsked(const QString &fileName)
{
    return confirmReplace() && loadShowingError(fileName);
}

void ComposerWidget::restore(const QString &fileName, const QJsonObject &body)
{
    // The file first, so that the request counts as changed only where it differs from it.
    if (!fileName.isEmpty() && QFileInfo::exists(fileName) && loadFromFile(fileName)) {
        if (requestBody() == CreateThreadAndRunRequest::fromJson(body).request.toJsonBytes()) {
            return;
        }
    }
    applyBody(body, false);
    showProblems();
}

void ComposerWidget::openInteractive()
{
    if (!confirmReplace()) {
        return;
    }
    const QString name = m_fileNameProvider
        ? m_fileNameProvider(false)
        : QFileDialog::getOpenFileName(this, tr("Open request"), QFileInfo(m_fileName).path(),
                                       tr("Request bodies (*.json);;All files (*)"));
    if (!name.isEmpty()) {
        loadShowingError(name);
    }
}

bool ComposerWidget::saveInteractive(bool askName)
{
    QString name = m_fileName;
    if (askName || name.isEmpty()) {
        name = m_fileNameProvider ? m_fileNameProvider(true)
                                  : QFileDialog::getSaveFileName(this, tr("Save request"), m_fileName,
                                                                 tr("Request bodies (*.json);;All files (*)"));
    }
    if (name.isEmpty()) {
        return false;
    }
    QString error;
    if (!saveToFile(name, &error)) {
        m_ui->sendStatusLabel->setText(error);
        return false;
    }
    return true;
}

void ComposerWidget::addRecentFile(const QString &fileName)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString path = QFileInfo(fileName).absoluteFilePath();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentFiles) {
        recent.removeLast();
    }
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void ComposerWidget::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFileAsked(path); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear the list")), &QAction::triggered, this, [this] {
            QSettings().remove(kRecentKey);
            rebuildRecentMenu();
        });
    }
    m_recentMenu->menuAction()->setEnabled(!recent.isEmpty());
}

QList<QAction *> ComposerWidget::fileActions() const
{
    return { m_newAction, m_openAction, m_saveAction, m_saveAsAction, m_recentMenu->menuAction() };
}

void ComposerWidget::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().constFirst().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void ComposerWidget::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty()) {
        event->acceptProposedAction();
        openFileAsked(mime->urls().constFirst().toLocalFile());
    }
}

} // namespace rl
