// berth lab: classroom labs from the command line: list, start, show, hint, check, solve
// (catch up) and grade.
#include "app/cli/cli.h"
#include "app/cli/clitr.h"
#include "app/cli/livetask.h"
#include "app/cli/projectloader.h"
#include "app/cli/terminalmarkdown.h"

#include "engine/labs/labactions.h"
#include "engine/labs/labchecker.h"

#include "model/labs/lab.h"
#include "model/labs/labprogress.h"
#include "model/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Berth::Cli {

using namespace Berth::Model;

namespace {

/// A lab named by its id or its folder; problems printed as validate prints them.
std::optional<Lab> loadLab(const QString &name, Output io)
{
    const QString folder = LabLoader::find(name);
    if (folder.isEmpty()) {
        io.err << Tr::tr("berth lab: there is no lab '%1'; 'berth lab list' lists them").arg(name)
               << Qt::endl;
        return std::nullopt;
    }
    const LabLoader::Result loaded = LabLoader::load(folder);
    for (const LabProblem &p : loaded.problems)
        printError(io.err, p.file, p.position, p.message);
    io.err.flush();
    if (!loaded.ok())
        return std::nullopt;
    return loaded.lab;
}

QString progressFileFor(const Lab &lab, const QString &project)
{
    return QFileInfo(project).dir().filePath(lab.id + QStringLiteral(".lab.json"));
}

QString defaultStudent()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("student") : user;
}

LabProgress progressOf(const Lab &lab, const QString &project, const QString &student)
{
    QString error;
    std::optional<LabProgress> p = LabProgress::load(progressFileFor(lab, project), &error);
    if (!p || p->lab != lab.id)
        return LabProgress::start(lab, student.isEmpty() ? defaultStudent() : student, project);
    // Steps the lab gained since the file was written.
    for (const LabStep &s : lab.steps) {
        if (!p->step(s.id)) {
            LabProgress::Step step;
            step.id = s.id;
            step.maxPoints = s.points;
            p->steps << step;
        }
    }
    if (!student.isEmpty())
        p->student = student;
    return *p;
}

bool saveProgress(const Lab &lab, const LabProgress &progress, const QString &project, Output io)
{
    QString error;
    if (progress.save(progressFileFor(lab, project), &error))
        return true;
    io.err << Tr::tr("berth lab: cannot save %1: %2").arg(progressFileFor(lab, project), error)
           << Qt::endl;
    return false;
}

QString projectOf(const CommandParser &parser, const QCommandLineOption &option, const Lab &lab)
{
    return parser.isSet(option) ? parser.value(option) : lab.id + QStringLiteral(".berth");
}

Engine::LabChecker::ApiCall liveCall(const std::optional<LiveRun> &run)
{
    if (!run || run->endpoint.isEmpty())
        return {};
    const LiveRun r = *run;
    return [r](const QString &operation, const QJsonObject &input) {
        return r.call(operation, input);
    };
}

int listLabs(Output io)
{
    const QStringList folders = LabLoader::folders();
    if (folders.isEmpty()) {
        io.err << Tr::tr("berth lab: no labs found in %1; set BERTH_LABS_DIR to a folder of "
                         "labs")
                      .arg(LabLoader::searchPath().join(QStringLiteral(", ")))
               << Qt::endl;
        return BadUsage;
    }
    for (const LabProblem &p : LabLoader::courseProblems(QFileInfo(folders.first()).path()))
        printError(io.err, p.file, p.position, p.message);
    io.err.flush();
    for (const QString &folder : folders) {
        const LabLoader::Result loaded = LabLoader::load(folder);
        if (!loaded.lab) {
            io.out << QFileInfo(folder).fileName() << '\t'
                   << Tr::tr("(does not load: 'berth lab check %1' says why)").arg(folder) << '\n';
            continue;
        }
        io.out << loaded.lab->id << '\t' << loaded.lab->title.text() << '\t'
               << Tr::tr("%n step(s)", nullptr, int(loaded.lab->steps.size())) << ", "
               << Tr::tr("%n point(s)", nullptr, loaded.lab->totalPoints()) << '\n';
    }
    io.out.flush();
    return Ok;
}

