#include "ui/editors/taskdefinitionjsoneditor.h"

#include "model/ecsjson.h"
#include "model/project.h"
#include "model/validation/validator.h"
#include "ui/canvas/autolayout.h"
#include "ui/commands/projecteditor.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Berth::Gui {

namespace {

constexpr int kLineRole = Qt::UserRole + 1;
constexpr int kColumnRole = Qt::UserRole + 2;

} // namespace

TaskDefinitionJsonEditor::TaskDefinitionJsonEditor(ProjectEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_code(new CodeEditor(this)),
      m_findings(new QListWidget(this)), m_state(new QLabel(this)),
      m_save(new QPushButton(tr("Save as new revision"), this)),
      m_revert(new QPushButton(tr("Revert"), this))
{
    m_code->setObjectName(QStringLiteral("json"));
    m_findings->setObjectName(QStringLiteral("jsonFindings"));
    m_findings->setMaximumHeight(110);
    m_save->setObjectName(QStringLiteral("saveRevision"));
    m_revert->setObjectName(QStringLiteral("revertJson"));
    m_state->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_code, 1);
    layout->addWidget(m_findings);
    layout->addLayout(buttons);

    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &TaskDefinitionJsonEditor::validateNow);
    connect(m_code, &QPlainTextEdit::textChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(m_save, &QPushButton::clicked, this, &TaskDefinitionJsonEditor::saveAsNewRevision);
    connect(m_revert, &QPushButton::clicked, this, &TaskDefinitionJsonEditor::reloadFromModel);
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_code->goTo(item->data(kLineRole).toInt(), item->data(kColumnRole).toInt());
    });
    // An undo or a form edit changes the revision: follow it unless the user is typing.
    connect(editor->project(), &Model::Project::changed, this, [this] {
        if (!isDirty())
            reloadFromModel();
    });
}

void TaskDefinitionJsonEditor::showRevision(const QString &family, int revision)
{
    m_family = family;
    m_revision = revision;
    reloadFromModel();
}

void TaskDefinitionJsonEditor::reloadFromModel()
{
    const Model::ProjectData &data = m_editor->data();
    const Model::TaskDefinition *td =
        m_revision > 0 ? data.taskDefinition(QStringLiteral("%1:%2").arg(m_family).arg(m_revision))
                       : data.latestRevision(m_family);
    if (!td)
        td = data.latestRevision(m_family);
    const QString text =
        td ? QString::fromUtf8(QJsonDocument(Model::EcsJson::exportTaskDefinition(*td))
                                   .toJson(QJsonDocument::Indented))
           : QString();
    m_loadedText = text;
    if (m_code->toPlainText() != text)
        m_code->setPlainText(text);
    validateNow();
}

bool TaskDefinitionJsonEditor::isDirty() const
{
    return m_code->toPlainText() != m_loadedText;
}

void TaskDefinitionJsonEditor::validateNow()
{
    m_timer.stop();
    const QByteArray text = m_code->toPlainText().toUtf8();
    QList<CodeEditor::Marker> markers;
    const auto mark = [&](Model::TextPosition p, bool error, const QString &message) {
        markers << CodeEditor::Marker{std::max(1, p.line), std::max(1, p.column), error, message};
    };
    const Model::EcsJson::ImportResult parsed = Model::EcsJson::parseTaskDefinition(text);
    if (!parsed.error.isEmpty()) {
        mark(parsed.position, true, parsed.error);
    } else {
        for (const Model::JsonIssue &issue : parsed.issues) {
            mark(Model::JsonText::locate(text, issue.path), true,
                 issue.hint.isEmpty() ? issue.message : issue.message + u'\n' + issue.hint);
        }
        const Model::Diagnostics diagnostics =
            Model::Validator::validateTaskDefinition(Model::TaskDefinition(parsed.definition));
        for (const Model::Diagnostic &d : diagnostics) {
            if (d.severity == Model::Diagnostic::Severity::Info)
                continue;
            mark(Model::JsonText::locate(text, d.path), d.isError(),
                 d.hint.isEmpty() ? d.message : d.message + u'\n' + d.hint);
        }
    }
    std::sort(markers.begin(), markers.end(), [](const auto &a, const auto &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    m_code->setMarkers(markers);

    m_findings->clear();
    m_errors = 0;
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const CodeEditor::Marker &m : std::as_const(markers)) {
        auto *item = new QListWidgetItem(
            m.error ? errorIcon : warningIcon,
            tr("%1:%2: %3").arg(m.line).arg(m.column).arg(m.message.section(u'\n', 0, 0)),
            m_findings);
        item->setToolTip(m.message);
        item->setData(kLineRole, m.line);
        item->setData(kColumnRole, m.column);
        m_errors += m.error ? 1 : 0;
    }
    m_findings->setVisible(!markers.isEmpty());

    const bool dirty = isDirty();
    const Model::TaskDefinition *latest = m_editor->data().latestRevision(m_family);
    const int next = latest ? latest->revision() + 1 : 1;
    m_save->setText(tr("Save as revision %1").arg(next));
    m_save->setEnabled(dirty && m_errors == 0);
    m_save->setToolTip(m_errors ? tr("Fix the errors first: ECS would refuse this definition.")
                                : tr("Registers the text as revision %1 of its family.").arg(next));
    m_revert->setEnabled(dirty);
    if (m_errors)
        m_state->setText(tr("%n error(s)", nullptr, m_errors));
    else if (dirty)
        m_state->setText(tr("Unsaved changes"));
    else
        m_state->setText(m_revision > 0 ? tr("Revision %1").arg(m_revision)
                                        : tr("Latest revision"));
}

void TaskDefinitionJsonEditor::goToPath(const QString &path)
{
    const Model::TextPosition p = Model::JsonText::locate(m_code->toPlainText().toUtf8(), path);
    if (p.isValid())
        m_code->goTo(p.line, p.column);
}

bool TaskDefinitionJsonEditor::saveAsNewRevision()
{
    validateNow();
    if (m_errors > 0)
        return false;
    const Model::EcsJson::ImportResult parsed =
        Model::EcsJson::parseTaskDefinition(m_code->toPlainText().toUtf8());
    if (!parsed.ok())
        return false;
    QString key;
    m_editor->edit(tr("Register a new revision of %1")
                       .arg(parsed.definition.value(QStringLiteral("family")).toString()),
                   [&](Model::ProjectData &d) {
                       const QString family =
                           parsed.definition.value(QStringLiteral("family")).toString();
                       const bool newFamily = !d.latestRevision(family);
                       key = d.registerTaskDefinition(parsed.definition);
                       if (newFamily)
                           AutoLayout::placeTaskDefinition(d, family);
                   });
    const qsizetype colon = key.lastIndexOf(u':');
    m_family = key.left(colon);
    m_revision = key.mid(colon + 1).toInt();
    reloadFromModel();
    Q_EMIT revisionSaved(m_family, m_revision);
    return true;
}

} // namespace Berth::Gui
