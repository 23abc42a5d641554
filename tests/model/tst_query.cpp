#include "model/query/expression.h"
#include "model/query/instancefacts.h"
#include "model/query/parseresult.h"

#include <QStringList>
#include <QTest>

using namespace Berth::Model::Query;

namespace {

// A canonical rendering of a tree: fully parenthesized, operators as symbols, so that two
// spellings of the same expression compare equal and precedence is visible.
QString canonical(const Node &node)
{
    QStringList parts;
    for (const Node::Ptr &operand : node.operands())
        parts.append(canonical(*operand));
    switch (node.kind()) {
    case Node::Kind::Not:
        return QStringLiteral("not(%1)").arg(parts.constFirst());
    case Node::Kind::And:
        return u'(' + parts.join(QStringLiteral(" and ")) + u')';
    case Node::Kind::Or:
        return u'(' + parts.join(QStringLiteral(" or ")) + u')';
    case Node::Kind::Comparison:
        break;
    }
    const Comparison &comparison = node.comparison();
    QString text = subjectName(comparison.subject.kind) + comparison.subject.attributeName
                   + u' ' + operatorSymbol(comparison.op);
    QStringList values;
    for (const Argument &argument : comparison.arguments)
        values.append(argument.value);
    if (comparison.isList)
        text += QStringLiteral(" [%1]").arg(values.join(QStringLiteral(", ")));
    else if (!values.isEmpty())
        text += u' ' + values.constFirst();
    return text;
}

QDateTime utc(const char *isoDateTime)
{
    QDateTime dateTime = QDateTime::fromString(QString::fromLatin1(isoDateTime), Qt::ISODate);
    Q_ASSERT(dateTime.isValid());
    return dateTime;
}

InstanceFacts factsNamed(const QString &name)
{
    InstanceFacts facts;
    if (name == u"web") {
        facts.ec2InstanceId = QStringLiteral("i-0abc1234");
        facts.attributes = {{QStringLiteral("ecs.availability-zone"),
                             QStringLiteral("us-east-1a")},
                            {QStringLiteral("ecs.instance-type"), QStringLiteral("t2.micro")},
                            {QStringLiteral("ecs.os-type"), QStringLiteral("linux")},
                            {QStringLiteral("stack"), QStringLiteral("prod")},
                            {QStringLiteral("gpus"), QStringLiteral("4")},
                            {QStringLiteral("empty"), QString()}};
        facts.registeredAt = utc("2018-02-12T23:30:00Z");
        facts.runningTasksCount = 2;
        facts.taskGroups = {QStringLiteral("service:web"), QStringLiteral("service:web")};
        facts.agentConnected = true;
        facts.agentVersion = QStringLiteral("1.14.5");
    } else if (name == u"gpu") {
        facts.ec2InstanceId = QStringLiteral("i-0def5678");
        facts.attributes = {{QStringLiteral("ecs.availability-zone"),
                             QStringLiteral("us-east-1d")},
                            {QStringLiteral("ecs.instance-type"), QStringLiteral("g2.2xlarge")},
                            {QStringLiteral("gpus"), QStringLiteral("16")}};
        facts.registeredAt = utc("2018-02-13T08:00:00Z");
        facts.runningTasksCount = 5;
        facts.taskGroups = {QStringLiteral("database"), QStringLiteral("service:web"),
                            QStringLiteral("family:batch")};
        facts.agentConnected = false;
        facts.agentVersion = QStringLiteral("1.20.0");
    }
    // "bare": no attributes, no tasks, no registration time, an unknown agent version.
    return facts;
}

Expression parsed(const QString &text)
{
    const ParseResult result = Expression::parse(text);
    if (!result.isValid())
        qWarning() << text << "does not parse:" << result.error().message;
    return result.expression();
}

} // namespace

class tst_Query : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseErrors_data();
    void parseErrors();
    void sourcePositions();
    void tokens_data();
    void tokens();
    void evaluate_data();
    void evaluate();
    void nullExpression();
    void explain_data();
    void explain();
};

