#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Berth::Gui {

/// The language Berth speaks: English (the source texts) or Japanese (berth_ja.qm, embedded
/// under :/i18n, with Qt's own qtbase_ja.qm from Qt's translations folder). Chosen, in this
/// order, by `--lang CODE`, BERTH_LANG, the View > Language setting, and the system locale.
/// install() runs before any widget exists; a choice from the menu applies at the next start.
class Language final
{
public:
    static QStringList codes(); ///< "en", "ja"
    static QString nativeName(const QString &code);

    /// Removes `--lang CODE` or `--lang=CODE` from \a arguments and returns CODE (empty if absent).
    static QString takeOption(QStringList *arguments);
    /// The language to use: \a option, else BERTH_LANG, else the saved setting, else the system's.
    static QString choose(const QString &option);
    /// BERTH_LANG's language, if it names one.
    static QString environment();
    /// The saved choice from View > Language (empty: follow BERTH_LANG and the system).
    static QString saved();
    static void save(const QString &code);

    /// Sets the default locale and installs Berth's and Qt's translators for \a code.
    /// Returns false when \a code is not a language Berth has.
    static bool install(QCoreApplication *app, const QString &code);
    /// The language install() made current ("en" before any call).
    static QString current();

    /// \a text with its plural markers ("task(s)", "policy(ies)") read for a count of \a n:
    /// "task"/"policy" for one, "tasks"/"policies" otherwise. Empty when \a text has none.
    /// English's translator answers counted texts with this.
    static QString englishPlural(const QString &text, int n);

    /// With Japanese, the families that draw kanji in their Japanese forms, first found first.
    static QStringList fontFamilies(const QString &code);
    /// Sets the application font's families for the current language (needs a QGuiApplication).
    static void applyFont();
};

} // namespace Berth::Gui
