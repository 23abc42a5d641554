#include "ui/run/runbanner.h"

#include "ui/style/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

namespace Berth::Gui {

RunBanner::RunBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_retry(new QPushButton(tr("&Try Again"), this)),
      m_close(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("runBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("runBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);
    connect(m_retry, &QPushButton::clicked, this, &RunBanner::retryRequested);
    connect(m_close, &QPushButton::clicked, this, [this] {
        m_problem.clear();
        refresh();
    });
    refresh();
}

void RunBanner::setProblem(const QString &problem)
{
    m_problem = problem;
    refresh();
}

void RunBanner::setProgress(const QString &text, int value, int maximum)
{
    m_progressShown = value >= 0;
    m_progressText = text;
    if (m_progressShown) {
        m_progress->setRange(0, qMax(0, maximum));
        m_progress->setValue(value);
    }
    refresh();
}

QString RunBanner::text() const
{
    return m_label->text();
}

void RunBanner::refresh()
{
    const bool problem = !m_problem.isEmpty();
    QPalette pal = palette();
    if (problem) {
        pal.setColor(QPalette::Window, Palette::problemBanner);
        pal.setColor(QPalette::WindowText, Palette::problemBannerText);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
        m_label->setText(
            tr("<b>Docker cannot be reached, so the design cannot run.</b> %1<br>Designing and "
               "planning work as before. Start the daemon (as root: <tt>dockerd &amp;</tt>, or "
               "<tt>systemctl start docker</tt>), or point DOCKER_HOST at one, then try again.")
                .arg(m_problem.toHtmlEscaped()));
    } else {
        pal = parentWidget() ? parentWidget()->palette() : QPalette();
        pal.setColor(QPalette::Window, pal.color(QPalette::AlternateBase));
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(20, 20));
        m_label->setText(m_progressText.toHtmlEscaped());
    }
    setPalette(pal);
    m_retry->setVisible(problem);
    m_close->setVisible(problem);
    m_progress->setVisible(!problem && m_progressShown);
    setVisible(problem || m_progressShown);
}

} // namespace Berth::Gui
