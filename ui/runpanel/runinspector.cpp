#include "runinspector.h"

#include "ui_runinspector.h"

#include "masterdetail.h"
#include "runsummarystrip.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeySequence>
#include <QSaveFile>
#include <QShortcut>
#include <QTimer>

#include <optional>

namespace rl {

namespace {

constexpr int RawJsonMaxChars = 200'000;
constexpr int SearchDelayMs = 200;
std::optional<QString> s_nextSaveFileName; // NOLINT(cppcoreguidelines-avoid-non-const-global-variables): test seam

} // namespace

RunInspector::RunInspector(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::RunInspector>())
    , m_model(new JsonTreeModel(this))
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->jsonTreeView->setModel(m_model);
    setUpJsonTreeView(m_ui->jsonTreeView);
    m_ui->inspectorSplitter->setStretchFactor(0, 3);
    m_ui->inspectorSplitter->setStretchFactor(1, 2);

    m_copyValueAction = new QAction(tr("Copy value"), this);
    m_copyValueAction->setObjectName(QStringLiteral("copyValueAction"));
    m_copyValueAction->setShortcut(QKeySequence::Copy);
    m_copyValueAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyPathAction = new QAction(tr("Copy JSON path"), this);
    m_copyPathAction->setObjectName(QStringLiteral("copyPathAction"));
    m_copyPathAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyPathAction->setShortcutContext(Qt::WidgetShortcut);
    m_copySubtreeAction = new QAction(tr("Copy subtree as JSON"), this);
    m_copySubtreeAction->setObjectName(QStringLiteral("copySubtreeAction"));
    m_ui->jsonTreeView->addActions({ m_copyValueAction, m_copyPathAction, m_copySubtreeAction });
    connect(m_copyValueAction, &QAction::triggered, this, &RunInspector::copyValue);
    connect(m_copyPathAction, &QAction::triggered, this, &RunInspector::copyPath);
    connect(m_copySubtreeAction, &QAction::triggered, this, &RunInspector::copySubtree);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &RunInspector::runSearch);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &RunInspector::findNext);
    connect(m_ui->nextMatchToolButton, &QToolButton::clicked, this, &RunInspector::findNext);
    connect(m_ui->previousMatchToolButton, &QToolButton::clicked, this, &RunInspector::findPrevious);
    auto *nextShortcut = new QShortcut(QKeySequence::FindNext, this);
    connect(nextShortcut, &QShortcut::activated, this, &RunInspector::findNext);
    auto *previousShortcut = new QShortcut(QKeySequence::FindPrevious, this);
    connect(previousShortcut, &QShortcut::activated, this, &RunInspector::findPrevious);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, m_ui->searchLineEdit, [this] {
        m_ui->searchLineEdit->setFocus();
        m_ui->searchLineEdit->selectAll();
    });

    connect(m_ui->expandAllToolButton, &QToolButton::clicked, this, &RunInspector::expandAll);
    connect(m_ui->collapseAllToolButton, &QToolButton::clicked, this, &RunInspector::collapseAll);
    connect(m_ui->saveJsonPushButton, &QPushButton::clicked, this, &RunInspector::save);
    connect(m_ui->jsonTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showRawJson(current); });
    clear();
}

RunInspector::~RunInspector() = default;

QTreeView *RunInspector::treeView() const
{
    return m_ui->jsonTreeView;
}

void RunInspector::setJson(const QJsonValue &value, const QString &title)
{
    m_model->setJson(value);
    m_matches.clear();
    m_currentMatch = -1;
    m_searchedText.clear();
    m_ui->titleLabel->setText(title.isEmpty() ? tr("Object") : title);
    m_ui->runSummaryStrip->setObject(value.toObject());
    const bool hasContent = m_model->rowCount() > 0;
    m_ui->saveJsonPushButton->setEnabled(hasContent);
    m_ui->expandAllToolButton->setEnabled(hasContent);
    m_ui->collapseAllToolButton->setEnabled(hasContent);
    showRawJson({});
    if (!m_ui->searchLineEdit->text().isEmpty()) {
        runSearch();
    } else {
        updateMatchLabel();
    }
}

void RunInspector::clear()
{
    setJson(QJsonValue(QJsonValue::Undefined));
    m_ui->titleLabel->setText(tr("Nothing to inspect yet: the final run object appears here when a run ends."));
}

QJsonValue RunInspector::json() const
{
    return m_model->json();
}

void RunInspector::setSearchText(const QString &text)
{
    m_ui->searchLineEdit->setText(text);
    m_searchTimer->stop();
    runSearch();
}

void RunInspector::runSearch()
{
    m_searchTimer->stop();
    m_searchedText = m_ui->searchLineEdit->text();
    m_matches = m_model->search(m_searchedText);
    m_currentMatch = -1;
    if (!m_matches.isEmpty()) {
        goToMatch(0);
    }
    updateMatchLabel();
}

