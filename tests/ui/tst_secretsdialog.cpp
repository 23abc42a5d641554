// The Secrets dialog (keys a design needs, set/not set, Set…, Delete, Add Key…, store
// failures) on a store in memory and on the OS keychain (inside the D-Bus session
// scripts/test.sh provides), and the confirmation before a run: its readiness (safety
// findings, missing secrets) and the modal dialog driven as a user would.
#include "testsupport.h"
#include "tests/skiporfail.h"

#include "engine/safety/runsafety.h"
#include "engine/secrets/keychainsecretstore.h"
#include "engine/secrets/memorysecretstore.h"
#include "ui/secrets/runconfirmation.h"
#include "ui/secrets/secretsdialog.h"
#include "ui/secrets/secretvaluedialog.h"
#include "ui/windowactions.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>
#include <QTemporaryDir>

using namespace Berth::Engine;
using namespace Berth::Gui;
using namespace Berth::Model;

namespace {

const QString kDb = QStringLiteral("arn:aws:ssm:us-east-1:1:parameter/api/db");
const QString kToken = QStringLiteral("arn:aws:secretsmanager:us-east-1:1:secret:api-token");
const QString kRegistryCreds = QStringLiteral("arn:aws:secretsmanager:us-east-1:1:secret:reg");
const QString kPrivateRegistry = QStringLiteral("registry:registry.example.com:5000");

/// A design whose task definition has secrets, registry credentials and an image from a
/// private registry; \a unsafe adds a privileged container and a bind mount of /.
ProjectData projectWithSecrets(bool unsafe = false, const QString &dbKey = kDb)
{
    ProjectData p;
    p.name = QStringLiteral("secrets-test");
    QJsonObject web{
        {"name", "web"},
        {"image", "registry.example.com:5000/team/web:1"},
        {"memory", 64},
        {"repositoryCredentials", QJsonObject{{"credentialsParameter", kRegistryCreds}}},
        {"secrets", QJsonArray{QJsonObject{{"name", "DB_PASSWORD"}, {"valueFrom", dbKey}},
                               QJsonObject{{"name", "API_TOKEN"}, {"valueFrom", kToken}}}}};
    QJsonObject worker{
        {"name", "worker"},
        {"image", "registry.example.com:5000/team/worker:1"},
        {"memory", 64},
        {"secrets", QJsonArray{QJsonObject{{"name", "DATABASE_PASSWORD"}, {"valueFrom", dbKey}}}}};
    QJsonObject td{{"family", "api"}, {"containerDefinitions", QJsonArray{web, worker}}};
    if (unsafe) {
        worker.insert("privileged", true);
        worker.insert("mountPoints", QJsonArray{QJsonObject{{"sourceVolume", "hostroot"},
                                                            {"containerPath", "/host"}}});
        td.insert("containerDefinitions", QJsonArray{web, worker});
        td.insert("volumes", QJsonArray{QJsonObject{{"name", "hostroot"},
                                                    {"host", QJsonObject{{"sourcePath", "/"}}}}});
    }
    p.registerTaskDefinition(td);
    return p;
}

/// A design with one secret and nothing unsafe.
ProjectData projectWithOneSecret(const QString &key)
{
    ProjectData p;
    p.name = QStringLiteral("one-secret");
    p.registerTaskDefinition(QJsonObject{
        {"family", "api"},
        {"containerDefinitions",
         QJsonArray{QJsonObject{
             {"name", "app"},
             {"image", "berth/demo:1"},
             {"memory", 64},
             {"secrets", QJsonArray{QJsonObject{{"name", "DB_PASSWORD"}, {"valueFrom", key}}}}}}}});
    return p;
}

/// Every text a user could see or a screen reader could read in \a root and its children.
QStringList allTexts(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        out << w->windowTitle() << w->toolTip() << w->accessibleName() << w->statusTip();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            out << edit->text() << edit->displayText() << edit->placeholderText();
        if (auto *label = qobject_cast<QLabel *>(w))
            out << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            out << button->text();
        if (auto *text = qobject_cast<QTextEdit *>(w))
            out << text->toPlainText();
        if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                for (int c = 0; c < tree->columnCount(); ++c)
                    out << tree->topLevelItem(i)->text(c) << tree->topLevelItem(i)->toolTip(c);
            }
        }
    }
    return out;
}

