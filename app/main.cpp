#include "app/cli/cli.h"
#include "ui/files/documentcontroller.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/run/runmode.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Berth's own debug output only when asked for (QT_LOGGING_RULES overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("berth.*.debug=false"));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // --lang CODE is for every command and the window alike; the commands never see it.
    const QString langOption = Berth::Gui::Language::takeOption(&arguments);

    // Only what names the window opens it: a mistyped command fails here, with no display.
    if (!Berth::Cli::wantsWindow(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Berth"));
        QCoreApplication::setOrganizationName(QStringLiteral("Berth"));
        Berth::Gui::Language::install(&app, Berth::Gui::Language::choose(langOption));
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = Berth::Cli::dispatch(arguments, {out, err});
        if (code >= 0)
            return code;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Berth"));
    QApplication::setOrganizationName(QStringLiteral("Berth"));
    QApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.berth.Berth"));
    Berth::Gui::Language::install(&app, Berth::Gui::Language::choose(langOption));
    Berth::Gui::Language::applyFont();
    // A first launch (no settings saved yet) opens on the start page: samples and labs.
    const bool firstLaunch = QSettings().allKeys().isEmpty();
    Berth::Gui::MainWindow window;
    const QStringList &args = arguments;
    bool opened = false;
    for (int i = 1; i < args.size(); ++i) {
        if (!args.at(i).startsWith(u'-')) {
            opened = window.openFile(args.at(i));
            break;
        }
    }
    window.show();
    // berth PROJECT --run: the window runs the design at once (demonstrations, classes).
    if (opened && args.contains(QStringLiteral("--run")))
        QTimer::singleShot(0, &window, [&window] { window.runMode()->start(); });
    if (firstLaunch && !opened)
        QTimer::singleShot(0, &window, [&window] { window.showLabs(true); });
    // After a crash, offer the autosaved changes once the window is up.
    QTimer::singleShot(0, &window, [&window] { window.documents()->offerRecovery(); });
    return app.exec();
}