bool RunInspector::findNext()
{
    if (m_searchTimer->isActive() || m_searchedText != m_ui->searchLineEdit->text()) {
        runSearch();
        return !m_matches.isEmpty();
    }
    if (m_matches.isEmpty()) {
        return false;
    }
    goToMatch((m_currentMatch + 1) % static_cast<int>(m_matches.size()));
    return true;
}

bool RunInspector::findPrevious()
{
    if (m_searchTimer->isActive() || m_searchedText != m_ui->searchLineEdit->text()) {
        runSearch();
    }
    if (m_matches.isEmpty()) {
        return false;
    }
    const int count = static_cast<int>(m_matches.size());
    goToMatch((m_currentMatch - 1 + count) % count);
    return true;
}

void RunInspector::goToMatch(int match)
{
    m_currentMatch = match;
    const QModelIndex index = m_model->indexForRowPath(m_matches.at(match));
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent()) {
        m_ui->jsonTreeView->expand(parent);
    }
    m_ui->jsonTreeView->setCurrentIndex(index);
    m_ui->jsonTreeView->scrollTo(index);
    updateMatchLabel();
}

void RunInspector::updateMatchLabel()
{
    if (m_searchedText.isEmpty()) {
        m_ui->matchCountLabel->clear();
    } else if (m_matches.isEmpty()) {
        m_ui->matchCountLabel->setText(tr("No match"));
    } else {
        m_ui->matchCountLabel->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(m_matches.size()));
    }
    const bool any = !m_matches.isEmpty();
    m_ui->nextMatchToolButton->setEnabled(any);
    m_ui->previousMatchToolButton->setEnabled(any);
}

void RunInspector::showRawJson(const QModelIndex &index)
{
    const QJsonValue value = index.isValid() ? m_model->jsonAt(index) : m_model->json();
    QString text = m_model->rowCount() > 0 || index.isValid() ? JsonTreeModel::toJsonText(value) : QString();
    if (text.size() > RawJsonMaxChars) {
        text.truncate(RawJsonMaxChars);
        text += QLatin1Char('\n') + tr("\u2026 (shortened here; select a smaller part, or save the whole object)");
    }
    const QString path = index.isValid() ? m_model->pathOf(index) : QString();
    m_ui->rawJsonTitleLabel->setText(path.isEmpty() ? tr("Raw JSON") : tr("Raw JSON of %1").arg(path));
    m_ui->rawJsonPlainTextEdit->setPlainText(text);
}

QModelIndex RunInspector::currentIndex() const
{
    const QModelIndex index = m_ui->jsonTreeView->currentIndex();
    return index.isValid() ? index.siblingAtColumn(JsonTreeModel::KeyColumn) : index;
}

void RunInspector::copyValue()
{
    const QModelIndex index = currentIndex();
    if (index.isValid()) {
        QGuiApplication::clipboard()->setText(JsonTreeModel::valueText(m_model->jsonAt(index)));
    }
}

void RunInspector::copyPath()
{
    const QModelIndex index = currentIndex();
    if (index.isValid()) {
        QGuiApplication::clipboard()->setText(m_model->pathOf(index));
    }
}

void RunInspector::copySubtree()
{
    const QModelIndex index = currentIndex();
    QGuiApplication::clipboard()->setText(
        JsonTreeModel::toJsonText(index.isValid() ? m_model->jsonAt(index) : m_model->json()));
}

void RunInspector::expandAll()
{
    m_ui->jsonTreeView->expandAll();
}

void RunInspector::collapseAll()
{
    m_ui->jsonTreeView->collapseAll();
}

bool RunInspector::saveToFile(const QString &fileName, QString *errorText) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorText != nullptr) {
            *errorText = file.errorString();
        }
        return false;
    }
    file.write(JsonTreeModel::toJsonText(m_model->json()).toUtf8());
    file.write("\n");
    if (!file.commit()) {
        if (errorText != nullptr) {
            *errorText = file.errorString();
        }
        return false;
    }
    return true;
}

void RunInspector::setNextSaveFileName(const QString &fileName)
{
    s_nextSaveFileName = fileName;
}

void RunInspector::save()
{
    QString fileName;
    if (s_nextSaveFileName.has_value()) {
        fileName = *s_nextSaveFileName;
        s_nextSaveFileName.reset();
    } else {
        const QString id = m_model->json().toObject().value(QLatin1String("id")).toString();
        fileName = QFileDialog::getSaveFileName(
            this, tr("Save object as JSON"), (id.isEmpty() ? QStringLiteral("object") : id) + QStringLiteral(".json"),
            tr("JSON files (*.json);;All files (*)"));
    }
    if (fileName.isEmpty()) {
        return;
    }
    QString error;
    if (saveToFile(fileName, &error)) {
        m_ui->titleLabel->setToolTip(tr("Saved to %1").arg(fileName));
        Q_EMIT saved(fileName);
    } else {
        m_ui->titleLabel->setToolTip(tr("Could not save to %1: %2").arg(fileName, error));
    }
}

} // namespace rl