/// The text in \a column (1: state, 2: used by) of \a key's row.
QString cellOf(SecretsDialog &dialog, const QString &key, int column = 2)
{
    QTreeWidget *list = dialog.keyList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == key)
            return list->topLevelItem(i)->text(column);
    }
    return {};
}

/// Clicks Set… (or Add Key… when \a key is empty), types the value and stores it.
void setThroughWidgets(SecretsDialog &dialog, const QString &key, const QString &value,
                       const QString &newKey = {})
{
    if (newKey.isEmpty()) {
        dialog.selectKey(key);
        QTest::mouseClick(dialog.findChild<QPushButton *>("setSecret"), Qt::LeftButton);
    } else {
        QTest::mouseClick(dialog.findChild<QPushButton *>("addSecret"), Qt::LeftButton);
    }
    auto *ask = dialog.findChild<SecretValueDialog *>();
    QVERIFY(ask);
    QVERIFY(ask->isVisible());
    QCOMPARE(ask->valueField()->echoMode(), QLineEdit::Password);
    QPushButton *ok = ask->buttons()->button(QDialogButtonBox::Ok);
    if (!newKey.isEmpty()) {
        QVERIFY(!ask->keyField()->isReadOnly());
        QTest::keyClicks(ask->keyField(), newKey);
    } else {
        QCOMPARE(ask->key(), key);
    }
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(ask->valueField(), value);
    QVERIFY(ok->isEnabled());
    QVERIFY(!ask->valueField()->displayText().contains(value));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!dialog.isBusy());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!dialog.findChild<SecretValueDialog *>());
}

/// Waits, without blocking any event loop, for confirmRun's dialog to be shown and then
/// runs \a interact on it once. Stops on its own after a while, or when destroyed.
class ConfirmationWatcher
{
public:
    explicit ConfirmationWatcher(std::function<void(RunConfirmationDialog *)> interact)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this, interact] {
            if (m_deadline.hasExpired()) {
                m_timer.stop();
                return;
            }
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *d = qobject_cast<RunConfirmationDialog *>(w);
                if (d && d->isVisible()) {
                    m_timer.stop();
                    ++m_opened;
                    interact(d);
                    return;
                }
            }
        });
        m_timer.start();
    }
    int opened() const { return m_opened; }

private:
    QTimer m_timer;
    QDeadlineTimer m_deadline{15000};
    int m_opened = 0;
};

QString screenshotDir()
{
    // Under CI the pictures go to the build folder (the test's working directory).
    const QString dir = qEnvironmentVariable("BERTH_SECRETS_SCREENSHOT_DIR");
    return dir.isEmpty() && !qEnvironmentVariableIsEmpty("CI") ? QDir::currentPath() : dir;
}

} // namespace

class tst_SecretsDialog : public QObject
{
    Q_OBJECT

private:
    QStringList m_keychainKeys;

private Q_SLOTS:
    void initTestCase() { BerthTest::initApplication(); }

    void cleanupTestCase()
    {
        if (m_keychainKeys.isEmpty())
            return;
        KeychainSecretStore store;
        for (const QString &key : std::as_const(m_keychainKeys))
            store.remove(key);
    }

