#pragma once

#include <QLocale>

class QCoreApplication;

namespace rl {

// Installs RunLens's own translation (embedded as :/i18n/runlens_<lang>.qm) and Qt's
// translation for the locale, when they exist. Returns true when RunLens's own was found.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace rl
