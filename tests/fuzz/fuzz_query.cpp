// libFuzzer entry point for the cluster query language: parse any UTF-8, check the invariants
// the editor and the explainer rely on, and evaluate what parses against a fixed instance.

#include "model/query/expression.h"
#include "model/query/instancefacts.h"
#include "model/query/parseresult.h"

#include <cstddef>
#include <cstdint>

using namespace Berth::Model::Query;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

const InstanceFacts &fixedInstance()
{
    static const InstanceFacts facts = [] {
        InstanceFacts instance;
        instance.ec2InstanceId = QStringLiteral("i-0abc1234");
        instance.attributes = {
            {QStringLiteral("ecs.availability-zone"), QStringLiteral("us-east-1a")},
            {QStringLiteral("ecs.instance-type"), QStringLiteral("t2.micro")},
            {QStringLiteral("stack"), QStringLiteral("prod")},
            {QStringLiteral("gpus"), QStringLiteral("4")}};
        instance.registeredAt =
            QDateTime::fromString(QStringLiteral("2018-02-12T23:30:00Z"), Qt::ISODate);
        instance.runningTasksCount = 2;
        instance.taskGroups = {QStringLiteral("service:web"), QStringLiteral("database")};
        instance.agentConnected = true;
        instance.agentVersion = QStringLiteral("1.14.5");
        return instance;
    }();
    return facts;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParseResult result = Expression::parse(text);

    int previousEnd = 0;
    for (const Token &token : result.tokens()) {
        check(token.offset >= previousEnd && token.length > 0);
        check(token.offset + token.length <= text.size());
        previousEnd = token.offset + token.length;
    }

    if (!result.isValid()) {
        const ParseError error = result.error();
        check(!error.message.isEmpty());
        check(error.column >= 1 && error.length >= 0);
        check(error.column - 1 + error.length <= text.size());
        return 0;
    }

    const Expression expression = result.expression();
    const bool value = expression.evaluate(fixedInstance());
    const QList<SubResult> explained = expression.explain(fixedInstance());
    check(!explained.isEmpty() && explained.constFirst().value == value);
    for (const SubResult &sub : explained) {
        check(sub.offset >= 0 && sub.length > 0 && sub.offset + sub.length <= text.size());
        check(sub.text == text.mid(sub.offset, sub.length));
    }
    return 0;
}