void tst_Query::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // Every subject.
    QTest::newRow("agentConnected") << "agentConnected == true" << "agentConnected == true";
    QTest::newRow("agentVersion") << "agentVersion < 1.14.5" << "agentVersion < 1.14.5";
    QTest::newRow("attribute") << "attribute:stack == prod" << "attribute:stack == prod";
    QTest::newRow("ec2InstanceId") << "ec2InstanceId == i-abcd1234"
                                   << "ec2InstanceId == i-abcd1234";
    QTest::newRow("registeredAt") << "registeredAt < 2018-02-13" << "registeredAt < 2018-02-13";
    QTest::newRow("runningTasksCount") << "runningTasksCount == 1" << "runningTasksCount == 1";
    QTest::newRow("task:group") << "task:group == service:production"
                                << "task:group == service:production";
    QTest::newRow("attribute name characters")
        << "attribute:a-b_c.d/e\\f == x" << "attribute:a-b_c.d/e\\f == x";

    // Every operator, as a symbol and as a word.
    const QString a = QStringLiteral("attribute:ecs.instance-type ");
    const QString t2 = QStringLiteral("attribute:ecs.instance-type == t2.micro");
    QTest::newRow("==") << a + "== t2.micro" << t2;
    QTest::newRow("equals") << a + "equals t2.micro" << t2;
    const QString notT2 = QStringLiteral("attribute:ecs.instance-type != t2.micro");
    QTest::newRow("!=") << a + "!= t2.micro" << notT2;
    QTest::newRow("not_equals") << a + "not_equals t2.micro" << notT2;
    QTest::newRow(">") << "attribute:gpus > 2" << "attribute:gpus > 2";
    QTest::newRow("greater_than") << "attribute:gpus greater_than 2" << "attribute:gpus > 2";
    QTest::newRow(">=") << "attribute:gpus >= 2" << "attribute:gpus >= 2";
    QTest::newRow("greater_than_equal") << "attribute:gpus greater_than_equal 2"
                                        << "attribute:gpus >= 2";
    QTest::newRow("<") << "attribute:gpus < 2" << "attribute:gpus < 2";
    QTest::newRow("less_than") << "attribute:gpus less_than 2" << "attribute:gpus < 2";
    QTest::newRow("<=") << "attribute:gpus <= 2" << "attribute:gpus <= 2";
    QTest::newRow("less_than_equal") << "attribute:gpus less_than_equal 2"
                                     << "attribute:gpus <= 2";
    QTest::newRow("exists") << "attribute:stack exists" << "attribute:stack exists";
    QTest::newRow("!exists") << "attribute:stack !exists" << "attribute:stack !exists";
    QTest::newRow("not_exists") << "attribute:stack not_exists" << "attribute:stack !exists";
    QTest::newRow("in") << "attribute:stack in [a, b]" << "attribute:stack in [a, b]";
    QTest::newRow("!in") << "attribute:stack !in [a, b]" << "attribute:stack !in [a, b]";
    QTest::newRow("not_in") << "attribute:stack not_in [a, b]" << "attribute:stack !in [a, b]";
    QTest::newRow("=~") << a + "=~ g2.*" << "attribute:ecs.instance-type =~ g2.*";
    QTest::newRow("matches") << a + "matches g2.*" << "attribute:ecs.instance-type =~ g2.*";
    QTest::newRow("!~") << a + "!~ g2.*" << "attribute:ecs.instance-type !~ g2.*";
    QTest::newRow("not_matches") << a + "not_matches g2.*"
                                 << "attribute:ecs.instance-type !~ g2.*";
    QTest::newRow("no spaces") << "runningTasksCount>=2&&attribute:stack==prod"
                               << "(runningTasksCount >= 2 and attribute:stack == prod)";

    // Lists and quoting.
    QTest::newRow("list with quotes") << "ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']"
                                      << "ec2InstanceId in [i-abcd1234, i-wxyx7890]";
    QTest::newRow("list mixed") << "attribute:x in [a, b, 'c']" << "attribute:x in [a, b, c]";
    QTest::newRow("list no spaces") << "attribute:x in [a,b]" << "attribute:x in [a, b]";
    QTest::newRow("list of one") << "attribute:x in [a]" << "attribute:x in [a]";
    QTest::newRow("double quotes") << "attribute:x in [\"a b\", c]"
                                   << "attribute:x in [a b, c]";
    QTest::newRow("quoted keyword") << "task:group == 'and'" << "task:group == and";
    QTest::newRow("subject name as value") << "task:group == agentVersion"
                                           << "task:group == agentVersion";
    QTest::newRow("quoted regex") << "attribute:x =~ 'a b|c'" << "attribute:x =~ a b|c";
    QTest::newRow("regex with groups") << "attribute:x =~ (t2|m5)\\..*"
                                       << "attribute:x =~ (t2|m5)\\..*";
    QTest::newRow("regex class") << "attribute:x =~ [a-c,]+ or agentConnected == false"
                                 << "(attribute:x =~ [a-c,]+ or agentConnected == false)";

    // Typed arguments.
    QTest::newRow("date Z") << "registeredAt >= 2018-06-18T22:28:28Z"
                            << "registeredAt >= 2018-06-18T22:28:28Z";
    QTest::newRow("date offset") << "registeredAt > 2018-06-18T22:28:28+00:00"
                                 << "registeredAt > 2018-06-18T22:28:28+00:00";
    QTest::newRow("date local") << "registeredAt != 2018-06-18T22:28:28"
                                << "registeredAt != 2018-06-18T22:28:28";
    QTest::newRow("boolean any case") << "agentConnected != FALSE" << "agentConnected != FALSE";

    // Compound expressions and precedence: not > and > or.
    QTest::newRow("and chain") << "agentConnected == true and attribute:x exists && task:group "
                                  "exists"
                               << "(agentConnected == true and attribute:x exists and "
                                  "task:group exists)";
    QTest::newRow("and before or") << "attribute:a exists or attribute:b exists and "
                                      "attribute:c exists"
                                   << "(attribute:a exists or (attribute:b exists and "
                                      "attribute:c exists))";
    QTest::newRow("parentheses") << "(attribute:a exists || attribute:b exists) and "
                                    "attribute:c exists"
                                 << "((attribute:a exists or attribute:b exists) and "
                                    "attribute:c exists)";
    QTest::newRow("not binds tightest") << "not attribute:a exists and attribute:b exists"
                                        << "(not(attribute:a exists) and attribute:b exists)";
    QTest::newRow("bang group") << "!(attribute:a exists || attribute:b exists)"
                                << "not((attribute:a exists or attribute:b exists))";
    QTest::newRow("not not") << "not not attribute:a exists" << "not(not(attribute:a exists))";
    QTest::newRow("nested parentheses") << "((runningTasksCount == 1))"
                                        << "runningTasksCount == 1";
    QTest::newRow("pattern in group") << "not(attribute:x =~ a.*)" << "not(attribute:x =~ a.*)";

    // The examples of the ECS developer guide.
    QTest::newRow("guide compound")
        << "attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d"
        << "(attribute:ecs.instance-type =~ g2.* and "
           "attribute:ecs.availability-zone != us-east-1d)";
    QTest::newRow("guide list") << "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]"
                                << "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]";
    QTest::newRow("guide anti-affinity") << "not(task:group == database)"
                                         << "not(task:group == database)";
    QTest::newRow("guide string equality") << "attribute:ecs.instance-type == t2.small"
                                           << "attribute:ecs.instance-type == t2.small";
}

