#include "ui_composerwidget.h"

#include "composersection.h"
#include "composerwidget.h"
#include "generationsection.h"
#include "toolssection.h"

#include <QJsonArray>
#include <QTimer>

#include <cmath>

// The JSON side of the composer: bodies loaded into the form (and what of them the form cannot
// show), and an edit in the JSON tab that does not parse yet.

namespace rl {

namespace {

// Reports every part of `in` that `out` does not reproduce.
void diffJson(const QJsonValue &in, const QJsonValue &out, const QString &path, Problems &problems)
{
    const auto report = [&problems, &path] {
        problems.append(
            { Problem::Severity::Warning, path,
              ComposerWidget::tr("Will not be sent: the form cannot show this value, so the request sends what the "
                                 "form shows instead. Check the field, or change the value in the JSON tab.") });
    };
    if (in.isObject() && out.isObject()) {
        const QJsonObject inObject = in.toObject();
        const QJsonObject outObject = out.toObject();
        for (auto it = inObject.constBegin(); it != inObject.constEnd(); ++it) {
            const QString child = joinPath(path, it.key());
            if (!outObject.contains(it.key())) {
                problems.append({ Problem::Severity::Warning, child,
                                  ComposerWidget::tr("Will not be sent: the loaded body had this field, which the form "
                                                     "cannot show, so it is left out of the request.") });
            } else {
                diffJson(it.value(), outObject.value(it.key()), child, problems);
            }
        }
        return;
    }
    if (in.isArray() && out.isArray()) {
        const QJsonArray inArray = in.toArray();
        const QJsonArray outArray = out.toArray();
        for (qsizetype i = 0; i < inArray.size(); ++i) {
            if (i >= outArray.size()) {
                problems.append({ Problem::Severity::Warning, indexPath(path, i),
                                  ComposerWidget::tr("Will not be sent: the loaded body had this item, which the "
                                                     "form cannot show, so it is left out of the request.") });
            } else {
                diffJson(inArray.at(i), outArray.at(i), indexPath(path, i), problems);
            }
        }
        return;
    }
    if (in.isDouble() && out.isDouble()) {
        if (std::abs(in.toDouble() - out.toDouble()) > 1e-9) {
            report();
        }
        return;
    }
    if (in != out) {
        report();
    }
}

} // namespace

QString ComposerWidget::jsonTabPath()
{
    // The "path" of the problem an unapplied JSON edit is: no field, the JSON tab itself.
    return QStringLiteral("(json tab)");
}

bool ComposerWidget::hasUnappliedJsonEdit() const
{
    // setJson() only ever shows the model's own (valid) body: an invalid text is the person's.
    return !m_ui->jsonBodyEditor->isValid();
}

void ComposerWidget::showJsonEditState()
{
    const bool unapplied = hasUnappliedJsonEdit();
    m_ui->jsonEditNoticeFrame->setVisible(unapplied);
    m_ui->discardJsonTabEditPushButton->setVisible(unapplied);
    m_ui->sectionsToolBox->setEnabled(!unapplied);
    m_validationPending = true;
    m_validationTimer->start();
}

void ComposerWidget::discardJsonEdit()
{
    m_ui->jsonBodyEditor->setJson(m_request.toJsonBytes(JsonFormat::Indented));
    showProblems();
}

void ComposerWidget::applyRequest(const CreateThreadAndRunRequest &request, bool fromJsonTab)
{
    m_loading = true;
    // The sections show what they own; every other key is kept and sent as it came. A value the
    // reader could not hold in its field is in extras under an owned key: its section shows it.
    m_extras = request.extras;
    for (const ComposerSection *section : std::as_const(m_sections)) {
        for (const QString &key : section->keys()) {
            m_extras.remove(key);
        }
    }
    for (ComposerSection *section : std::as_const(m_sections)) {
        section->readFrom(request);
    }
    m_generation->setFunctionNames(m_tools->functionNames());
    m_loading = false;

    m_loadProblems.clear();
    diffJson(request.toJson(), formRequest().toJson(), bodyPath(), m_loadProblems);
    rebuild(fromJsonTab ? JsonTab::Keep : JsonTab::Replace);
}

void ComposerWidget::applyBody(const QJsonObject &body, bool fromJsonTab)
{
    applyRequest(CreateThreadAndRunRequest::fromJson(body).request, fromJsonTab);
}

void ComposerWidget::setBody(const QJsonObject &body)
{
    applyBody(body, false);
}

void ComposerWidget::setRequest(const CreateThreadAndRunRequest &request)
{
    applyRequest(request, false);
}

} // namespace rl
