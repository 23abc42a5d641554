#pragma once

#include "model/jsonreader.h"

#include <QPointF>

namespace Berth::Model {

/// An ECR repository of the design. Its URI is ECR's, ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME
/// with the project's account and Region; task definitions whose containers name an image
/// under that URI use it. Berth serves it from its local registry.
struct EcrRepository
{
    QString name;
    QString imageTagMutability = QStringLiteral("MUTABLE"); ///< or IMMUTABLE
    /// Kept for the design (and its export); no scanner runs locally.
    bool scanOnPush = false;
    /// The lifecycle rule "keep the last N images" (by push time); 0: no rule.
    int keepLastImages = 0;
    QPointF position;

    QJsonObject toJson() const;
    static EcrRepository fromJson(const JsonReader &in);
    bool operator==(const EcrRepository &) const = default;
};

} // namespace Berth::Model
