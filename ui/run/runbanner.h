#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Berth::Gui {

/// A bar above the canvas, instead of a dialog, for what a run needs the user to know: Docker
/// cannot be reached (what was tried and how to fix it) or the demo image is being built (a
/// progress bar). Designing and planning go on underneath.
class RunBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit RunBanner(QWidget *parent = nullptr);

    /// Docker cannot be reached; empty hides the problem.
    void setProblem(const QString &problem);
    /// Progress of preparing a run; maximum 0 is a busy bar, a negative value hides it.
    void setProgress(const QString &text, int value, int maximum);

    QString text() const;
    bool showsProblem() const { return !m_problem.isEmpty(); }
    bool showsProgress() const { return m_progressShown; }

Q_SIGNALS:
    void retryRequested();

private:
    void refresh();

    QLabel *m_icon;
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_retry;
    QPushButton *m_close;
    QString m_problem;
    QString m_progressText;
    bool m_progressShown = false;
};

} // namespace Berth::Gui