void tst_Query::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const ParseResult result = Expression::parse(text);
    QVERIFY2(result.isValid(), qPrintable(result.error().message));
    QVERIFY(result.error().message.isEmpty());
    const Expression expression = result.expression();
    QVERIFY(!expression.isNull());
    QCOMPARE(expression.text(), text);
    QCOMPARE(canonical(*expression.root()), expected);
}

void tst_Query::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty") << "" << 1 << 0 << "expected an expression, found end of expression";
    QTest::newRow("blank") << "   " << 1 << 0 << "expected an expression";
    QTest::newRow("no operator")
        << "attribute:ecs.instance-type" << 28 << 0
        << "expected an operator after 'attribute:ecs.instance-type', found end of expression";
    QTest::newRow("unknown subject") << "foo == bar" << 1 << 3 << "unknown subject 'foo'";
    QTest::newRow("subject case") << "runningtaskscount == 1" << 1 << 17
                                  << "did you mean 'runningTasksCount'?";
    QTest::newRow("attribute case") << "Attribute:stack == prod" << 1 << 15
                                    << "did you mean 'attribute:stack'?";
    QTest::newRow("keyword case") << "NOT(task:group == x)" << 1 << 3
                                  << "operator words are written in lowercase: 'not'";
    QTest::newRow("no attribute name") << "attribute: == x" << 1 << 10
                                       << "expected an attribute name after 'attribute:'";
    QTest::newRow("bad attribute name") << "attribute:a$b == x" << 12 << 1
                                        << "'$' cannot appear in an attribute name";
    QTest::newRow("colon in attribute name") << "attribute:stack:x == y" << 16 << 1
                                             << "':' cannot appear in an attribute name";
    QTest::newRow("long attribute name") << "attribute:" + QString(129, u'a') + " exists" << 11
                                         << 129 << "at most 128 characters";
    QTest::newRow("value instead of operator")
        << "attribute:stack prod" << 17 << 4
        << "expected an operator after 'attribute:stack', found 'prod'";
    QTest::newRow("single =") << "attribute:stack = prod" << 17 << 1
                              << "unknown operator '='; did you mean '=='?";
    QTest::newRow("exists on count") << "runningTasksCount exists" << 19 << 6
                                     << "'exists' cannot be used with runningTasksCount";
    QTest::newRow("> on task group") << "task:group > 2" << 12 << 1
                                     << "'>' cannot be used with task:group";
    QTest::newRow("=~ on version") << "agentVersion =~ 1.*" << 14 << 2
                                   << "use one of ==, !=, >, >=, <, <=";
    QTest::newRow("in on registeredAt") << "registeredAt in [2018-02-13]" << 14 << 2
                                        << "'in' cannot be used with registeredAt";
    QTest::newRow("exists with argument") << "attribute:stack exists prod" << 24 << 4
                                          << "'exists' takes no argument, found 'prod'";
    QTest::newRow("!exists with list") << "attribute:stack !exists [a]" << 25 << 1
                                       << "'!exists' takes no argument";
    QTest::newRow("spaced !exists") << "attribute:stack ! exists" << 17 << 1
                                    << "write '!exists' without a space";
    QTest::newRow("missing value") << "attribute:stack ==" << 19 << 0
                                   << "expected a value after '==', found end of expression";
    QTest::newRow("keyword as value") << "attribute:stack == and" << 20 << 3
                                      << "quote it to use it as a value";
    QTest::newRow("list after ==") << "attribute:stack == [a, b]" << 20 << 1
                                   << "use 'in' for a list";
    QTest::newRow("in without list")
        << "attribute:stack in prod" << 20 << 4
        << "expected a list such as [a, b] after 'in', found 'prod'";
    QTest::newRow("unclosed list") << "attribute:stack in [a, b" << 25 << 0
                                   << "expected ',' or ']' to close the list opened at column "
                                      "20, found end of expression";
    QTest::newRow("empty list") << "attribute:stack in []" << 21 << 1
                                << "expected a value in the list opened at column 20, found ']'";
    QTest::newRow("trailing comma") << "attribute:stack in [a,]" << 23 << 1
                                    << "expected a value in the list";
    QTest::newRow("space in list value") << "attribute:stack in [a b]" << 23 << 1
                                         << "quote values that contain spaces";
    QTest::newRow("unclosed parenthesis")
        << "(attribute:stack exists" << 24 << 0
        << "expected ')' to close the '(' at column 1, found end of expression";
    QTest::newRow("unclosed not group") << "not(task:group == database" << 27 << 0
                                        << "to close the '(' at column 4";
    QTest::newRow("stray parenthesis") << "attribute:stack exists)" << 23 << 1
                                       << "found ')' without a matching '('";
    QTest::newRow("missing and in group") << "(attribute:a exists attribute:b exists)" << 21
                                          << 11 << "expected 'and', 'or' or ')' after 'exists'";
    QTest::newRow("trailing word")
        << "attribute:stack == prod extra" << 25 << 5
        << "expected 'and', 'or' or end of expression after 'prod', found 'extra'";
    QTest::newRow("uppercase AND") << "attribute:stack == prod AND task:group exists" << 25
                                   << 3 << "operator words are written in lowercase: 'and'";
    QTest::newRow("dangling and") << "attribute:stack exists and" << 27 << 0
                                  << "expected an expression after 'and', found end of expression";
    QTest::newRow("dangling not") << "not" << 4 << 0 << "expected an expression after 'not'";
    QTest::newRow("leading and") << "and attribute:x exists" << 1 << 3
                                 << "expected an expression, found 'and'";
    QTest::newRow("unterminated quote") << "attribute:stack == 'prod" << 20 << 5
                                        << "the quoted value starting at column 20 is never "
                                           "closed";
    QTest::newRow("single &") << "attribute:x exists & attribute:y exists" << 20 << 1
                              << "did you mean '&&'?";
    QTest::newRow("single |") << "attribute:x exists | attribute:y exists" << 20 << 1
                              << "did you mean '||'?";
    QTest::newRow("bad regex class") << "attribute:x =~ '[a-'" << 20 << 0
                                     << "invalid regular expression";
    QTest::newRow("bad regex group") << "attribute:x =~ a(b" << 19 << 0
                                     << "invalid regular expression";
    QTest::newRow("bad regex quantifier") << "ec2InstanceId !~ *x" << 18 << 1
                                          << "invalid regular expression";
    QTest::newRow("count not a number") << "runningTasksCount > abc" << 21 << 3
                                        << "expected a whole number for runningTasksCount, "
                                           "found 'abc'";
    QTest::newRow("negative count") << "runningTasksCount > -1" << 21 << 2
                                    << "expected a whole number";
    QTest::newRow("bad version") << "agentVersion < 1.x" << 16 << 3
                                 << "expected an agent version such as 1.14.5, found '1.x'";
    QTest::newRow("bad date") << "registeredAt < 2018-13-45" << 16 << 10
                              << "expected a date such as 2018-02-13";
    QTest::newRow("bad time") << "registeredAt < 2018-02-13T25:00:00Z" << 16 << 20
                              << "expected a date";
    QTest::newRow("bad boolean") << "agentConnected == yes" << 19 << 3
                                 << "expected true or false for agentConnected, found 'yes'";
    QTest::newRow("bad boolean in list") << "agentConnected in [true, maybe]" << 26 << 5
                                         << "expected true or false";
    QTest::newRow("two comparisons") << "attribute:x exists attribute:y exists" << 20 << 11
                                     << "expected 'and', 'or' or end of expression after "
                                        "'exists', found 'attribute:y'";
    QTest::newRow("too long") << "attribute:a == " + QString(1990, u'x') << 2001 << 5
                              << "ECS accepts at most 2000";
    QTest::newRow("too deep") << QString(101, u'(') + "attribute:a exists" + QString(101, u')')
                              << 101 << 1 << "nests more than 100 levels";
}

