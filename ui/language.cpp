#include "ui/language.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

#include <cstring>

namespace Berth::Gui {

namespace {

const char settingsKey[] = "language";

QString &currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

// What install() added, so that another install() replaces it (a test switches languages).
QList<QTranslator *> &installedTranslators()
{
    static QList<QTranslator *> translators;
    return translators;
}

// "ja", "ja_JP", "ja-JP.UTF-8", "Japanese" and "日本語" all mean Japanese.
QString normalized(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v.isEmpty())
        return {};
    if (v.startsWith(QLatin1String("ja")) || v == QString::fromUtf8("日本語"))
        return QStringLiteral("ja");
    if (v.startsWith(QLatin1String("en")) || v == QLatin1String("c") || v == QLatin1String("posix"))
        return QStringLiteral("en");
    return v;
}

QString systemCode()
{
    for (const QString &language : QLocale::system().uiLanguages()) {
        const QString code = normalized(language);
        if (Language::codes().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

// English plurals for the source texts: "%n task(s)" reads "1 task" and "3 tasks",
// "%n policy(ies)" "1 policy" and "2 policies". Only texts with a count (tr's n) are
// answered; every other text falls through to the source, as without a translator.
class EnglishPlurals final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (n < 0 || !sourceText || !std::strstr(sourceText, "("))
            return {};
        return Language::englishPlural(QString::fromUtf8(sourceText), n);
    }

    bool isEmpty() const override { return false; }
};

} // namespace

QString Language::englishPlural(const QString &text, int n)
{
    static const QRegularExpression marker(QStringLiteral("([A-Za-z]+)\\((s|es|ies)\\)"));
    QString out;
    qsizetype from = 0;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        QString word = m.captured(1);
        if (n != 1) {
            const QString ending = m.captured(2);
            if (ending == QLatin1String("ies") && word.endsWith(u'y'))
                word.chop(1);
            word += ending;
        }
        out += word;
        from = m.capturedEnd();
    }
    if (from == 0)
        return {};
    return out + text.mid(from);
}

QStringList Language::codes()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString Language::nativeName(const QString &code)
{
    // Each language names itself, so a learner finds their own whatever is showing now.
    if (code == QLatin1String("ja"))
        return QString::fromUtf8("日本語");
    return QStringLiteral("English");
}

QString Language::takeOption(QStringList *arguments)
{
    QString code;
    for (int i = 1; i < arguments->size();) {
        const QString a = arguments->at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments->size()) {
            code = arguments->at(i + 1);
            arguments->remove(i, 2);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            code = a.mid(7);
            arguments->remove(i);
        } else {
            ++i;
        }
    }
    return normalized(code);
}

QString Language::choose(const QString &option)
{
    for (const QString &candidate : {normalized(option), environment(), saved()}) {
        if (codes().contains(candidate))
            return candidate;
    }
    return systemCode();
}

QString Language::environment()
{
    return normalized(qEnvironmentVariable("BERTH_LANG"));
}

QString Language::saved()
{
    return normalized(QSettings().value(QLatin1String(settingsKey)).toString());
}

void Language::save(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(settingsKey));
    else
        settings.setValue(QLatin1String(settingsKey), code);
}

bool Language::install(QCoreApplication *app, const QString &code)
{
    if (!codes().contains(code))
        return false;
    currentCode() = code;
    for (QTranslator *t : std::as_const(installedTranslators())) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installedTranslators().clear();
    const QLocale locale(code == QLatin1String("ja") ? QLocale::Japanese : QLocale::English,
                         code == QLatin1String("ja") ? QLocale::Japan : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (code == QLatin1String("en")) {
        auto *plurals = new EnglishPlurals(app);
        app->installTranslator(plurals);
        installedTranslators() = {plurals};
        return true;
    }
    // Owned by the application, so they live as long as the texts they translate.
    auto *berth = new QTranslator(app);
    if (berth->load(locale, QStringLiteral("berth"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app->installTranslator(berth);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    installedTranslators() = {berth, qt};
    return true;
}

QString Language::current()
{
    return currentCode();
}

QStringList Language::fontFamilies(const QString &code)
{
    if (code != QLatin1String("ja"))
        return {};
    // Han characters share code points with Chinese; without a Japanese family fontconfig may
    // pick one that draws Chinese forms. Noto Sans CJK JP is what the Debian package
    // recommends; the others are smaller fonts that classroom and CI machines carry.
    // Proportional faces first: the monospaced ones (IPAGothic, VL Gothic) set Latin text
    // wide.
    return {QStringLiteral("Noto Sans CJK JP"), QStringLiteral("IPAexGothic"),
            QStringLiteral("IPAPGothic"),       QStringLiteral("VL PGothic"),
            QStringLiteral("TakaoPGothic"),     QStringLiteral("IPAGothic"),
            QStringLiteral("VL Gothic")};
}

void Language::applyFont()
{
    static const QStringList platformFamilies = QApplication::font().families().isEmpty()
                                                    ? QStringList{QApplication::font().family()}
                                                    : QApplication::font().families();
    QStringList families;
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : fontFamilies(currentCode())) {
        if (installed.contains(family))
            families << family;
    }
    QFont font = QApplication::font();
    font.setFamilies(families + platformFamilies);
    QApplication::setFont(font);
}

} // namespace Berth::Gui
