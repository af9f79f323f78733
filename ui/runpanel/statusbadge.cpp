#include "statusbadge.h"

#include "runformat.h"

namespace rl {

StatusBadge::StatusBadge(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStatus(QString());
}

void StatusBadge::setStatus(const QString &status)
{
    m_status = status;
    const StatusLook look = RunFormat::statusLook(status);
    setText(look.text);
    // Badge colours are fixed pairs chosen for contrast, so they read the same in any theme.
    setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 4px; padding: 2px 8px; "
                                 "font-weight: bold; }")
                      .arg(look.background.name(), look.foreground.name()));
    setAccessibleName(tr("Run status: %1").arg(look.text));
    setToolTip(status.isEmpty() ? tr("No run yet") : tr("Run status: %1 (%2)").arg(look.text, status));
}

} // namespace rl