    void listsKeysWithState()
    {
        auto store = std::make_shared<MemorySecretStore>();
        store->write(kDb, QStringLiteral("db-value"));
        SecretsDialog dialog(projectWithSecrets(), store);
        dialog.show();
        QCOMPARE(dialog.keys(), (QStringList{kToken, kRegistryCreds, kDb, kPrivateRegistry}));
        QCOMPARE(dialog.stateText(kDb), QStringLiteral("checking…"));
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.stateText(kDb), QStringLiteral("set"));
        QCOMPARE(dialog.stateText(kToken), QStringLiteral("not set"));
        QCOMPARE(dialog.stateText(kRegistryCreds), QStringLiteral("not set"));
        QCOMPARE(dialog.stateText(kPrivateRegistry), QStringLiteral("not set (optional)"));
        QCOMPARE(cellOf(dialog, kDb, 1), QStringLiteral("set"));
        QCOMPARE(cellOf(dialog, kToken, 1), QStringLiteral("not set"));
        QCOMPARE(cellOf(dialog, kDb), QStringLiteral("api:1 › web › $DB_PASSWORD\n"
                                                     "api:1 › worker › $DATABASE_PASSWORD"));
        QCOMPARE(cellOf(dialog, kRegistryCreds),
                 QStringLiteral("api:1 › web › registry credentials"));
        // The worker's image has no repositoryCredentials: the registry's own key serves it.
        QCOMPARE(cellOf(dialog, kPrivateRegistry),
                 QStringLiteral("pulls of registry.example.com:5000/team/worker:1"));
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(!allTexts(&dialog).join(u'\n').contains(QStringLiteral("db-value")));
    }

    void setStoresTheValueAndNeverShowsIt()
    {
        auto store = std::make_shared<MemorySecretStore>();
        SecretsDialog dialog(projectWithSecrets(), store);
        dialog.show();
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.stateText(kToken), QStringLiteral("not set"));

        const QString value = QStringLiteral("t0ken-Value-42");
        setThroughWidgets(dialog, kToken, value);
        QCOMPARE(store->read(kToken).value, value);
        QCOMPARE(dialog.stateText(kToken), QStringLiteral("set"));
        const QString texts = allTexts(&dialog).join(u'\n');
        QVERIFY(!texts.contains(value));
        QVERIFY(!texts.contains(QStringLiteral("t0ken")));

        // Registry credentials must have their shape before they are stored.
        dialog.selectKey(kRegistryCreds);
        QTest::mouseClick(dialog.findChild<QPushButton *>("setSecret"), Qt::LeftButton);
        auto *ask = dialog.findChild<SecretValueDialog *>();
        QVERIFY(ask);
        QTest::keyClicks(ask->valueField(), QStringLiteral("no-colon"));
        QVERIFY(!ask->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        ask->valueField()->clear();
        QTest::keyClicks(ask->valueField(), QStringLiteral("robot:pa55"));
        QVERIFY(ask->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClick(ask->valueField(), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(store->read(kRegistryCreds).value, QStringLiteral("robot:pa55"));
        QVERIFY(!allTexts(&dialog).join(u'\n').contains(QStringLiteral("pa55")));
    }

    void addKeyNotInTheList()
    {
        auto store = std::make_shared<MemorySecretStore>();
        SecretsDialog dialog(projectWithSecrets(), store);
        dialog.show();
        QTRY_VERIFY(!dialog.isBusy());
        const QString key = QStringLiteral("registry:docker.io");
        setThroughWidgets(dialog, {}, QStringLiteral("me:hub-pass"), key);
        QCOMPARE(store->read(key).value, QStringLiteral("me:hub-pass"));
        QVERIFY(dialog.keys().contains(key));
        QCOMPARE(dialog.stateText(key), QStringLiteral("set"));
        QCOMPARE(cellOf(dialog, key), QStringLiteral("not used by this design"));
        QVERIFY(!allTexts(&dialog).join(u'\n').contains(QStringLiteral("hub-pass")));
    }

    void deleteRemovesTheValue()
    {
        auto store = std::make_shared<MemorySecretStore>();
        store->write(kDb, QStringLiteral("db-value"));
        SecretsDialog dialog(projectWithSecrets(), store);
        dialog.show();
        QTRY_VERIFY(!dialog.isBusy());
        dialog.selectKey(kDb);
        QTest::mouseClick(dialog.findChild<QPushButton *>("deleteSecret"), Qt::LeftButton);
        auto *box = dialog.findChild<QMessageBox *>("deleteConfirmation");
        QVERIFY(box);
        QVERIFY(box->text().contains(kDb));
        // Cancel keeps it.
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!dialog.isBusy());
        QVERIFY(store->read(kDb).ok());
        // The Delete key on the list asks too; "Delete" deletes.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.keyList()->setFocus();
        QTest::keyClick(dialog.keyList(), Qt::Key_Delete);
        box = dialog.findChild<QMessageBox *>("deleteConfirmation");
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>("confirmDelete"), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(store->read(kDb).notFound());
        QCOMPARE(dialog.stateText(kDb), QStringLiteral("not set"));
    }

    void storeFailureIsShownWithWhatToDo()
    {
        auto store = std::make_shared<MemorySecretStore>();
        store->setFailure(QStringLiteral("no keychain service is available (test)"));
        SecretsDialog dialog(projectWithSecrets(), store);
        dialog.show();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(dialog.errorText().contains(QStringLiteral("no keychain service is available")));
        QVERIFY(dialog.errorText().contains(QStringLiteral("Refresh")));
        QVERIFY(dialog.findChild<QLabel *>("secretsError")->isVisible());
        QCOMPARE(dialog.stateText(kDb), QStringLiteral("keychain failed"));

        // A failed write says so and changes nothing.
        setThroughWidgets(dialog, kToken, QStringLiteral("v"));
        QVERIFY(dialog.errorText().contains(QStringLiteral("was not stored")));

        store->setFailure({});
        QTest::mouseClick(dialog.findChild<QPushButton *>("refreshSecrets"), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(dialog.errorText().isEmpty());
        QCOMPARE(dialog.stateText(kDb), QStringLiteral("not set"));
    }

    void readinessListsUnsafeSettings()
    {
        RunReadiness r = RunReadiness::review(projectWithSecrets(true), QProcessEnvironment());
        QStringList rules;
        for (const SafetyFinding &f : std::as_const(r.findings)) {
            rules << f.rule;
            QVERIFY(!f.what.isEmpty());
            QVERIFY(!f.allows.isEmpty());
        }
        QVERIFY2(rules.contains(QStringLiteral("safety.privileged")), qPrintable(rules.join(',')));
        QVERIFY2(rules.contains(QStringLiteral("safety.host-mount")), qPrintable(rules.join(',')));
        QVERIFY(r.needsExplicitConsent());
        QVERIFY(r.needsConfirmation());
        // The optional registry key is no reason to stop a run.
        QCOMPARE(r.secretKeys(), (QStringList{kToken, kRegistryCreds, kDb}));
        QVERIFY(r.secretsPending());

        MemorySecretStore store;
        store.write(kDb, QStringLiteral("x"));
        r.checkSecrets(store);
        QCOMPARE(r.missing, (QStringList{kToken, kRegistryCreds}));
        QVERIFY(r.storeError.isEmpty());
        store.setFailure(QStringLiteral("the keychain did not answer"));
        r.checkSecrets(store);
        QVERIFY(r.missing.isEmpty());
        QCOMPARE(r.storeError, QStringLiteral("the keychain did not answer"));
    }

    void readinessOfTheSampleIsEmpty()
    {
        const RunReadiness r = RunReadiness::review(BerthTest::sampleData(), QProcessEnvironment());
        QVERIFY(r.findings.isEmpty());
        QVERIFY(r.secrets.isEmpty());
        QVERIFY(!r.needsConfirmation());

        QProcessEnvironment tcp;
        tcp.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://10.0.0.5:2375"));
        const RunReadiness remote = RunReadiness::review(BerthTest::sampleData(), tcp);
        QCOMPARE(remote.findings.size(), 1);
        QCOMPARE(remote.findings.first().rule, QStringLiteral("safety.docker-tcp"));
    }

    void confirmRunWithNothingToShowAsksNothing()
    {
        if (!RunSafety::ofDockerHost(QProcessEnvironment::systemEnvironment()).isEmpty())
            BERTH_SKIP_OR_FAIL("DOCKER_HOST names a daemon over plain TCP: a run here always asks");
        ConfirmationWatcher watcher([](RunConfirmationDialog *d) { d->reject(); });
        QVERIFY(
            confirmRun(nullptr, BerthTest::sampleData(), std::make_shared<MemorySecretStore>()));
        // Secrets that are all set: nothing to show either.
        auto store = std::make_shared<MemorySecretStore>();
        const QString key = QStringLiteral("arn:aws:ssm:us-east-1:1:parameter/set");
        store->write(key, QStringLiteral("v"));
        QVERIFY(confirmRun(nullptr, projectWithOneSecret(key), store));
        QTest::qWait(50);
        QCOMPARE(watcher.opened(), 0);
    }

    void confirmRunNeedsTheCheckbox()
    {
        auto store = std::make_shared<MemorySecretStore>();
        store->write(kDb, QStringLiteral("x"));
        bool disabledAtFirst = false;
        bool enabledWhenChecked = false;
        bool disabledWhenUnchecked = false;
        QString secrets;
        QString findings;
        ConfirmationWatcher cancelled([&](RunConfirmationDialog *d) {
            QCheckBox *consent = d->findChild<QCheckBox *>("understandRisk");
            QPushButton *run = d->findChild<QPushButton *>("runAnyway");
            if (!consent || !run)
                return;
            disabledAtFirst = !run->isEnabled() && !consent->isChecked();
            QTest::mouseClick(consent, Qt::LeftButton);
            enabledWhenChecked = run->isEnabled();
            QTest::keyClick(consent, Qt::Key_Space);
            disabledWhenUnchecked = !run->isEnabled();
            if (!QTest::qWaitFor([d] { return !d->readiness().secretsPending(); }, 5000))
                return;
            secrets = d->secretsText();
            findings = d->findChild<QTextEdit *>("safetyFindings")->toPlainText();
            if (!screenshotDir().isEmpty())
                d->grab().save(screenshotDir() + QStringLiteral("/runconfirmation.png"));
            QTest::mouseClick(d->findChild<QPushButton *>("cancelRun"), Qt::LeftButton);
        });
        QVERIFY(!confirmRun(nullptr, projectWithSecrets(true), store));
        QCOMPARE(cancelled.opened(), 1);
        QVERIFY(disabledAtFirst);
        QVERIFY(enabledWhenChecked);
        QVERIFY(disabledWhenUnchecked);
        QVERIFY2(findings.contains(QStringLiteral("privileged")), qPrintable(findings));
        QVERIFY2(findings.contains(QStringLiteral("root on the host")), qPrintable(findings));
        QVERIFY2(secrets.contains(kToken) && secrets.contains(kRegistryCreds) &&
                     !secrets.contains(kDb),
                 qPrintable(secrets));

        // Checked, "Run anyway" runs.
        ConfirmationWatcher ran([](RunConfirmationDialog *d) {
            QTest::mouseClick(d->consent(), Qt::LeftButton);
            QTest::mouseClick(d->runButton(), Qt::LeftButton);
        });
        QVERIFY(confirmRun(nullptr, projectWithSecrets(true), store));
        QCOMPARE(ran.opened(), 1);

        // Escape cancels.
        ConfirmationWatcher escaped(
            [](RunConfirmationDialog *d) { QTest::keyClick(d, Qt::Key_Escape); });
        QVERIFY(!confirmRun(nullptr, projectWithSecrets(true), store));
        QCOMPARE(escaped.opened(), 1);
    }

    void confirmRunListsMissingSecrets()
    {
        if (!RunSafety::ofDockerHost(QProcessEnvironment::systemEnvironment()).isEmpty())
            BERTH_SKIP_OR_FAIL(
                "DOCKER_HOST names a daemon over plain TCP: the dialog needs the checkbox");
        const QString key = QStringLiteral("arn:aws:ssm:us-east-1:1:parameter/missing");
        auto store = std::make_shared<MemorySecretStore>();
        bool hasConsent = true;
        bool runEnabled = false;
        QString secrets;
        ConfirmationWatcher missing([&](RunConfirmationDialog *d) {
            hasConsent = d->consent() != nullptr;
            runEnabled = d->runButton()->isEnabled();
            secrets = d->secretsText();
            d->reject();
        });
        QVERIFY(!confirmRun(nullptr, projectWithOneSecret(key), store));
        QCOMPARE(missing.opened(), 1);
        QVERIFY(!hasConsent);
        QVERIFY(runEnabled);
        QVERIFY2(secrets.contains(key) && secrets.contains(QStringLiteral("not set")),
                 qPrintable(secrets));

        // A failing store is reported, not fatal: the run can still start.
        store->setFailure(QStringLiteral("no keychain service is available (test)"));
        ConfirmationWatcher failing([&](RunConfirmationDialog *d) {
            secrets = d->secretsText();
            d->runButton()->click();
        });
        QVERIFY(confirmRun(nullptr, projectWithOneSecret(key), store));
        QCOMPARE(failing.opened(), 1);
        QVERIFY2(secrets.contains(QStringLiteral("no keychain service")), qPrintable(secrets));
    }

    void secretsButtonOpensTheSecretsDialog()
    {
        const QString key = QStringLiteral("arn:aws:ssm:us-east-1:1:parameter/later");
        auto store = std::make_shared<MemorySecretStore>();
        RunConfirmationDialog dialog(
            projectWithOneSecret(key),
            RunReadiness::review(projectWithOneSecret(key), QProcessEnvironment()), store);
        dialog.show();
        QTRY_VERIFY(!dialog.readiness().secretsPending());
        QCOMPARE(dialog.readiness().missing, QStringList{key});
        bool seen = false;
        QTimer::singleShot(0, [&] {
            SecretsDialog *secrets = nullptr;
            const bool shown = QTest::qWaitFor([&] {
                secrets = dialog.findChild<SecretsDialog *>();
                return secrets && secrets->isVisible() && !secrets->isBusy();
            });
            if (!secrets)
                return;
            if (!shown)
                secrets->reject();
            seen = secrets->keys() == QStringList{key};
            store->write(key, QStringLiteral("v"));
            secrets->reject();
        });
        QTest::mouseClick(dialog.secretsButton(), Qt::LeftButton);
        QVERIFY(seen);
        QTRY_VERIFY(!dialog.readiness().secretsPending());
        QVERIFY(dialog.readiness().missing.isEmpty());
        QVERIFY(dialog.secretsText().contains(QStringLiteral("are set")));
    }

    void keychainRoundTrip()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            const char *reason = "no D-Bus session with a keychain; run inside scripts/test.sh "
                                 "or dbus-run-session with an unlocked gnome-keyring";
            BERTH_SKIP_OR_FAIL(reason);
        }
        const QString key = QStringLiteral("arn:aws:ssm:us-east-1:0:parameter/berth-test/ui-%1")
                                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_keychainKeys << key;
        auto store = std::make_shared<KeychainSecretStore>();
        SecretsDialog dialog(projectWithOneSecret(key), store);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.stateText(key), QStringLiteral("not set"));

        const QString value =
            QStringLiteral("keychain-v4lue-%1").arg(QUuid::createUuid().toString());
        setThroughWidgets(dialog, key, value);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.stateText(key), QStringLiteral("set"));
        QCOMPARE(store->read(key).value, value);
        QVERIFY(!allTexts(&dialog).join(u'\n').contains(value));

        dialog.selectKey(key);
        QTest::mouseClick(dialog.findChild<QPushButton *>("deleteSecret"), Qt::LeftButton);
        auto *box = dialog.findChild<QMessageBox *>("deleteConfirmation");
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>("confirmDelete"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
        QVERIFY(store->read(key).notFound());
        QCOMPARE(dialog.stateText(key), QStringLiteral("not set"));
    }

    // Pictures of the dialogs in BERTH_SECRETS_SCREENSHOT_DIR, else in a temporary folder:
    // the drawing runs either way.
    void screenshot()
    {
        QTemporaryDir scratch;
        const QString dir = screenshotDir().isEmpty() ? scratch.path() : screenshotDir();
        auto store = std::make_shared<MemorySecretStore>();
        store->write(kDb, QStringLiteral("x"));
        SecretsDialog dialog(projectWithSecrets(), store);
        dialog.show();
        QTRY_VERIFY(!dialog.isBusy());
        dialog.selectKey(kToken);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/secretsdialog.png")));
        store->setFailure(QStringLiteral("no keychain service is available (The name "
                                         "org.freedesktop.secrets was not provided by any "
                                         ".service files); Berth needs a Secret Service such "
                                         "as gnome-keyring or KWallet on the D-Bus session bus"));
        dialog.refresh();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/secretsdialog-error.png")));
        store->setFailure({});
        dialog.selectKey(kPrivateRegistry);
        dialog.askValue(kPrivateRegistry);
        auto *ask = dialog.findChild<SecretValueDialog *>();
        QVERIFY(ask);
        QTest::keyClicks(ask->valueField(), QStringLiteral("robot:pa55word"));
        QVERIFY(ask->grab().save(dir + QStringLiteral("/secretvalue.png")));
        ask->reject();
    }

    void menuActionOpensTheDialog()
    {
        auto window = BerthTest::sampleWindow();
        QAction *action = window->actions()->secrets;
        QVERIFY(action);
        bool inDesignMenu = false;
        for (QAction *menu : window->menuBar()->actions()) {
            if (menu->menu() && menu->text().remove(u'&') == QStringLiteral("Design"))
                inDesignMenu = menu->menu()->actions().contains(action);
        }
        QVERIFY(inDesignMenu);
        action->trigger();
        auto *dialog = window->findChild<SecretsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        // The sample needs no secrets: nothing is asked of the keychain.
        QVERIFY(dialog->keys().isEmpty());
        QVERIFY(!dialog->isBusy());
        dialog->close();
    }
};

QTEST_MAIN(tst_SecretsDialog)
#include "tst_secretsdialog.moc"
