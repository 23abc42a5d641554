#pragma once

#include "engine/runtime/task.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace Berth::Engine {
class LogFollower;
class RunSession;
} // namespace Berth::Engine

namespace Berth::Gui {

/// A container's output as it comes: the run session's log follower, read on its own thread;
/// the text is appended a few times a second, and only the last lines are kept.
class LogsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit LogsPanel(QWidget *parent = nullptr);
    ~LogsPanel() override;

    void setSession(Engine::RunSession *session) { m_session = session; }
    /// Follows the first (or the named) container of the task.
    void follow(const Engine::Task &task, const QString &container = {});
    void stop();
    QString text() const;
    QString followedContainer() const { return m_dockerId; }

private:
    void startStream(const QString &dockerId, const QString &label);
    void flush();

    QComboBox *m_containers;
    QLabel *m_state;
    QPlainTextEdit *m_text;
    Engine::RunSession *m_session = nullptr;
    std::unique_ptr<Engine::LogFollower> m_stream;
    QString m_dockerId;
    QString m_pending;
    QTimer m_flush;
};

} // namespace Berth::Gui
