#include "ui/run/logspanel.h"

#include "engine/runtime/containerruntime.h"
#include "engine/runtime/runsession.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Berth::Gui {

LogsPanel::LogsPanel(QWidget *parent)
    : QWidget(parent), m_containers(new QComboBox(this)), m_state(new QLabel(this)),
      m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("logsPanel"));
    m_text->setObjectName(QStringLiteral("logs"));
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(5000);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_containers->setObjectName(QStringLiteral("logsContainer"));
    m_containers->setMinimumContentsLength(24);
    auto *top = new QHBoxLayout;
    top->addWidget(m_containers);
    top->addWidget(m_state, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_text);
    m_flush.setInterval(200);
    connect(&m_flush, &QTimer::timeout, this, &LogsPanel::flush);
    connect(m_containers, &QComboBox::activated, this, [this] {
        startStream(m_containers->currentData().toString(), m_containers->currentText());
    });
    m_state->setText(tr("Choose a task to follow its containers' output."));
}

LogsPanel::~LogsPanel() = default;

void LogsPanel::follow(const Engine::Task &task, const QString &container)
{
    m_containers->clear();
    int chosen = 0;
    for (const Engine::ContainerState &c : task.containers) {
        if (c.dockerId.isEmpty())
            continue;
        if (c.name == container)
            chosen = m_containers->count();
        m_containers->addItem(tr("%1 of task %2").arg(c.name, task.id.left(8)), c.dockerId);
    }
    if (m_containers->count() == 0) {
        stop();
        m_state->setText(tr("Task %1 has no container yet.").arg(task.id.left(8)));
        return;
    }
    m_containers->setCurrentIndex(chosen);
    startStream(m_containers->currentData().toString(), m_containers->currentText());
}

void LogsPanel::stop()
{
    m_stream.reset(); // cancels and joins its thread
    m_flush.stop();
    m_dockerId.clear();
}

QString LogsPanel::text() const
{
    return m_text->toPlainText() + m_pending;
}

void LogsPanel::startStream(const QString &dockerId, const QString &label)
{
    if (dockerId == m_dockerId && m_stream)
        return;
    stop();
    m_text->clear();
    m_pending.clear();
    if (!m_session || dockerId.isEmpty())
        return;
    m_stream = m_session->followLogs(dockerId);
    if (!m_stream)
        return;
    m_dockerId = dockerId;
    connect(m_stream.get(), &Engine::LogFollower::output, this,
            [this](const QString &text) { m_pending += text; });
    connect(m_stream.get(), &Engine::LogFollower::ended, this,
            [this, label](const QString &error) {
                flush();
                m_state->setText(!error.isEmpty()
                                     ? tr("%1: %2").arg(label, error)
                                     : tr("%1 has stopped; its output ends here.").arg(label));
            });
    m_state->setText(tr("Following %1").arg(label));
    m_flush.start();
    m_stream->start();
}

void LogsPanel::flush()
{
    if (m_pending.isEmpty())
        return;
    QString text = m_pending;
    m_pending.clear();
    if (text.endsWith(u'\n'))
        text.chop(1);
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    m_text->appendPlainText(text);
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace Berth::Gui