void tst_Query::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(int, length);
    QFETCH(QString, fragment);

    const ParseResult result = Expression::parse(text);
    QVERIFY(!result.isValid());
    QVERIFY(result.expression().isNull());
    const ParseError error = result.error();
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    QCOMPARE(error.column, column);
    QCOMPARE(error.length, length);
}

void tst_Query::sourcePositions()
{
    const QString text = QStringLiteral("attribute:ecs.instance-type =~ g2.* and "
                                        "(ec2InstanceId in ['i-1', i-2] or agentConnected "
                                        "== false)");
    const Expression expression = parsed(text);
    QVERIFY(!expression.isNull());
    const Node &root = *expression.root();
    QCOMPARE(root.kind(), Node::Kind::And);
    QCOMPARE(root.offset(), 0);
    QCOMPARE(root.length(), text.size());
    QCOMPARE(root.operands().size(), 2);

    const Node &match = *root.operands().at(0);
    QCOMPARE(text.mid(match.offset(), match.length()),
             QStringLiteral("attribute:ecs.instance-type =~ g2.*"));
    const Comparison &comparison = match.comparison();
    QCOMPARE(comparison.subject.kind, SubjectKind::Attribute);
    QCOMPARE(comparison.subject.attributeName, QStringLiteral("ecs.instance-type"));
    QCOMPARE(comparison.subject.offset, 0);
    QCOMPARE(comparison.subject.length, 27);
    QCOMPARE(comparison.op, ComparisonOperator::Matches);
    QCOMPARE(comparison.operatorOffset, 28);
    QCOMPARE(comparison.operatorLength, 2);
    QCOMPARE(comparison.arguments.size(), 1);
    QCOMPARE(comparison.arguments.at(0).offset, 31);
    QCOMPARE(comparison.arguments.at(0).length, 4);

    const Node &group = *root.operands().at(1);
    QCOMPARE(group.kind(), Node::Kind::Or);
    QCOMPARE(text.mid(group.offset(), group.length()),
             QStringLiteral("ec2InstanceId in ['i-1', i-2] or agentConnected == false"));
    const Comparison &list = group.operands().at(0)->comparison();
    QVERIFY(list.isList);
    QCOMPARE(list.arguments.size(), 2);
    QCOMPARE(list.arguments.at(0).value, QStringLiteral("i-1"));
    QVERIFY(list.arguments.at(0).quoted);
    QCOMPARE(text.mid(list.arguments.at(0).offset, list.arguments.at(0).length),
             QStringLiteral("'i-1'"));
    QVERIFY(!list.arguments.at(1).quoted);
    QCOMPARE(text.mid(list.arguments.at(1).offset, list.arguments.at(1).length),
             QStringLiteral("i-2"));
}

