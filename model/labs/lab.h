#pragma once

#include "model/jsontext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Berth::Model {

/// A text a lab gives in both of Berth's languages.
struct LabText
{
    QString en;
    QString ja;
    /// The text in the language Berth speaks now (QLocale's default), English when absent.
    QString text() const;
};

/// One step of a lab: what to do (Markdown per language), how Berth checks it, the hints,
/// and the solution that completes it (used by catch-up and by the lab's tests).
struct LabStep
{
    QString id;
    LabText title;
    int points = 10;
    LabText markdown; ///< steps/ID.en.md and steps/ID.ja.md
    QList<LabText> hints;
    QList<QJsonObject> checks;   ///< declarative predicates, see docs/labs.md
    QList<QJsonObject> solution; ///< design edits and actions, in order
    QList<QJsonArray> mistakes;  ///< wrong attempts (edits) the step's check must refuse
};

/// A per-student value: a whole number in [min, max] derived from the student's name.
struct LabParameter
{
    QString name;
    int min = 0;
    int max = 0;
};

/// A classroom lab: a folder with lab.json, the starting design and a Markdown file per
/// step and language.
struct Lab
{
    QString folder;
    QString id;
    int version = 1;
    LabText title;
    QString design;           ///< the starting design, relative to the folder
    int hintCostPercent = 25; ///< each hint used takes this share of the step's points
    QList<LabParameter> parameters;
    QList<LabStep> steps;

    QString designPath() const;
    int totalPoints() const;
    int stepIndex(const QString &stepId) const; ///< -1 when there is none
    /// The points a step scores after \a hintsUsed hints.
    int pointsAfterHints(const LabStep &step, int hintsUsed) const;

    /// Each parameter's value for a student: the same name gives the same values, and
    /// neighbours' values differ.
    QHash<QString, QString> parameterValues(const QString &student) const;
    /// Replaces {{NAME}} in every string of \a value; a string that is only "{{NAME}}" of
    /// a number parameter becomes that number.
    static QJsonValue substitute(const QJsonValue &value, const QHash<QString, QString> &values);
    static QString substitute(QString text, const QHash<QString, QString> &values);
};

/// A problem with a lab's files, placed like `berth validate` places them.
struct LabProblem
{
    QString file;
    TextPosition position;
    QString message;
};

/// Reads a lab folder and checks everything a teacher can get wrong in it: the manifest's
/// members and types, both languages of every text, the Markdown files, the starting design,
/// the check kinds and the solution edits.
class LabLoader
{
public:
    struct Result
    {
        std::optional<Lab> lab;
        QList<LabProblem> problems;
        bool ok() const { return lab.has_value() && problems.isEmpty(); }
    };

    static Result load(const QString &folder);

    /// Where the labs that come with Berth are: BERTH_LABS_DIR, the installed share folder
    /// beside the executable, or the source tree's resources/labs for a build not installed.
    static QStringList searchPath();
    /// The lab folders (those with a lab.json) of the first folder of searchPath() that has any.
    static QStringList folders();
    /// The lab folders in \a root: first in the order its course.txt names them (one folder
    /// name a line, `#` starts a comment), then the others by name.
    static QStringList folders(const QString &root);
    /// The lines of \a root's course.txt that name no lab folder there.
    static QList<LabProblem> courseProblems(const QString &root);
    /// A lab named by its id (among folders()) or by its folder; empty when none.
    static QString find(const QString &name);

    /// The check kinds a lab may use.
    static QStringList checkKinds();
    /// Check kinds that ask the running design.
    static bool isLiveCheck(const QJsonObject &check);
};

} // namespace Berth::Model