void printStep(const Lab &lab, int index, const QHash<QString, QString> &parameters, Output io)
{
    const LabStep &step = lab.steps.at(index);
    io.out << Tr::tr("Step %1 of %2: %3 (%n point(s))", nullptr, step.points)
                  .arg(index + 1)
                  .arg(lab.steps.size())
                  .arg(step.title.text())
           << "\n\n"
           << TerminalMarkdown::render(Lab::substitute(step.markdown.text(), parameters).trimmed(),
                                       TerminalMarkdown::forStandardOutput())
           << "\n";
}

} // namespace

int labCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        Tr::tr("Classroom labs: a prepared design, small steps checked against the design, its "
               "plan and what really runs, hints, catch-up and a grade for the teacher.\n"
               "  lab list                          the labs\n"
               "  lab start LAB [--dir DIR]         copy the starting design, show step 1\n"
               "  lab show LAB [STEP]               a step's instructions\n"
               "  lab hint LAB STEP                 the next hint (costs points)\n"
               "  lab check LAB [--junit FILE]      check every step, save the result\n"
               "  lab solve LAB --through STEP      catch up: apply the solutions\n"
               "  lab grade RESULT... --csv FILE    the teacher's gradebook"));
    parser.addHelpOption();
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 Tr::tr("Where 'lab start' puts the "
                                        "design (default: here)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     Tr::tr("The student's project (default: LAB.berth here)."),
                                     QStringLiteral("PROJECT"));
    const QCommandLineOption junit(QStringLiteral("junit"),
                                   Tr::tr("Also write the result as JUnit XML."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption student(QStringLiteral("student"),
                                     Tr::tr("The student's name (default: the user's); it "
                                            "chooses the lab's per-student values."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption through(QStringLiteral("through"),
                                     Tr::tr("The last step 'lab solve' completes."),
                                     QStringLiteral("STEP"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 Tr::tr("The gradebook 'lab grade' "
                                        "writes."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption noWait(QStringLiteral("no-wait"),
                                    Tr::tr("Ask each check once, without its wait."));
    parser.addOptions({dir, project, junit, student, through, csv, noWait});
    parser.addPositionalArgument(QStringLiteral("lab"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Tr::tr("list, start, show, hint, check, solve or grade."));
    parser.addPositionalArgument(QStringLiteral("LAB"), Tr::tr("The lab's id or folder."));
    if (const auto done = parseArguments(parser, arguments, "lab", io))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    if (action == QLatin1String("list"))
        return listLabs(io);
    if (action == QLatin1String("grade")) {
        const QStringList files = positional.mid(1);
        if (files.isEmpty() || !parser.isSet(csv)) {
            io.err << Tr::tr("berth lab grade: name the result files and --csv, e.g. 'berth lab "
                             "grade */*.lab.json --csv grades.csv'")
                   << Qt::endl;
            return BadUsage;
        }
        QList<LabProgress> results;
        for (const QString &file : files) {
            QString error;
            const std::optional<LabProgress> p = LabProgress::load(file, &error);
            if (!p) {
                printError(io.err, file, {}, error,
                           Tr::tr("a result is the LAB.lab.json that 'berth lab check' writes "
                                  "beside the student's project"));
                return BadUsage;
            }
            results << *p;
        }
        QSaveFile out(parser.value(csv));
        if (!out.open(QIODevice::WriteOnly) || out.write(LabProgress::gradeCsv(results)) < 0 ||
            !out.commit()) {
            io.err << Tr::tr("berth lab grade: cannot write %1: %2")
                          .arg(parser.value(csv), out.errorString())
                   << Qt::endl;
            return BadUsage;
        }
        io.out << Tr::tr("%n student(s) graded in %1", nullptr, int(results.size()))
                      .arg(parser.value(csv))
               << Qt::endl;
        return Ok;
    }
    static const QStringList actions{QStringLiteral("start"), QStringLiteral("show"),
                                     QStringLiteral("hint"), QStringLiteral("check"),
                                     QStringLiteral("solve")};
    if (!actions.contains(action) || positional.size() < 2) {
        io.err << Tr::tr("berth lab: say what to do, e.g. 'berth lab list', 'berth lab start "
                         "building-blocks' or 'berth lab check building-blocks'")
               << Qt::endl;
        return BadUsage;
    }
    const std::optional<Lab> lab = loadLab(positional.at(1), io);
    if (!lab)
        return BadUsage;
    const QString stepArgument = positional.value(2);
    int stepIndex = stepArgument.isEmpty() ? 0 : lab->stepIndex(stepArgument);
    if (stepIndex < 0) {
        bool isNumber = false;
        const int n = stepArgument.toInt(&isNumber);
        stepIndex = isNumber && n >= 1 && n <= lab->steps.size() ? n - 1 : -1;
    }
    if (stepIndex < 0) {
        QStringList ids;
        for (const LabStep &s : lab->steps)
            ids << s.id;
        io.err << Tr::tr("berth lab: '%1' has no step '%2'; its steps: %3")
                      .arg(lab->id, stepArgument, ids.join(QStringLiteral(", ")))
               << Qt::endl;
        return BadUsage;
    }

    if (action == QLatin1String("start")) {
        const QDir target(parser.isSet(dir) ? parser.value(dir) : QStringLiteral("."));
        if (!target.exists() && !QDir().mkpath(target.path())) {
            io.err << Tr::tr("berth lab start: cannot make the folder %1").arg(target.path())
                   << Qt::endl;
            return BadUsage;
        }
        const QString file = target.filePath(lab->id + QStringLiteral(".berth"));
        if (QFileInfo::exists(file)) {
            io.err << Tr::tr("berth lab start: %1 exists already: go on with it ('berth lab "
                             "check %2'), or move it away to start again")
                          .arg(file, lab->id)
                   << Qt::endl;
            return BadUsage;
        }
        if (!QFile::copy(lab->designPath(), file)) {
            io.err << Tr::tr("berth lab start: cannot copy the starting design to %1").arg(file)
                   << Qt::endl;
            return BadUsage;
        }
        QFile::setPermissions(file, QFile::permissions(file) | QFile::WriteOwner);
        LabProgress progress = progressOf(*lab, file, parser.value(student));
        if (!saveProgress(*lab, progress, file, io))
            return BadUsage;
        io.out << lab->title.text() << "\n"
               << Tr::tr("Your design: %1").arg(file) << "\n"
               << Tr::tr("The lab's files: %1").arg(QDir(lab->folder).absolutePath()) << "\n\n";
        printStep(*lab, 0, lab->parameterValues(progress.student), io);
        io.out << Tr::tr("When you are done: 'berth lab check %1 --project %2'").arg(lab->id, file)
               << Qt::endl;
        return Ok;
    }

    const QString projectFile = projectOf(parser, project, *lab);
    LabProgress progress = progressOf(*lab, projectFile, parser.value(student));
    const QHash<QString, QString> parameters = lab->parameterValues(progress.student);

    if (action == QLatin1String("show")) {
        printStep(*lab, stepIndex, parameters, io);
        io.out.flush();
        return Ok;
    }
    if (action == QLatin1String("hint")) {
        if (stepArgument.isEmpty()) {
            io.err << Tr::tr("berth lab hint: name the step, e.g. 'berth lab hint %1 %2'")
                          .arg(lab->id, lab->steps.first().id)
                   << Qt::endl;
            return BadUsage;
        }
        const LabStep &step = lab->steps.at(stepIndex);
        LabProgress::Step *record = progress.step(step.id);
        if (step.hints.isEmpty() || record->hintsUsed >= step.hints.size()) {
            io.out << (step.hints.isEmpty() ? Tr::tr("This step has no hints.")
                                            : Tr::tr("No more hints for this step."))
                   << Qt::endl;
            for (int i = 0; i < record->hintsUsed && i < step.hints.size(); ++i)
                io.out << Tr::tr("Hint %1: %2")
                              .arg(i + 1)
                              .arg(Lab::substitute(step.hints.at(i).text(), parameters))
                       << Qt::endl;
            return Ok;
        }
        ++record->hintsUsed;
        if (!saveProgress(*lab, progress, projectFile, io))
            return BadUsage;
        io.out << Tr::tr("Hint %1 of %2: %3")
                      .arg(record->hintsUsed)
                      .arg(step.hints.size())
                      .arg(Lab::substitute(step.hints.at(record->hintsUsed - 1).text(), parameters))
               << '\n'
               << Tr::tr("The step is now worth %n point(s).", nullptr,
                         lab->pointsAfterHints(step, record->hintsUsed))
               << Qt::endl;
        return Ok;
    }

    if (!QFileInfo::exists(projectFile)) {
        printError(io.err, projectFile, {}, Tr::tr("no such file"),
                   Tr::tr("'berth lab start %1' copies the lab's starting design here; "
                          "--project names a design elsewhere")
                       .arg(lab->id));
        io.err.flush();
        return BadUsage;
    }
    std::optional<ProjectData> design = loadProject(projectFile, io, "lab");
    if (!design)
        return BadUsage;
    const std::optional<LiveRun> run = liveRunOf(projectFile, *design, io, "lab");
    const Engine::LabChecker::ApiCall live = liveCall(run);

    if (action == QLatin1String("solve")) {
        if (!parser.isSet(through)) {
            io.err << Tr::tr("berth lab solve: say up to which step, e.g. --through %1")
                          .arg(lab->steps.first().id)
                   << Qt::endl;
            return BadUsage;
        }
        int last = lab->stepIndex(parser.value(through));
        if (last < 0) {
            bool isNumber = false;
            last = parser.value(through).toInt(&isNumber) - 1;
            if (!isNumber || last < 0 || last >= lab->steps.size()) {
                io.err << Tr::tr("berth lab solve: '%1' has no step '%2'")
                              .arg(lab->id, parser.value(through))
                       << Qt::endl;
                return BadUsage;
            }
        }
        for (int i = 0; i <= last; ++i) {
            const LabStep &step = lab->steps.at(i);
            // A running design writes what it changes itself (auto scaling's desired counts)
            // into the file meanwhile: edit that, not what was read before.
            if (live && i > 0) {
                if (std::optional<ProjectData> now = ProjectFile::load(projectFile).data)
                    design = std::move(now);
            }
            // A step already done is left as the student did it.
            Engine::LabChecker checker(*design, live);
            if (checker.evaluate(*lab, step, parameters, false).passed) {
                io.out << Tr::tr("step %1: done already").arg(step.id) << Qt::endl;
                continue;
            }
            const ProjectData before = *design;
            const QString problem =
                Engine::applyLabEdits(*design, step.solution, *lab, parameters, live);
            if (!problem.isEmpty()) {
                io.err << Tr::tr("berth lab solve: step %1: %2").arg(step.id, problem) << Qt::endl;
                return DesignErrors;
            }
            QString error;
            // A step solved by actions alone (load, stopTask) leaves the file to the run.
            if (*design != before && !ProjectFile::save(*design, projectFile, &error)) {
                io.err << Tr::tr("berth lab solve: cannot save %1: %2").arg(projectFile, error)
                       << Qt::endl;
                return BadUsage;
            }
            progress.step(step.id)->caughtUp = true;
            io.out << Tr::tr("step %1: caught up (no points for it)").arg(step.id) << Qt::endl;
        }
        return saveProgress(*lab, progress, projectFile, io) ? Ok : BadUsage;
    }

    // check
    bool allPassed = true;
    bool waiting = !parser.isSet(noWait);
    progress.checkedAt = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < lab->steps.size(); ++i) {
        const LabStep &step = lab->steps.at(i);
        QElapsedTimer timer;
        timer.start();
        Engine::LabChecker checker(*design, live);
        const Engine::LabStepOutcome outcome = checker.evaluate(*lab, step, parameters, waiting);
        progress.record(*lab, step.id, outcome.passed, outcome.message, timer.elapsed() / 1000.0);
        const LabProgress::Step *record = progress.step(step.id);
        if (outcome.passed) {
            io.out << Tr::tr("PASS  %1. %2 (%3/%4)")
                          .arg(i + 1)
                          .arg(step.title.text())
                          .arg(record->points)
                          .arg(record->maxPoints)
                   << '\n';
        } else {
            io.out << Tr::tr("FAIL  %1. %2: %3").arg(i + 1).arg(step.title.text(), outcome.message)
                   << '\n';
            // Later steps build on this one: no use waiting for them.
            waiting = false;
            allPassed = false;
        }
    }
    io.out << Tr::tr("%1 of %2 points").arg(progress.total()).arg(progress.maxTotal()) << Qt::endl;
    if (!saveProgress(*lab, progress, projectFile, io))
        return BadUsage;
    if (parser.isSet(junit)) {
        QSaveFile out(parser.value(junit));
        if (!out.open(QIODevice::WriteOnly) || out.write(progress.toJUnit()) < 0 || !out.commit()) {
            io.err << Tr::tr("berth lab check: cannot write %1: %2")
                          .arg(parser.value(junit), out.errorString())
                   << Qt::endl;
            return BadUsage;
        }
    }
    return allPassed ? Ok : DesignErrors;
}

} // namespace Berth::Cli