void tst_Query::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("kinds");
    QTest::addColumn<QList<int>>("offsets");
    QTest::addColumn<QStringList>("texts");

    auto kinds = [](std::initializer_list<TokenKind> list) {
        QList<int> result;
        for (TokenKind kind : list)
            result.append(int(kind));
        return result;
    };
    using K = TokenKind;
    QTest::newRow("compound")
        << "not(attribute:a =~ g2.* && task:group in ['x', y])"
        << kinds({K::Not, K::LeftParen, K::Subject, K::Operator, K::Value, K::And, K::Subject,
                  K::Operator, K::LeftBracket, K::QuotedValue, K::Comma, K::Value,
                  K::RightBracket, K::RightParen})
        << QList<int>{0, 3, 4, 16, 19, 24, 27, 38, 41, 42, 45, 47, 48, 49}
        << QStringList{"not", "(", "attribute:a", "=~", "g2.*", "&&", "task:group", "in", "[",
                       "'x'", ",", "y", "]", ")"};
    QTest::newRow("bang operators") << "!attribute:a !exists || x !in"
                                    << kinds({K::Not, K::Subject, K::Operator, K::Or, K::Value,
                                              K::Operator})
                                    << QList<int>{0, 1, 13, 21, 24, 26}
                                    << QStringList{"!", "attribute:a", "!exists", "||", "x",
                                                   "!in"};
    QTest::newRow("subject as value") << "task:group == agentVersion"
                                      << kinds({K::Subject, K::Operator, K::Value})
                                      << QList<int>{0, 11, 14}
                                      << QStringList{"task:group", "==", "agentVersion"};
    QTest::newRow("invalid") << "attribute:x = 'abc"
                             << kinds({K::Subject, K::Invalid, K::Invalid})
                             << QList<int>{0, 12, 14}
                             << QStringList{"attribute:x", "=", "'abc"};
}

