#pragma once

#include "model/projectdata.h"

#include <QDateTime>
#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace Berth::Gui {

/// A repository's "Build and Push": a folder with a Dockerfile built through the daemon under
/// the repository's ECR name, pushed to Berth's local registry (started when it does not
/// run), with a progress bar for each; and the images the repository holds, with their tags,
/// digest, size and pushed-at. The work runs on a thread of its own; the window stays
/// responsive.
class BuildPushDialog final : public QDialog
{
    Q_OBJECT
public:
    BuildPushDialog(const Model::ProjectData &data, const QString &repository,
                    QWidget *parent = nullptr);
    ~BuildPushDialog() override;

    QComboBox *repository() const { return m_repository; }
    QLineEdit *folder() const { return m_folder; }
    QLineEdit *tag() const { return m_tag; }
    QProgressBar *buildBar() const { return m_buildBar; }
    QProgressBar *pushBar() const { return m_pushBar; }
    QTableWidget *images() const { return m_images; }
    QLabel *status() const { return m_status; }
    QPlainTextEdit *log() const { return m_log; }
    bool isBusy() const { return m_thread != nullptr; }

    /// Builds the folder and pushes the image; finished() tells how it ended.
    void buildAndPush();
    /// Lists the repository's images again; listed() tells when.
    void refreshImages();

signals:
    void finished(bool ok);
    void listed();

private:
    struct ImageRow
    {
        QStringList tags;
        QString digest;
        qint64 size = 0;
        QDateTime pushedAt;
    };
    void run(std::function<void()> work);
    void showProgress(QProgressBar *bar, const QString &text, qint64 done, qint64 total);
    void showImages(const QList<ImageRow> &rows, const QString &note);
    void done(bool ok, const QString &message);
    void reject() override;

    Model::ProjectData m_data;
    QComboBox *m_repository;
    QLineEdit *m_folder;
    QLineEdit *m_tag;
    QProgressBar *m_buildBar;
    QProgressBar *m_pushBar;
    QTableWidget *m_images;
    QLabel *m_imagesNote;
    QPlainTextEdit *m_log;
    QLabel *m_status;
    QPushButton *m_goButton;
    QPushButton *m_refreshButton;
    QThread *m_thread = nullptr;
};

} // namespace Berth::Gui
