#include "appearance.h"

#include "settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>
#include <memory>

namespace rl {

namespace {

const QString kFusion = QStringLiteral("Fusion");

Appearance::Scheme schemeFromName(const QString &name)
{
    if (name == QLatin1String("light")) {
        return Appearance::Scheme::Light;
    }
    if (name == QLatin1String("dark")) {
        return Appearance::Scheme::Dark;
    }
    return Appearance::Scheme::System;
}

QString nameOf(Appearance::Scheme scheme)
{
    switch (scheme) {
    case Appearance::Scheme::Light:
        return QStringLiteral("light");
    case Appearance::Scheme::Dark:
        return QStringLiteral("dark");
    case Appearance::Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

// The style the desktop gave the application, read once, before RunLens changed anything.
QString systemStyleName()
{
    static const QString name = QApplication::style()->name();
    return name;
}

double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

Appearance::Appearance(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_scheme(schemeFromName(settings->value(SettingKeys::appearance)))
{
    systemStyleName();
    if (m_scheme != Scheme::System) {
        apply(m_scheme);
    }
}

void Appearance::setScheme(Scheme scheme)
{
    if (scheme == m_scheme) {
        return;
    }
    m_scheme = scheme;
    apply(scheme);
    m_settings->setValue(SettingKeys::appearance, nameOf(scheme));
    updateChecks();
    Q_EMIT schemeChanged(scheme);
}

QMenu *Appearance::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Appearance"), parent);
    menu->setObjectName(QStringLiteral("appearanceMenu"));
    menu->setToolTipsVisible(true);
    if (!m_group) {
        m_group = new QActionGroup(this);
        m_group->setExclusive(true);
        const struct
        {
            Scheme scheme;
            QString text;
            QString tip;
        } choices[] = {
            { Scheme::System, tr("Follow the &system"), tr("Use the colours of your desktop") },
            { Scheme::Light, tr("&Light"), tr("Dark text on light backgrounds") },
            { Scheme::Dark, tr("&Dark"), tr("Light text on dark backgrounds") },
        };
        for (const auto &choice : choices) {
            auto *action = new QAction(choice.text, m_group);
            action->setObjectName(QStringLiteral("appearance%1Action").arg(nameOf(choice.scheme)));
            action->setCheckable(true);
            action->setToolTip(choice.tip);
            action->setData(QVariant::fromValue(choice.scheme));
            connect(action, &QAction::triggered, this, [this, scheme = choice.scheme] { setScheme(scheme); });
        }
        updateChecks();
    }
    menu->addActions(m_group->actions());
    return menu;
}

void Appearance::updateChecks()
{
    if (!m_group) {
        return;
    }
    for (QAction *action : m_group->actions()) {
        action->setChecked(action->data().value<Scheme>() == m_scheme);
    }
}

void Appearance::apply(Scheme scheme)
{
    const QString style = scheme == Scheme::System ? systemStyleName() : kFusion;
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0) {
        QApplication::setStyle(style);
    }
    switch (scheme) {
    case Scheme::System:
        // A palette that sets nothing: every colour comes from the desktop again, and keeps
        // following it when the desktop changes.
        QApplication::setPalette(QPalette());
        break;
    case Scheme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Scheme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

QPalette Appearance::lightPalette()
{
    // Fusion's own, with two fixes: its disabled text (1.6:1) and its white on light blue
    // selection (3.7:1) are too faint.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(kFusion));
    QPalette p = fusion ? fusion->standardPalette() : QApplication::style()->standardPalette();
    const QColor disabledText(0x7a, 0x7a, 0x7a);
    for (const QPalette::ColorRole role : { QPalette::Text, QPalette::WindowText, QPalette::ButtonText }) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        p.setColor(group, QPalette::Highlight, QColor(0x1f, 0x6f, 0xb2));
        p.setColor(group, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    }
    return p;
}

QPalette Appearance::darkPalette()
{
    // Text reaches at least 4.5:1 against its background (body text over 10:1), disabled text
    // 3:1; tst_appearance checks every pair.
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor button(0x3a, 0x3a, 0x3d);
    const QColor disabledText(0x9a, 0x9a, 0x9a);

    QPalette p;
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, disabled ? disabledText : text);
        p.setColor(group, QPalette::Base, disabled ? window : base);
        p.setColor(group, QPalette::AlternateBase, QColor(0x27, 0x27, 0x2a));
        p.setColor(group, QPalette::Text, disabled ? disabledText : text);
        p.setColor(group, QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, disabled ? disabledText : text);
        p.setColor(group, QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
        p.setColor(group, QPalette::Light, QColor(0x55, 0x55, 0x5a));
        p.setColor(group, QPalette::Midlight, QColor(0x46, 0x46, 0x4a));
        p.setColor(group, QPalette::Mid, QColor(0x6e, 0x6e, 0x73));
        p.setColor(group, QPalette::Dark, QColor(0x18, 0x18, 0x1a));
        p.setColor(group, QPalette::Shadow, QColor(0x00, 0x00, 0x00));
        p.setColor(group, QPalette::Highlight, disabled ? QColor(0x4a, 0x4a, 0x4e) : QColor(0x2f, 0x65, 0xb8));
        p.setColor(group, QPalette::HighlightedText, disabled ? QColor(0xc8, 0xc8, 0xc8) : QColor(0xff, 0xff, 0xff));
        p.setColor(group, QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        p.setColor(group, QPalette::LinkVisited, QColor(0xc5, 0x9c, 0xff));
        p.setColor(group, QPalette::ToolTipBase, button);
        p.setColor(group, QPalette::ToolTipText, text);
    }
    return p;
}

QIcon Appearance::tinted(const QIcon &icon, const QColor &colour)
{
    QIcon result;
    for (const int side : { 16, 22, 32, 48 }) {
        QPixmap pixmap = icon.pixmap(side, side);
        if (pixmap.isNull()) {
            continue;
        }
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), colour);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

double Appearance::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace rl
