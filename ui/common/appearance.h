#pragma once

#include <QIcon>
#include <QObject>
#include <QPalette>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace rl {

class Settings;

// The colours of the whole application: the desktop's own, or RunLens's light or dark palette
// (drawn with the Fusion style, which follows a palette on every platform). The choice is kept
// in the settings and applied again at the next start.
class Appearance : public QObject
{
    Q_OBJECT

public:
    enum class Scheme { System, Light, Dark };
    Q_ENUM(Scheme)

    // Applies the scheme kept in the settings.
    explicit Appearance(Settings *settings, QObject *parent = nullptr);

    [[nodiscard]] Scheme scheme() const { return m_scheme; }
    // Applies the scheme to the application and keeps it in the settings.
    void setScheme(Scheme scheme);

    // "Follow the system", "Light" and "Dark", one of them checked; choosing one applies it.
    [[nodiscard]] QMenu *createMenu(QWidget *parent);

    [[nodiscard]] static QPalette lightPalette();
    [[nodiscard]] static QPalette darkPalette();
    // The icon's shape in one colour (for the style's dark-grey media icons, which vanish on a
    // dark button).
    [[nodiscard]] static QIcon tinted(const QIcon &icon, const QColor &colour);
    // WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white).
    [[nodiscard]] static double contrastRatio(const QColor &a, const QColor &b);

signals:
    void schemeChanged(rl::Appearance::Scheme scheme);

private:
    static void apply(Scheme scheme);
    void updateChecks();

    Settings *m_settings;
    Scheme m_scheme = Scheme::System;
    QActionGroup *m_group = nullptr;
};

} // namespace rl
