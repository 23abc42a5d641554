// HAProxy configuration from a design: rules in priority order, ALB wildcards, host headers,
// NLB TCP mode, health check mapping; every generated configuration passes `haproxy -c`.
#include "engine/lb/certificates.h"
#include "engine/lb/haproxyconfig.h"
#include "model/jsonreader.h"
#include "tests/skiporfail.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

TargetGroup targetGroup(const QString &name, const QString &protocol = QStringLiteral("HTTP"))
{
    TargetGroup tg;
    tg.name = name;
    tg.protocol = protocol;
    tg.port = 8080;
    return tg;
}

ProjectData albProject()
{
    ProjectData p;
    p.name = QStringLiteral("cfg");
    p.targetGroups << targetGroup("front-tg") << targetGroup("api-tg") << targetGroup("img-tg");
    LoadBalancer lb;
    lb.name = QStringLiteral("web");
    Listener l;
    l.port = 80;
    l.defaultTargetGroup = QStringLiteral("front-tg");
    // Declared out of order: the generator sorts by priority.
    l.rules << ListenerRule{30, {"/img/*"}, {}, "img-tg"}
            << ListenerRule{10, {"/api/*", "/v?/api"}, {"api.example.com"}, "api-tg"}
            << ListenerRule{20, {}, {"*.example.org"}, "img-tg"};
    lb.listeners << l;
    p.loadBalancers << lb;
    return p;
}

QString haproxy()
{
    return QStandardPaths::findExecutable(QStringLiteral("haproxy"),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                           QStringLiteral("/usr/local/sbin")});
}

/// Runs `haproxy -c` on the configuration; empty when it is valid, else what HAProxy said.
QString check(const QString &config)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("haproxy.cfg"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write");
    f.write(config.toUtf8());
    f.close();
    QProcess p;
    p.start(haproxy(), {QStringLiteral("-c"), QStringLiteral("-f"), path});
    p.waitForFinished(10000);
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
}

int lineOf(const QString &config, const QString &needle)
{
    const QStringList lines = config.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return i;
    }
    return -1;
}

} // namespace

