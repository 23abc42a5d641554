#include "ui/labs/labpanel.h"

#include "ui/commands/projecteditor.h"

#include "engine/api/apicredentials.h"
#include "engine/api/runregistry.h"
#include "engine/labs/labactions.h"
#include "engine/labs/labchecker.h"
#include "engine/secrets/keychainsecretstore.h"

#include "model/project.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

namespace Berth::Gui {

namespace {

/// The run's ECS API as the checks call it, when the project runs (in this window or in
/// `berth run`); empty otherwise. Reads the keychain: call it off the GUI thread.
Engine::LabChecker::ApiCall liveRunOf(const QString &projectFile, const QString &region)
{
    const std::optional<QString> endpoint = Engine::RunRegistry::endpointOf(projectFile);
    if (!endpoint)
        return {};
    Engine::KeychainSecretStore store;
    QString problem;
    const Engine::ApiCredentials keys = Engine::ApiCredentials::loadOrCreate(store, &problem);
    if (!keys.isValid())
        return {};
    return [endpoint = *endpoint, keys, region](const QString &op, const QJsonObject &in) {
        return Engine::callEcsApi(endpoint, op, in, keys.accessKeyId, keys.secretAccessKey, region);
    };
}

} // namespace

LabPanel::LabPanel(ProjectEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_title(new QLabel(this)), m_steps(new QListWidget(this)),
      m_text(new QTextBrowser(this)), m_hints(new QLabel(this)), m_result(new QLabel(this)),
      m_points(new QProgressBar(this)), m_check(new QPushButton(tr("&Check"), this)),
      m_hint(new QPushButton(tr("&Hint"), this)),
      m_catchUp(new QPushButton(tr("Catch &up..."), this)),
      m_save(new QPushButton(tr("&Save Result..."), this))
{
    setObjectName(QStringLiteral("labPanel"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_steps->setObjectName(QStringLiteral("labSteps"));
    m_steps->setMaximumHeight(110);
    m_text->setObjectName(QStringLiteral("labText"));
    m_text->setOpenExternalLinks(true);
    m_hints->setWordWrap(true);
    m_hints->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_points->setFormat(tr("%v of %m points"));
    m_check->setToolTip(tr("Check every step against the design and, where a step asks, the "
                           "running design"));
    m_hint->setToolTip(tr("Show the next hint for this step; each hint lowers its points"));
    m_catchUp->setToolTip(tr("Apply the solutions up to this step; those steps score no points"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_check, m_hint, m_catchUp, m_save})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_steps);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_hints);
    layout->addWidget(m_result);
    layout->addWidget(m_points);
    layout->addLayout(buttons);

    connect(m_steps, &QListWidget::currentRowChanged, this, &LabPanel::showStep);
    connect(m_check, &QPushButton::clicked, this, &LabPanel::check);
    connect(m_hint, &QPushButton::clicked, this, &LabPanel::showHint);
    connect(m_catchUp, &QPushButton::clicked, this, [this] { catchUp(); });
    connect(m_save, &QPushButton::clicked, this, &LabPanel::saveResult);
    setBusy(false);
    refresh();
}

LabPanel::~LabPanel()
{
    if (m_worker)
        m_worker->wait();
}

int LabPanel::currentStep() const
{
    return m_steps->currentRow();
}

void LabPanel::setLab(const Model::Lab &lab, const QString &projectFile, const QString &student)
{
    m_lab = lab;
    m_projectFile = projectFile;
    const QString resultFile =
        QFileInfo(projectFile).dir().filePath(lab.id + QStringLiteral(".lab.json"));
    QString error;
    std::optional<Model::LabProgress> saved = Model::LabProgress::load(resultFile, &error);
    m_progress = saved && saved->lab == lab.id && saved->steps.size() == lab.steps.size()
                     ? *saved
                     : Model::LabProgress::start(lab, student, projectFile);
    if (!student.isEmpty())
        m_progress.student = student;
    m_parameters = lab.parameterValues(m_progress.student);
    m_title->setText(lab.title.text());
    m_steps->clear();
    for (const Model::LabStep &s : lab.steps)
        m_steps->addItem(s.title.text());
    int first = 0;
    while (first < m_progress.steps.size() - 1 && m_progress.steps.at(first).passed)
        ++first;
    m_steps->setCurrentRow(first);
    saveProgress();
    refresh();
}

void LabPanel::showStep(int index)
{
    if (!m_lab || index < 0 || index >= m_lab->steps.size())
        return;
    const Model::LabStep &step = m_lab->steps.at(index);
    m_text->document()->setMarkdown(Model::Lab::substitute(step.markdown.text(), m_parameters));
    QStringList shown;
    const int used = m_progress.steps.at(index).hintsUsed;
    for (int i = 0; i < used && i < step.hints.size(); ++i)
        shown << tr("Hint %1: %2")
                     .arg(i + 1)
                     .arg(Model::Lab::substitute(step.hints.at(i).text(), m_parameters));
    m_hints->setText(shown.join(u'\n'));
    m_hints->setVisible(!shown.isEmpty());
    const Model::LabProgress::Step &record = m_progress.steps.at(index);
    m_result->setText(!record.checked ? QString()
                      : record.passed ? tr("Passed: %n point(s).", nullptr, record.points)
                                      : record.message);
    refresh();
}

void LabPanel::refresh()
{
    const bool has = m_lab.has_value();
    setEnabled(has);
    if (!has) {
        m_title->setText(tr("No lab in progress: Help > Labs... starts one."));
        return;
    }
    for (int i = 0; i < m_steps->count(); ++i) {
        const Model::LabProgress::Step &s = m_progress.steps.at(i);
        const QString mark = !s.checked ? QStringLiteral("○")
                             : s.passed ? QStringLiteral("✓")
                                        : QStringLiteral("✗");
        m_steps->item(i)->setText(
            QStringLiteral("%1  %2. %3").arg(mark).arg(i + 1).arg(m_lab->steps.at(i).title.text()));
    }
    m_points->setMaximum(std::max(1, m_progress.maxTotal()));
    m_points->setValue(m_progress.total());
    const int index = currentStep();
    m_hint->setEnabled(!m_worker && index >= 0 &&
                       m_progress.steps.at(index).hintsUsed < m_lab->steps.at(index).hints.size());
}

void LabPanel::setBusy(bool busy)
{
    for (QPushButton *b : {m_check, m_catchUp, m_save})
        b->setEnabled(!busy);
    if (busy)
        m_result->setText(tr("Checking..."));
}

void LabPanel::runOffThread(std::function<void()> work, std::function<void()> done)
{
    setBusy(true);
    m_worker = QThread::create([this, work = std::move(work), done = std::move(done)] {
        work();
        QMetaObject::invokeMethod(
            this,
            [this, done] {
                m_worker->deleteLater();
                m_worker = nullptr;
                setBusy(false);
                done();
            },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

void LabPanel::saveProgress()
{
    if (!m_lab)
        return;
    m_progress.save(
        QFileInfo(m_projectFile).dir().filePath(m_lab->id + QStringLiteral(".lab.json")), nullptr);
}

void LabPanel::check()
{
    if (!m_lab || m_worker)
        return;
    const Model::Lab lab = *m_lab;
    const Model::ProjectData design = m_editor->data();
    const QString file = m_projectFile;
    const QHash<QString, QString> parameters = m_parameters;
    const int selected = currentStep();
    auto passed = std::make_shared<QList<bool>>();
    auto messages = std::make_shared<QStringList>();
    runOffThread(
        [=] {
            const Engine::LabChecker::ApiCall live = liveRunOf(file, design.region);
            for (qsizetype i = 0; i < lab.steps.size(); ++i) {
                Engine::LabChecker checker(design, live);
                const Engine::LabStepOutcome o =
                    checker.evaluate(lab, lab.steps.at(i), parameters, i == selected);
                *passed << o.passed;
                *messages << o.message;
            }
        },
        [this, passed, messages] { applyOutcomes(*passed, *messages); });
}

void LabPanel::applyOutcomes(const QList<bool> &passed, const QStringList &messages)
{
    if (!m_lab)
        return;
    m_progress.checkedAt = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < passed.size() && i < m_lab->steps.size(); ++i)
        m_progress.record(*m_lab, m_lab->steps.at(i).id, passed.at(i), messages.at(i), 0);
    saveProgress();
    int next = currentStep();
    if (next >= 0 && passed.value(next) && next + 1 < m_steps->count())
        ++next;
    if (next != currentStep())
        m_steps->setCurrentRow(next);
    else
        showStep(next);
    if (!passed.contains(false))
        m_result->setText(tr("Every step passes: %1 of %2 points. Save the result for your "
                             "teacher.")
                              .arg(m_progress.total())
                              .arg(m_progress.maxTotal()));
    refresh();
    emit checked();
}

void LabPanel::showHint()
{
    const int index = currentStep();
    if (!m_lab || index < 0)
        return;
    Model::LabProgress::Step &record = m_progress.steps[index];
    if (record.hintsUsed >= m_lab->steps.at(index).hints.size())
        return;
    ++record.hintsUsed;
    saveProgress();
    showStep(index);
}

void LabPanel::catchUp(bool confirmed)
{
    const int through = currentStep();
    if (!m_lab || through < 0 || m_worker)
        return;
    if (!confirmed &&
        QMessageBox::question(
            this, tr("Catch Up"),
            tr("Apply the solutions of steps 1 to %1 that do not pass yet? They change the "
               "design (Undo takes the change back) and those steps score no points.")
                .arg(through + 1)) != QMessageBox::Yes)
        return;
    const Model::Lab lab = *m_lab;
    const Model::ProjectData before = m_editor->data();
    const QString file = m_projectFile;
    const QHash<QString, QString> parameters = m_parameters;
    auto after = std::make_shared<Model::ProjectData>(before);
    auto solved = std::make_shared<QStringList>();
    auto problem = std::make_shared<QString>();
    runOffThread(
        [=] {
            const Engine::LabChecker::ApiCall live = liveRunOf(file, before.region);
            for (int i = 0; i <= through && problem->isEmpty(); ++i) {
                const Model::LabStep &step = lab.steps.at(i);
                if (Engine::LabChecker(*after, live).evaluate(lab, step, parameters, false).passed)
                    continue;
                *problem = Engine::applyLabEdits(*after, step.solution, lab, parameters, live);
                *solved << step.id;
            }
        },
        [this, before, after, solved, problem] {
            if (!problem->isEmpty()) {
                m_result->setText(tr("Catch up stopped: %1").arg(*problem));
                return;
            }
            // Steps solved by actions alone (load, stopTask) leave the design to the run,
            // whose own edits (auto scaling's desired counts) came in meanwhile.
            if (*after != before)
                m_editor->replace(tr("Catch Up"), *after);
            for (const QString &id : std::as_const(*solved))
                m_progress.step(id)->caughtUp = true;
            saveProgress();
            m_result->setText(
                tr("Caught up: %n step(s) completed for you.", nullptr, int(solved->size())));
            refresh();
            emit caughtUp();
        });
}

void LabPanel::saveResult()
{
    if (!m_lab)
        return;
    const QString suggested =
        QFileInfo(m_projectFile)
            .dir()
            .filePath(QStringLiteral("%1-%2.lab.json").arg(m_lab->id, m_progress.student));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Lab Result"), suggested,
                                                      tr("Lab results (*.lab.json)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!m_progress.save(file, &error))
        QMessageBox::warning(this, tr("Save Lab Result"),
                             tr("The result could not be saved to %1: %2. Choose another "
                                "folder.")
                                 .arg(file, error));
}

} // namespace Berth::Gui