void tst_Query::tokens()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, kinds);
    QFETCH(QList<int>, offsets);
    QFETCH(QStringList, texts);

    const QList<Token> tokens = Expression::tokenize(text);
    QCOMPARE(tokens.size(), kinds.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        QCOMPARE(int(token.kind), kinds.at(i));
        QCOMPARE(token.offset, offsets.at(i));
        QCOMPARE(token.text, texts.at(i));
        QCOMPARE(token.length, texts.at(i).size());
    }
    QCOMPARE(Expression::parse(text).tokens().size(), tokens.size());
}

void tst_Query::evaluate_data()
{
    QTest::addColumn<QString>("facts");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    auto row = [](const char *facts, const char *text, bool expected) {
        QTest::addRow("%s: %s", facts, text)
            << QString::fromLatin1(facts) << QString::fromLatin1(text) << expected;
    };

    row("web", "agentConnected == true", true);
    row("gpu", "agentConnected == true", false);
    row("web", "agentConnected equals TRUE", true);
    row("web", "agentConnected != true", false);
    row("gpu", "agentConnected != true", true);
    row("gpu", "agentConnected in [false]", true);
    row("web", "agentConnected in [false]", false);
    row("web", "agentConnected !in [false]", true);
    row("gpu", "agentConnected !in [false]", false);
    row("web", "agentConnected =~ t.*", true);
    row("gpu", "agentConnected =~ t.*", false);
    row("gpu", "agentConnected !~ t.*", true);

    row("web", "agentVersion < 1.14.6", true);
    row("web", "agentVersion < 1.14.5", false);
    row("web", "agentVersion <= 1.14.5", true);
    row("gpu", "agentVersion <= 1.14.5", false);
    row("gpu", "agentVersion > 1.9", true); // by component: 20 > 9
    row("web", "agentVersion > 1.14.5", false);
    row("web", "agentVersion >= 1.14.5", true);
    row("web", "agentVersion >= 1.15", false);
    row("web", "agentVersion == 1.14.5.0", true);
    row("gpu", "agentVersion == 1.20", true);
    row("web", "agentVersion == 1.14", false);
    row("web", "agentVersion != 1.14.5", false);
    row("gpu", "agentVersion != 1.14.5", true);
    row("bare", "agentVersion == 1.0", false);
    row("bare", "agentVersion != 1.0", true);
    row("bare", "agentVersion < 99", false);

    row("web", "attribute:ecs.instance-type == t2.micro", true);
    row("gpu", "attribute:ecs.instance-type == t2.micro", false);
    row("web", "attribute:ecs.instance-type == T2.micro", false);
    row("web", "attribute:stack != prod", false);
    row("gpu", "attribute:stack != prod", true); // missing
    row("gpu", "attribute:stack == prod", false);
    row("web", "attribute:stack exists", true);
    row("gpu", "attribute:stack exists", false);
    row("bare", "attribute:stack exists", false);
    row("gpu", "attribute:stack !exists", true);
    row("web", "attribute:stack not_exists", false);
    row("web", "attribute:empty exists", true);
    row("web", "attribute:empty == ''", true);
    row("web", "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]", true);
    row("gpu", "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]", false);
    row("gpu", "attribute:ecs.availability-zone not_in [us-east-1a, us-east-1b]", true);
    row("web", "attribute:ecs.availability-zone not_in [us-east-1a, us-east-1b]", false);
    row("gpu", "attribute:stack !in [prod]", true);
    row("gpu", "attribute:ecs.instance-type =~ g2.*", true);
    row("web", "attribute:ecs.instance-type =~ g2.*", false);
    row("web", "attribute:ecs.instance-type =~ t2", false); // anchored like Java's matches()
    row("web", "attribute:ecs.instance-type =~ .*micro", true);
    row("web", "attribute:ecs.instance-type =~ (t2|m5)\\.micro", true);
    row("web", "attribute:ecs.instance-type =~ 't2\\Q.micro'", true); // \Q left open
    row("web", "attribute:ecs.instance-type =~ 't2\\Q.mic'", false);
    row("web", "attribute:ecs.instance-type !~ g2.*", true);
    row("gpu", "attribute:ecs.instance-type !~ g2.*", false);
    row("gpu", "attribute:stack =~ .*", false);
    row("gpu", "attribute:stack !~ .*", true);
    row("gpu", "attribute:gpus > 4", true); // numerically, 16 > 4
    row("web", "attribute:gpus > 4", false);
    row("web", "attribute:gpus >= 4", true);
    row("web", "attribute:gpus < 4", false);
    row("gpu", "attribute:gpus <= 16", true);
    row("web", "attribute:ecs.os-type > abc", true);
    row("web", "attribute:ecs.os-type < abc", false);
    row("gpu", "attribute:stack > 0", false);

    row("web", "ec2InstanceId == i-0abc1234", true);
    row("gpu", "ec2InstanceId == i-0abc1234", false);
    row("gpu", "ec2InstanceId != i-0abc1234", true);
    row("web", "ec2InstanceId != i-0abc1234", false);
    row("web", "ec2InstanceId in ['i-0abc1234', 'i-wxyx7890']", true);
    row("gpu", "ec2InstanceId in ['i-0abc1234', 'i-wxyx7890']", false);
    row("gpu", "ec2InstanceId !in ['i-0abc1234']", true);
    row("web", "ec2InstanceId !in ['i-0abc1234']", false);
    row("web", "ec2InstanceId =~ 'i-0a.*'", true);
    row("gpu", "ec2InstanceId =~ 'i-0a.*'", false);
    row("web", "ec2InstanceId !~ 'i-0a.*'", false);
    row("gpu", "ec2InstanceId !~ 'i-0a.*'", true);

    row("web", "registeredAt < 2018-02-13", true);
    row("gpu", "registeredAt < 2018-02-13", false);
    row("gpu", "registeredAt == 2018-02-13", true); // the whole day
    row("web", "registeredAt == 2018-02-13", false);
    row("gpu", "registeredAt <= 2018-02-13", true);
    row("gpu", "registeredAt > 2018-02-13", false);
    row("gpu", "registeredAt >= 2018-02-13", true);
    row("web", "registeredAt != 2018-02-13", true);
    row("web", "registeredAt > 2018-02-12T23:00:00Z", true);
    row("web", "registeredAt > 2018-02-12T23:30:00Z", false);
    row("web", "registeredAt == 2018-02-12T23:30:00", true);
    row("web", "registeredAt == 2018-02-13T00:30:00+01:00", true);
    row("web", "registeredAt != 2018-02-13T00:30:00+01:00", false);
    row("web", "registeredAt < 2018-02-12T18:30:00-05:00", false);
    row("web", "registeredAt <= 2018-02-12T18:30:00-05:00", true);
    row("bare", "registeredAt < 2030-01-01", false);
    row("bare", "registeredAt != 2030-01-01", true);

    row("web", "runningTasksCount == 2", true);
    row("gpu", "runningTasksCount == 2", false);
    row("gpu", "runningTasksCount != 2", true);
    row("web", "runningTasksCount != 2", false);
    row("gpu", "runningTasksCount > 2", true);
    row("web", "runningTasksCount > 2", false);
    row("web", "runningTasksCount >= 2", true);
    row("bare", "runningTasksCount >= 2", false);
    row("bare", "runningTasksCount < 1", true);
    row("web", "runningTasksCount < 1", false);
    row("web", "runningTasksCount <= 2", true);
    row("gpu", "runningTasksCount <= 2", false);

    // task:group is a set: positive operators ask for any task, negated ones for none.
    row("gpu", "task:group == database", true);
    row("web", "task:group == database", false);
    row("web", "task:group == service:web", true);
    row("gpu", "task:group != database", false);
    row("web", "task:group != database", true);
    row("gpu", "task:group != service:web", false);
    row("bare", "task:group != database", true);
    row("gpu", "task:group in [database, cache]", true);
    row("web", "task:group in [database, cache]", false);
    row("gpu", "task:group !in [cache, service:web]", false);
    row("web", "task:group not_in [database]", true);
    row("gpu", "task:group =~ family:.*", true);
    row("web", "task:group =~ family:.*", false);
    row("web", "task:group !~ 'service:.*'", false);
    row("gpu", "task:group !~ 'cache.*'", true);
    row("web", "task:group exists", true);
    row("bare", "task:group exists", false);
    row("bare", "task:group !exists", true);
    row("web", "task:group !exists", false);

    // Compound expressions.
    row("web", "not(task:group == database)", true);
    row("gpu", "not(task:group == database)", false);
    row("web", "attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != "
               "us-east-1d",
        false);
    row("gpu", "attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != "
               "us-east-1d",
        false);
    row("gpu", "attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != "
               "us-east-1a",
        true);
    row("web", "runningTasksCount == 9 and agentConnected == true or task:group exists", true);
    row("web", "runningTasksCount == 9 and (agentConnected == true or task:group exists)",
        false);
    row("web", "! runningTasksCount == 9 && agentConnected == true", true);
    row("web", "not runningTasksCount == 2 or agentConnected == true", true);
    row("web", "not (runningTasksCount == 2 or agentConnected == true)", false);
    row("web", "not not task:group exists", true);
    row("gpu", "runningTasksCount > 1 || agentConnected == true || attribute:stack exists",
        true);
    row("bare", "runningTasksCount > 1 || agentConnected == false || attribute:stack exists",
        false);
}

