#include "ui/icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

static void initBerthIcons()
{
    Q_INIT_RESOURCE(icons);
}

namespace Berth::Gui {

using Model::EntityKind;

namespace {

QHash<QString, QIcon> &cache()
{
    static QHash<QString, QIcon> icons;
    return icons;
}

QIcon render(const QString &name, const QColor &tint)
{
    static const bool initialized = (initBerthIcons(), true);
    Q_UNUSED(initialized);
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", tint.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString entityIconName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Project:
        return QStringLiteral("project");
    case EntityKind::Cluster:
        return QStringLiteral("cluster");
    case EntityKind::ContainerInstance:
        return QStringLiteral("instance");
    case EntityKind::FargateCapacity:
        return QStringLiteral("fargate");
    case EntityKind::TaskDefinition:
        return QStringLiteral("taskdefinition");
    case EntityKind::Service:
        return QStringLiteral("service");
    case EntityKind::LoadBalancer:
    case EntityKind::ApplicationLoadBalancer:
        return QStringLiteral("alb");
    case EntityKind::NetworkLoadBalancer:
        return QStringLiteral("nlb");
    case EntityKind::ListenerRule:
        return QStringLiteral("rule");
    case EntityKind::TargetGroup:
        return QStringLiteral("targetgroup");
    case EntityKind::Repository:
        return QStringLiteral("repository");
    case EntityKind::None:
        break;
    }
    return {};
}

} // namespace

QIcon Icons::entity(EntityKind kind)
{
    const QString name = entityIconName(kind);
    auto it = cache().find(name);
    if (it == cache().end())
        it = cache().insert(name, render(name, QApplication::palette().color(QPalette::Text)));
    return *it;
}

QIcon Icons::action(const QString &name)
{
    // Keyed by the tint too: a palette change must not reuse icons drawn for the old one.
    const QColor tint = QApplication::palette().color(QPalette::WindowText);
    const QString key = QStringLiteral("action:%1:%2").arg(name, tint.name());
    auto it = cache().find(key);
    if (it == cache().end()) {
        QIcon icon = QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name) : QIcon();
        if (icon.isNull())
            icon = render(name, tint);
        it = cache().insert(key, icon);
    }
    return *it;
}

void Icons::clearCache()
{
    cache().clear();
}

} // namespace Berth::Gui
