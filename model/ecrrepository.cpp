#include "model/ecrrepository.h"

namespace Berth::Model {

QJsonObject EcrRepository::toJson() const
{
    QJsonObject o{{QLatin1String("repositoryName"), name},
                  {QLatin1String("imageTagMutability"), imageTagMutability},
                  {QLatin1String("imageScanningConfiguration"),
                   QJsonObject{{QLatin1String("scanOnPush"), scanOnPush}}},
                  {QLatin1String("canvas"), QJsonObject{{QLatin1String("x"), position.x()},
                                                        {QLatin1String("y"), position.y()}}}};
    if (keepLastImages > 0)
        o.insert(QLatin1String("keepLastImages"), keepLastImages);
    return o;
}

EcrRepository EcrRepository::fromJson(const JsonReader &in)
{
    EcrRepository r;
    r.name = in.string(QStringLiteral("repositoryName"));
    r.imageTagMutability = in.string(QStringLiteral("imageTagMutability"), r.imageTagMutability);
    r.scanOnPush = in.child(QStringLiteral("imageScanningConfiguration"))
                       .boolean(QStringLiteral("scanOnPush"), false);
    r.keepLastImages = in.integer(QStringLiteral("keepLastImages"), 0);
    const JsonReader canvas = in.child(QStringLiteral("canvas"));
    r.position = QPointF(canvas.number(QStringLiteral("x")), canvas.number(QStringLiteral("y")));
    return r;
}

} // namespace Berth::Model