void tst_Query::evaluate()
{
    QFETCH(QString, facts);
    QFETCH(QString, text);
    QFETCH(bool, expected);

    const Expression expression = parsed(text);
    QVERIFY(!expression.isNull());
    const InstanceFacts instance = factsNamed(facts);
    QCOMPARE(expression.evaluate(instance), expected);
    const QList<SubResult> explained = expression.explain(instance);
    QVERIFY(!explained.isEmpty());
    QCOMPARE(explained.constFirst().value, expected);
}

void tst_Query::nullExpression()
{
    const Expression expression;
    QVERIFY(expression.isNull());
    QVERIFY(!expression.evaluate(factsNamed(QStringLiteral("web"))));
    QVERIFY(expression.explain(factsNamed(QStringLiteral("web"))).isEmpty());
    const ParseResult failed = Expression::parse(QStringLiteral("task:group =="));
    QVERIFY(failed.expression().isNull());
    QVERIFY(!failed.expression().evaluate(factsNamed(QStringLiteral("web"))));
}

void tst_Query::explain_data()
{
    QTest::addColumn<QString>("facts");
    QTest::addColumn<QList<bool>>("values");

    // Every node has its value, also those a short-circuit would have skipped.
    QTest::newRow("web") << "web" << QList<bool>{true, true, true, false, false, false};
    QTest::newRow("gpu") << "gpu" << QList<bool>{false, false, false, true, true, false};
    QTest::newRow("bare") << "bare" << QList<bool>{false, false, true, false, false, false};
}

