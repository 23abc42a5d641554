#pragma once

#include "model/labs/lab.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Berth::Model {

/// A student's progress in a lab and, once checked, the result a teacher collects: the file
/// LAB.lab.json beside the student's project. Hints used and steps caught up are recorded as
/// they happen; each check records the step's outcome and points.
struct LabProgress
{
    struct Step
    {
        QString id;
        bool checked = false;
        bool passed = false;
        bool caughtUp = false; ///< completed by `berth lab solve`: no points
        int hintsUsed = 0;
        int points = 0;
        int maxPoints = 0;
        QString message;    ///< why it failed, in the language of the check
        double seconds = 0; ///< how long the check took
    };

    static constexpr const char *kFormat = "berth-lab-result";

    QString lab;
    int labVersion = 1;
    QString student;
    QString project;
    QDateTime checkedAt;
    QList<Step> steps;

    /// A fresh progress for the lab: every step unchecked, no hints used.
    static LabProgress start(const Lab &lab, const QString &student, const QString &project);
    Step *step(const QString &id);
    const Step *step(const QString &id) const;
    int total() const;
    int maxTotal() const;
    int hintsUsed() const;
    /// Records a check's outcome and the points it earns (hints and catch-up counted).
    void record(const Lab &lab, const QString &stepId, bool passed, const QString &message,
                double seconds);

    QByteArray toJson() const;
    /// Reads a result file; \a error says why it could not.
    static std::optional<LabProgress> fromJson(const QByteArray &json, QString *error);
    static std::optional<LabProgress> load(const QString &file, QString *error);
    bool save(const QString &file, QString *error) const;

    /// JUnit XML (the JUnit 4 schema): one testsuite for the lab, one testcase per step with
    /// classname = the lab's id; a failure carries its message in the attribute and the text.
    QByteArray toJUnit() const;

    /// A teacher's gradebook: one row per result (student), one column per step, then the
    /// hints used and the total.
    static QByteArray gradeCsv(const QList<LabProgress> &results);
};

} // namespace Berth::Model