class tst_HaproxyConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathConditions_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("condition");
        QTest::newRow("exact") << "/health"
                               << "path -m str /health";
        QTest::newRow("prefix") << "/api/*"
                                << "path -m beg /api/";
        QTest::newRow("everything") << "*"
                                    << "path -m beg ";
        QTest::newRow("one character") << "/v?/users"
                                       << "path -m reg ^/v./users$";
        QTest::newRow("inner star") << "/img/*.png"
                                    << "path -m reg ^/img/.*\\.png$";
        QTest::newRow("prefix keeps characters") << "/a+b/(x)*"
                                                 << "path -m beg /a+b/(x)";
        QTest::newRow("regex characters") << "/a+b/(x)?"
                                          << "path -m reg ^/a\\+b/\\(x\\).$";
    }

    void pathConditions()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, condition);
        QCOMPARE(HaproxyConfig::pathCondition(pattern), condition);
    }

    void wildcardsMatchLikeAlb_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::newRow("star spans slashes") << "/api/*"
                                            << "/api/v1/users" << true;
        QTest::newRow("star empty") << "/api/*"
                                    << "/api/" << true;
        QTest::newRow("no slash") << "/api/*"
                                  << "/api" << false;
        QTest::newRow("question one") << "/v?/x"
                                      << "/v2/x" << true;
        QTest::newRow("question not two") << "/v?/x"
                                          << "/v10/x" << false;
        QTest::newRow("case-sensitive") << "/API/*"
                                        << "/api/x" << false;
        QTest::newRow("dot literal") << "/a.b"
                                     << "/aXb" << false;
    }

    void wildcardsMatchLikeAlb()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        const QRegularExpression re(HaproxyConfig::wildcardRegex(pattern));
        QVERIFY(re.isValid());
        QCOMPARE(re.match(path).hasMatch(), matches);
    }

    void hostConditions_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("condition");
        QTest::newRow("exact") << "api.example.com"
                               << "hdr(host),field(1,:) -i -m str api.example.com";
        QTest::newRow("wildcard") << "*.example.com"
                                  << "hdr(host),field(1,:) -i -m reg ^.*\\.example\\.com$";
    }

    void hostConditions()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, condition);
        QCOMPARE(HaproxyConfig::hostCondition(pattern), condition);
    }

    void matchers_data()
    {
        QTest::addColumn<QString>("matcher");
        QTest::addColumn<QString>("line");
        QTest::newRow("one") << "200"
                             << "http-check expect status 200";
        QTest::newRow("list") << "200,302"
                              << "http-check expect rstatus ^(200|302)$";
        QTest::newRow("range") << "200-299"
                               << "http-check expect rstatus ^(20[0-9]|21[0-9]|22[0-9]|"
                                  "23[0-9]|24[0-9]|25[0-9]|26[0-9]|27[0-9]|28[0-9]|"
                                  "29[0-9])$";
        QTest::newRow("partial range") << "200-202,404"
                                       << "http-check expect rstatus ^(200|201|202|404)$";
        QTest::newRow("empty") << ""
                               << "http-check expect status 200";
    }

    void matchers()
    {
        QFETCH(QString, matcher);
        QFETCH(QString, line);
        QCOMPARE(HaproxyConfig::expectLine(matcher), line);
        const QRegularExpression re(line.section(u' ', 3));
        if (line.contains(QLatin1String("rstatus"))) {
            QVERIFY(re.match(matcher.left(3)).hasMatch());
            QVERIFY(!re.match(QStringLiteral("500")).hasMatch());
        }
    }

    void healthCheckMapping_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("healthy");
        QTest::addColumn<int>("unhealthy");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("options");
        QTest::newRow("ELB defaults") << 30 << 5 << 2 << "traffic-port"
                                      << "pool-max-conn -1 pool-purge-delay 10s check inter 30s rise 5 fall 2";
        QTest::newRow("own port") << 10 << 2 << 3 << "9000"
                                  << "pool-max-conn -1 pool-purge-delay 10s check inter 10s rise 2 fall 3 port 9000";
    }

    void healthCheckMapping()
    {
        QFETCH(int, interval);
        QFETCH(int, healthy);
        QFETCH(int, unhealthy);
        QFETCH(QString, port);
        QFETCH(QString, options);
        TargetGroup tg = targetGroup("tg");
        tg.healthCheck.intervalSeconds = interval;
        tg.healthCheck.healthyThreshold = healthy;
        tg.healthCheck.unhealthyThreshold = unhealthy;
        tg.healthCheck.port = port;
        QCOMPARE(HaproxyConfig::serverOptions(tg), options);
    }

    void rulesInPriorityOrder()
    {
        const QString config = HaproxyConfig::generate(albProject(), {"/tmp/x.sock", {}, {}});
        const int r10 = lineOf(config, "use_backend tg_api-tg if rule10_path rule10_host");
        const int r20 = lineOf(config, "use_backend tg_img-tg if rule20_host");
        const int r30 = lineOf(config, "use_backend tg_img-tg if rule30_path");
        QVERIFY2(r10 > 0 && r20 > r10 && r30 > r20, qPrintable(config));
        QVERIFY(lineOf(config, "acl rule10_path path -m beg /api/") > 0);
        QVERIFY(lineOf(config, "acl rule10_path path -m reg ^/v./api$") > 0);
        QVERIFY(lineOf(config, "acl rule10_host hdr(host),field(1,:) -i -m str api.example.com") >
                0);
        QVERIFY(lineOf(config, "default_backend tg_front-tg") > r30);
        QVERIFY(lineOf(config, "bind 127.79.0.1:80") > 0);
        QVERIFY(lineOf(config, "mode http") > 0);
        QVERIFY(lineOf(config, "stats socket /tmp/x.sock mode 600 level admin") > 0);
    }

    void backendHealthCheck()
    {
        ProjectData p = albProject();
        p.targetGroups[1].healthCheck.path = QStringLiteral("/health");
        p.targetGroups[1].healthCheck.matcher = QStringLiteral("200,204");
        p.targetGroups[1].healthCheck.timeoutSeconds = 4;
        const QString config = HaproxyConfig::generate(p, {"/tmp/x.sock", {}, {}});
        const int backend = int(config.split(u'\n').indexOf("backend tg_api-tg"));
        QVERIFY(backend > 0);
        const QStringList lines = config.split(u'\n').mid(backend, 7);
        QVERIFY2(lines.contains("    balance roundrobin"), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains("    option httpchk GET /health"));
        QVERIFY(lines.contains("    http-check expect rstatus ^(200|204)$"));
        QVERIFY(lines.contains("    timeout check 4s"));
    }

    void networkLoadBalancer()
    {
        ProjectData p;
        p.name = QStringLiteral("nlb");
        TargetGroup tg = targetGroup("db-tg", "TCP");
        tg.healthCheck.protocol = QStringLiteral("TCP");
        p.targetGroups << tg;
        LoadBalancer first;
        first.name = QStringLiteral("web");
        p.loadBalancers << first;
        LoadBalancer lb;
        lb.name = QStringLiteral("db");
        lb.type = LoadBalancer::Type::Network;
        Listener l;
        l.protocol = QStringLiteral("TCP");
        l.port = 5432;
        l.defaultTargetGroup = QStringLiteral("db-tg");
        lb.listeners << l;
        p.loadBalancers << lb;
        HaproxyConfig::Options o{"/tmp/x.sock", {}, {}};
        o.servers.insert("db-tg", {{"t1", "127.77.1.1", 32768}});
        const QString config = HaproxyConfig::generate(p, o);
        const int frontend = lineOf(config, "frontend lb_db_5432");
        QVERIFY(frontend > 0);
        QCOMPARE(config.split(u'\n').at(frontend + 1), QStringLiteral("    mode tcp"));
        QCOMPARE(config.split(u'\n').at(frontend + 2), QStringLiteral("    bind 127.79.0.2:5432"));
        QVERIFY(lineOf(config, "option httpchk") < 0);
        QVERIFY(lineOf(config, "server t1 127.77.1.1:32768 pool-max-conn -1 pool-purge-delay 10s check inter 30s rise 5 fall 2") > 0);
        if (!haproxy().isEmpty())
            QCOMPARE(check(config), QString());
    }

    void movedPortIsBound()
    {
        HaproxyConfig::Options o{"/tmp/x.sock", {}, {}};
        o.boundPorts.insert(HaproxyConfig::portKey("web", 80), HaproxyConfig::unprivilegedPort(80));
        const QString config = HaproxyConfig::generate(albProject(), o);
        QVERIFY(lineOf(config, "bind 127.79.0.1:8080") > 0);
        QVERIFY(lineOf(config, "X-Forwarded-Port 80") > 0);
        QVERIFY(lineOf(config, "frontend lb_web_80") > 0);
    }

    void moreRuleConditions()
    {
        // http-request-method, source-ip, query-string and http-header conditions, ANDed.
        ProjectData p = albProject();
        ListenerRule &r = p.loadBalancers[0].listeners[0].rules[0];
        r.pathPatterns = {QStringLiteral("/img/*")};
        r.httpRequestMethods = {QStringLiteral("GET"), QStringLiteral("HEAD")};
        r.sourceIps = {QStringLiteral("127.0.0.0/8")};
        r.queryStrings = {QStringLiteral("version=v2"), QStringLiteral("beta*")};
        r.httpHeaderName = QStringLiteral("X-Canary");
        r.httpHeaderValues = {QStringLiteral("true")};
        HaproxyConfig::Options o{"/tmp/x.sock", {}, {}};
        const QString config = HaproxyConfig::generate(p, o);
        QVERIFY(lineOf(config, "acl rule30_method method GET HEAD") > 0);
        QVERIFY(lineOf(config, "acl rule30_src src 127.0.0.0/8") > 0);
        QVERIFY(lineOf(config, "acl rule30_query urlp(version) -i -m str v2") > 0);
        QVERIFY(lineOf(config, "acl rule30_query query -i -m reg (^|&)[^=&]*=beta.*(&|$)") > 0);
        QVERIFY(lineOf(config, "acl rule30_header req.hdr(X-Canary) -i -m str true") > 0);
        QVERIFY(lineOf(config, "use_backend tg_img-tg if rule30_path rule30_method rule30_src "
                               "rule30_query rule30_header") > 0);
        if (!haproxy().isEmpty())
            QCOMPARE(check(config), QString());
        // The project file keeps them.
        QList<JsonIssue> issues;
        const LoadBalancer back = LoadBalancer::fromJson(
            JsonReader(p.loadBalancers[0].toJson(), QStringLiteral("$"), &issues));
        QCOMPARE(back.listeners[0].rules[0], r);
    }

    void ruleActions()
    {
        // fixed-response and redirect answer in HAProxy's http-request phase, which runs before
        // any use_backend: each rule first marks whether it is the one that matches, in
        // priority order, so a forward rule of a higher priority still wins.
        ProjectData p = albProject();
        QList<ListenerRule> &rules = p.loadBalancers[0].listeners[0].rules;
        rules[0].action = ListenerRule::Action::FixedResponse; // priority 30, /img/*
        rules[0].fixedResponse = {QStringLiteral("503"), QStringLiteral("application/json"),
                                  QStringLiteral("{\"down\": \"$HOME 100%\"}\nnext line")};
        ListenerRule redirect{40, {QStringLiteral("/old/*")}, {}, {}};
        redirect.action = ListenerRule::Action::Redirect;
        redirect.redirect.protocol = QStringLiteral("HTTPS");
        redirect.redirect.port = QStringLiteral("443");
        redirect.redirect.path = QStringLiteral("/new/#{path}");
        redirect.redirect.statusCode = QStringLiteral("HTTP_302");
        ListenerRule weighted{50, {QStringLiteral("/shop/*")}, {}, {}};
        weighted.targetGroups = {{QStringLiteral("api-tg"), 80},
                                 {QStringLiteral("img-tg"), 20},
                                 {QStringLiteral("front-tg"), 0}};
        weighted.stickinessSeconds = 60;
        rules << redirect << weighted;
        HaproxyConfig::Options o{"/tmp/x.sock", {}, {}};
        o.boundPorts.insert(HaproxyConfig::portKey("web", 443), 8443);
        const QString config = HaproxyConfig::generate(p, o);

        const int mark10 = lineOf(config, "http-request set-var(txn.rule) int(10) if "
                                          "!{ var(txn.rule) -m found } rule10_path rule10_host");
        const int mark30 = lineOf(config, "http-request set-var(txn.rule) int(30) if "
                                          "!{ var(txn.rule) -m found } rule30_path");
        QVERIFY(mark10 > 0);
        QVERIFY(mark30 > mark10);
        const int fixed = lineOf(config, "http-request return status 503 content-type "
                                         "\"application/json\" string "
                                         "\"{\\\"down\\\": \\\"\\$HOME 100%\\\"}\\nnext line\" "
                                         "if { var(txn.rule) -m int 30 }");
        QVERIFY2(fixed > mark30, qPrintable(config));
        QVERIFY2(lineOf(config, "http-request redirect location "
                                "\"https://%[req.hdr(host),field(1,:)]:8443/new/"
                                "%[path,regsub(^/,)]?%[query]\" code 302 if "
                                "{ var(txn.rule) -m int 40 } { query -m reg . }")
                     > fixed,
                 qPrintable(config));
        QVERIFY(lineOf(config, "http-request redirect location "
                               "\"https://%[req.hdr(host),field(1,:)]:8443/new/"
                               "%[path,regsub(^/,)]\" code 302 if { var(txn.rule) -m int 40 }")
                > 0);
        // The weighted forward: one roll of 0..99, 80 to api-tg, 20 to img-tg, none to the
        // group of weight 0; a sticky client comes back to its group.
        QVERIFY(lineOf(config, "http-request set-var(txn.weight50) rand(100)") > 0);
        const int sticky = lineOf(config, "use_backend tg_api-tg if { var(txn.rule) -m int 50 } "
                                          "{ req.cook(AWSALBTG) -m str tg_api-tg }");
        const int api = lineOf(config, "use_backend tg_api-tg if rule50_path "
                                       "{ var(txn.weight50) -m int lt 80 }");
        const int img = lineOf(config, "use_backend tg_img-tg if rule50_path "
                                       "{ var(txn.weight50) -m int lt 100 }");
        QVERIFY(sticky > 0 && api > sticky && img > api);
        QCOMPARE(lineOf(config, "use_backend tg_front-tg if rule50_path"), -1);
        QVERIFY(lineOf(config, "http-request set-var(txn.sticky) int(60) if "
                               "{ var(txn.rule) -m int 50 }") > 0);
        QVERIFY(lineOf(config, "http-response add-header Set-Cookie \"AWSALBTG=%[be_name]; "
                               "Max-Age=%[var(txn.sticky)]; Path=/\"") > 0);
        // Forward rules keep their plain form.
        QVERIFY(lineOf(config, "use_backend tg_api-tg if rule10_path rule10_host") > 0);
        if (!haproxy().isEmpty())
            QCOMPARE(check(config), QString());

        // The project file keeps every action; a file from before actions still loads.
        QList<JsonIssue> issues;
        const LoadBalancer back = LoadBalancer::fromJson(
            JsonReader(p.loadBalancers[0].toJson(), QStringLiteral("$"), &issues));
        QVERIFY(issues.isEmpty());
        QCOMPARE(back, p.loadBalancers[0]);
        const QJsonObject older{
            {"name", "web"},
            {"listeners", QJsonArray{QJsonObject{
                              {"port", 80},
                              {"defaultTargetGroup", "front-tg"},
                              {"rules", QJsonArray{QJsonObject{{"priority", 10},
                                                               {"pathPatterns", QJsonArray{"/a"}},
                                                               {"targetGroup", "api-tg"}}}}}}}};
        const LoadBalancer old = LoadBalancer::fromJson(JsonReader(older, "$", &issues));
        QVERIFY(issues.isEmpty());
        QCOMPARE(old.listeners[0].rules[0].action, ListenerRule::Action::Forward);
        QCOMPARE(old.listeners[0].rules[0].forwards(),
                 (QList<WeightedTargetGroup>{{QStringLiteral("api-tg"), 1}}));
    }

    void defaultActionAnswersOrRedirects()
    {
        // A default action that answers comes after every rule: the rules mark the one that
        // matches, and the default answers only when none did; forward rules still win.
        ProjectData p = albProject();
        Listener &l = p.loadBalancers[0].listeners[0];
        l.defaultAction = ListenerRule::Action::FixedResponse;
        l.defaultFixedResponse = {QStringLiteral("404"), QStringLiteral("text/plain"),
                                  QStringLiteral("no route")};
        const QString config = HaproxyConfig::generate(p, {"/tmp/x.sock", {}, {}});
        QCOMPARE(lineOf(config, "default_backend"), -1);
        const int mark10 = lineOf(config, "http-request set-var(txn.rule) int(10) if "
                                          "!{ var(txn.rule) -m found } rule10_path rule10_host");
        const int markDefault = lineOf(config, "http-request set-var(txn.rule) int(50001) if "
                                               "!{ var(txn.rule) -m found }");
        const int answer = lineOf(config, "http-request return status 404 content-type "
                                          "\"text/plain\" string \"no route\" if "
                                          "{ var(txn.rule) -m int 50001 }");
        QVERIFY2(mark10 > 0 && markDefault > mark10 && answer > markDefault, qPrintable(config));
        QVERIFY(lineOf(config, "use_backend tg_api-tg if rule10_path rule10_host") > 0);
        if (!haproxy().isEmpty())
            QCOMPARE(check(config), QString());

        l.defaultAction = ListenerRule::Action::Redirect;
        l.defaultRedirect.protocol = QStringLiteral("HTTPS");
        l.defaultRedirect.port = QStringLiteral("443");
        const QString moved = HaproxyConfig::generate(p, {"/tmp/x.sock", {}, {}});
        QVERIFY2(lineOf(moved, "code 301 if { var(txn.rule) -m int 50001 }") > 0, qPrintable(moved));
        QCOMPARE(lineOf(moved, "default_backend"), -1);
        if (!haproxy().isEmpty())
            QCOMPARE(check(moved), QString());

        // The project file keeps the default action and what it answers with.
        QList<JsonIssue> issues;
        const LoadBalancer back = LoadBalancer::fromJson(
            JsonReader(p.loadBalancers[0].toJson(), QStringLiteral("$"), &issues));
        QVERIFY(issues.isEmpty());
        QCOMPARE(back, p.loadBalancers[0]);
        QCOMPARE(back.listeners[0].defaultAction, ListenerRule::Action::Redirect);
        QCOMPARE(back.listeners[0].targetGroups(),
                 QStringList({QStringLiteral("img-tg"), QStringLiteral("api-tg")}));
    }

    void redirectLocation_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("location");
        const QString host = QStringLiteral("%[req.hdr(host),field(1,:)]");
        QTest::newRow("to HTTPS") << "HTTPS" << "#{host}" << "443" << "/#{path}" << "#{query}"
                                  << "https://" + host + ":443/%[path,regsub(^/,)]";
        QTest::newRow("another host, own port")
            << "#{protocol}" << "www.example.com" << "#{port}" << "/" << ""
            << "http://www.example.com:80/";
        QTest::newRow("literal percent and query")
            << "HTTP" << "#{host}" << "8080" << "/100%" << "from=#{host}"
            << "http://" + host + ":8080/100%%?from=" + host;
    }

    void redirectLocation()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QString, location);
        const ProjectData p = albProject();
        Redirect r;
        r.protocol = protocol;
        r.host = host;
        r.port = port;
        r.path = path;
        r.query = query;
        const QString made = HaproxyConfig::redirectLocation(
            r, p.loadBalancers[0], p.loadBalancers[0].listeners[0], {}, false);
        QCOMPARE(made, location);
    }

    void secureListenersTerminateTlsOrAreNotServed()
    {
        if (haproxy().isEmpty()) {
            BERTH_SKIP_OR_FAIL("haproxy is not installed (Debian package haproxy)");
        }
        // HTTPS on the ALB and TLS on an NLB terminate TLS with the run's certificate; without
        // one they are left out, never served as plain text. UDP is never served.
        ProjectData p = albProject();
        p.loadBalancers[0].listeners[0].protocol = QStringLiteral("HTTPS");
        p.loadBalancers[0].listeners[0].port = 443;
        LoadBalancer nlb;
        nlb.name = QStringLiteral("edge");
        nlb.type = LoadBalancer::Type::Network;
        p.targetGroups << targetGroup("tcp-tg", "TCP");
        Listener tls;
        tls.protocol = QStringLiteral("TLS");
        tls.port = 8443;
        tls.defaultTargetGroup = QStringLiteral("tcp-tg");
        Listener udp;
        udp.protocol = QStringLiteral("UDP");
        udp.port = 5353;
        udp.defaultTargetGroup = QStringLiteral("tcp-tg");
        nlb.listeners << tls << udp;
        p.loadBalancers << nlb;

        QTemporaryDir dir;
        HaproxyConfig::Options without{dir.filePath("s.sock"), {}, {}};
        const QString plain = HaproxyConfig::generate(p, without);
        QCOMPARE(lineOf(plain, "frontend lb_web_443"), -1);
        QCOMPARE(lineOf(plain, "frontend lb_edge_8443"), -1);
        QCOMPARE(lineOf(plain, ":5353"), -1);

        HaproxyConfig::Options with = without;
        for (const QString &lb : {QStringLiteral("web"), QStringLiteral("edge")}) {
            QString error;
            const QString pem = LoadBalancerCertificates::ensure(
                dir.path(), lb, QStringLiteral("127.79.0.1"), &error);
            QVERIFY2(!pem.isEmpty(), qPrintable(error));
            QVERIFY(QFile(pem).size() > 1000);
            with.certificates.insert(lb, pem);
        }
        const QString config = HaproxyConfig::generate(p, with);
        QVERIFY(lineOf(config, "bind 127.79.0.1:443 ssl crt ") > 0);
        QVERIFY(lineOf(config, "X-Forwarded-Proto https") > 0);
        QVERIFY(lineOf(config, "bind 127.79.0.2:8443 ssl crt ") > 0);
        QCOMPARE(lineOf(config, ":5353"), -1);
        QCOMPARE(check(config), QString());
    }

    void haproxyAcceptsGeneratedConfigs_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("alb") << "alb";
        QTest::newRow("alb with servers") << "servers";
        QTest::newRow("sample") << "sample";
    }

    void haproxyAcceptsGeneratedConfigs()
    {
        QFETCH(QString, variant);
        if (haproxy().isEmpty()) {
            BERTH_SKIP_OR_FAIL("haproxy is not installed (Debian package haproxy)");
        }
        QTemporaryDir dir;
        HaproxyConfig::Options o{dir.filePath("s.sock"), {}, {}};
        ProjectData p = albProject();
        if (variant == QLatin1String("servers")) {
            p.targetGroups[0].healthCheck.port = QStringLiteral("9000");
            p.targetGroups[0].healthCheck.matcher = QStringLiteral("200-399");
            o.servers.insert("front-tg",
                             {{"ta-8080", "127.77.1.1", 32768}, {"tb-8080", "127.77.1.2", 32770}});
        } else if (variant == QLatin1String("sample")) {
            const QString source = qEnvironmentVariable("BERTH_SOURCE_DIR", BERTH_SOURCE_DIR);
            QFile f(source + "/resources/samples/web-api.berth");
            QVERIFY(f.open(QIODevice::ReadOnly));
            // The sample's shape, without depending on the project file loader here.
            QVERIFY(f.readAll().contains("\"/api/*\""));
        }
        const QString config = HaproxyConfig::generate(p, o);
        QCOMPARE(check(config), QString());
    }
};

QTEST_GUILESS_MAIN(tst_HaproxyConfig)
#include "tst_haproxyconfig.moc"