void tst_Query::explain()
{
    QFETCH(QString, facts);
    QFETCH(QList<bool>, values);

    const QString text = QStringLiteral("attribute:ecs.instance-type =~ t2.* and "
                                        "not(task:group == database or runningTasksCount > 5)");
    const Expression expression = parsed(text);
    QVERIFY(!expression.isNull());
    const QList<SubResult> results = expression.explain(factsNamed(facts));

    const QStringList texts{text,
                            QStringLiteral("attribute:ecs.instance-type =~ t2.*"),
                            QStringLiteral("not(task:group == database or "
                                           "runningTasksCount > 5)"),
                            QStringLiteral("task:group == database or runningTasksCount > 5"),
                            QStringLiteral("task:group == database"),
                            QStringLiteral("runningTasksCount > 5")};
    const QList<Node::Kind> kinds{Node::Kind::And,        Node::Kind::Comparison, Node::Kind::Not,
                                  Node::Kind::Or,         Node::Kind::Comparison,
                                  Node::Kind::Comparison};
    const QList<int> depths{0, 1, 1, 2, 3, 3};
    QCOMPARE(results.size(), texts.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const SubResult &result = results.at(i);
        QCOMPARE(result.text, texts.at(i));
        QCOMPARE(text.mid(result.offset, result.length), result.text);
        QCOMPARE(result.kind, kinds.at(i));
        QCOMPARE(result.depth, depths.at(i));
        QCOMPARE(result.value, values.at(i));
    }
    QCOMPARE(expression.evaluate(factsNamed(facts)), values.constFirst());
}

QTEST_GUILESS_MAIN(tst_Query)
#include "tst_query.moc"
