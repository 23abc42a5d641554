#include "ui/files/buildpushdialog.h"

#include "engine/registry/ecrregistry.h"
#include "engine/registry/imagetransfer.h"
#include "engine/registry/localregistry.h"
#include "engine/secrets/keychainsecretstore.h"
#include "model/ecrreference.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace Berth::Gui {

using Engine::EcrRegistry;
using Engine::LocalRegistry;
namespace ImageTransfer = Engine::ImageTransfer;

BuildPushDialog::BuildPushDialog(const Model::ProjectData &data, const QString &repository,
                                 QWidget *parent)
    : QDialog(parent), m_data(data), m_repository(new QComboBox(this)),
      m_folder(new QLineEdit(this)), m_tag(new QLineEdit(QStringLiteral("latest"), this)),
      m_buildBar(new QProgressBar(this)), m_pushBar(new QProgressBar(this)),
      m_images(new QTableWidget(0, 4, this)), m_imagesNote(new QLabel(this)),
      m_log(new QPlainTextEdit(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Build and Push Image"));
    resize(760, 620);
    for (const Model::EcrRepository &r : std::as_const(m_data.repositories))
        m_repository->addItem(r.name);
    m_repository->setCurrentText(repository);
    m_repository->setObjectName(QStringLiteral("buildRepository"));
    m_folder->setObjectName(QStringLiteral("buildFolder"));
    m_folder->setPlaceholderText(tr("a folder with a Dockerfile"));
    m_tag->setObjectName(QStringLiteral("buildTag"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder with a Dockerfile"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *uri = new QLabel(this);
    uri->setTextInteractionFlags(Qt::TextSelectableByMouse);
    uri->setWordWrap(true);
    const auto showUri = [this, uri] {
        uri->setText(tr("%1:%2, served by the local registry at %3")
                         .arg(m_data.repositoryUri(m_repository->currentText()),
                              m_tag->text().trimmed(), LocalRegistry::defaultAddress()));
    };
    connect(m_repository, &QComboBox::currentTextChanged, this, showUri);
    connect(m_repository, &QComboBox::currentTextChanged, this, &BuildPushDialog::refreshImages);
    connect(m_tag, &QLineEdit::textChanged, this, showUri);
    showUri();

    auto *form = new QFormLayout;
    form->addRow(tr("&Repository:"), m_repository);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder); // a row of a layout gets no buddy by itself
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(tr("Image:"), uri);
    m_buildBar->setObjectName(QStringLiteral("buildProgress"));
    m_pushBar->setObjectName(QStringLiteral("pushProgress"));
    for (QProgressBar *bar : {m_buildBar, m_pushBar}) {
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setFormat(tr("not started"));
    }
    form->addRow(tr("Build:"), m_buildBar);
    form->addRow(tr("Push:"), m_pushBar);

    m_images->setObjectName(QStringLiteral("repositoryImages"));
    m_images->setHorizontalHeaderLabels({tr("Tags"), tr("Digest"), tr("Size"), tr("Pushed at")});
    m_images->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_images->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_images->verticalHeader()->hide();
    m_images->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_images->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_imagesNote->setWordWrap(true);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setObjectName(QStringLiteral("buildStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_goButton = buttons->addButton(tr("&Build and Push"), QDialogButtonBox::ActionRole);
    m_goButton->setDefault(true);
    m_refreshButton = buttons->addButton(tr("Re&fresh Images"), QDialogButtonBox::ActionRole);
    connect(m_goButton, &QPushButton::clicked, this, &BuildPushDialog::buildAndPush);
    connect(m_refreshButton, &QPushButton::clicked, this, &BuildPushDialog::refreshImages);
    connect(buttons, &QDialogButtonBox::rejected, this, &BuildPushDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Images in the repository:"), this));
    layout->addWidget(m_images, 2);
    layout->addWidget(m_imagesNote);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    if (m_data.repositories.isEmpty()) {
        m_goButton->setEnabled(false);
        m_refreshButton->setEnabled(false);
        m_status->setText(tr("The design has no ECR repository yet: add one from the palette, "
                             "then build and push to it."));
    } else {
        refreshImages();
    }
}

BuildPushDialog::~BuildPushDialog()
{
    if (m_thread)
        m_thread->wait(); // a build or push cannot be stopped halfway
}

void BuildPushDialog::reject()
{
    if (m_thread) {
        m_status->setText(tr("Wait for the build and push to finish: the daemon cannot stop "
                             "them halfway."));
        return;
    }
    QDialog::reject();
}

namespace {

/// The images of \a repository, newest first, or a note saying why there are none to show.
template <typename Row>
QList<Row> listImages(const Model::ProjectData &data, const QString &repository, QString *note)
{
    QList<Row> rows;
    if (!LocalRegistry().status().running) {
        *note = BuildPushDialog::tr("The local registry is not running: Build and Push starts "
                                    "it (or run 'berth registry start'), then the images show "
                                    "here.");
        return rows;
    }
    Engine::KeychainSecretStore keychain;
    QString error;
    auto ecr = EcrRegistry::open(keychain, data.accountId, data.region, &error);
    if (!ecr) {
        *note = error;
        return rows;
    }
    QList<EcrRegistry::Image> images;
    const Engine::EcrError listed = ecr->describeImages(repository, {}, &images);
    if (listed.type == QLatin1String("RepositoryNotFoundException")) {
        *note = BuildPushDialog::tr("The registry has no repository %1 yet: Build and Push "
                                    "creates it.")
                    .arg(repository);
        return rows;
    }
    if (listed.isError()) {
        *note = listed.type + QStringLiteral(": ") + listed.message;
        return rows;
    }
    for (const EcrRegistry::Image &i : std::as_const(images))
        rows.append({i.image.tags, i.image.digest, i.image.size, i.pushedAt});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.pushedAt > b.pushedAt; });
    if (rows.isEmpty())
        *note = BuildPushDialog::tr("The repository %1 holds no images.").arg(repository);
    return rows;
}

} // namespace

void BuildPushDialog::run(std::function<void()> work)
{
    m_goButton->setEnabled(false);
    m_refreshButton->setEnabled(false);
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_goButton->setEnabled(true);
        m_refreshButton->setEnabled(true);
    });
    m_thread->start();
}

void BuildPushDialog::refreshImages()
{
    if (m_thread || m_data.repositories.isEmpty())
        return;
    const Model::ProjectData data = m_data;
    const QString repository = m_repository->currentText();
    m_imagesNote->setText(tr("Listing the images of %1…").arg(repository));
    run([this, data, repository] {
        QString note;
        const QList<ImageRow> rows = listImages<ImageRow>(data, repository, &note);
        QMetaObject::invokeMethod(this, [this, rows, note] { showImages(rows, note); });
    });
}

void BuildPushDialog::buildAndPush()
{
    if (m_thread)
        return;
    const QString repository = m_repository->currentText();
    const QString dir = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QString tag = m_tag->text().trimmed();
    if (dir.isEmpty() || !QFileInfo::exists(dir + QStringLiteral("/Dockerfile"))) {
        m_status->setText(dir.isEmpty() ? tr("Choose the folder that holds the Dockerfile.")
                                        : tr("%1 has no Dockerfile; choose the folder that holds "
                                             "one.")
                                              .arg(QDir::toNativeSeparators(dir)));
        m_folder->setFocus();
        return;
    }
    if (!Model::EcrReference::isValidTag(tag)) {
        m_status->setText(tr("'%1' is not a tag ECR takes: use letters, digits, '_', '.' and '-' "
                             "(at most 128, not starting with '.' or '-').")
                              .arg(tag));
        m_tag->setFocus();
        return;
    }
    const QString ecrName = Model::EcrReference::registryHost(m_data.accountId, m_data.region) +
                            u'/' + repository + u':' + tag;
    const Model::ProjectData data = m_data;
    m_buildBar->setRange(0, 0); // busy until the first step is known
    m_buildBar->setFormat(tr("building"));
    m_pushBar->setRange(0, 1);
    m_pushBar->setValue(0);
    m_pushBar->setFormat(tr("waiting for the build"));
    m_log->clear();
    m_status->setText(tr("Building %1…").arg(ecrName));

    run([this, data, repository, dir, tag, ecrName] {
        const auto post = [this](auto f) { QMetaObject::invokeMethod(this, std::move(f)); };
        QString error;
        const QString id = ImageTransfer::build(
            dir, {ecrName}, [&](const QString &text, qint64 done, qint64 total) {
                post([this, text, done, total] {
                    m_log->appendPlainText(text);
                    if (total > 0)
                        showProgress(m_buildBar, tr("step %1 of %2").arg(done + 1).arg(total),
                                     done, total);
                });
            },
            &error);
        if (id.isEmpty())
            return post([this, error] { done(false, tr("The build failed: %1").arg(error)); });
        post([this, ecrName, id] {
            showProgress(m_buildBar, tr("built"), 1, 1);
            m_log->appendPlainText(tr("Built %1 (%2).").arg(ecrName, id.left(19)));
            m_status->setText(tr("Pushing %1…").arg(ecrName));
        });

        Engine::KeychainSecretStore keychain;
        ImageTransfer::Published published;
        const ImageTransfer::Publish result = ImageTransfer::publish(
            keychain, data.accountId, data.region, data.repository(repository), repository, tag,
            [&](const QString &text, qint64 done, qint64 total) {
                post([this, text, done, total] { showProgress(m_pushBar, text, done, total); });
            },
            &published, &error);
        const bool ok = result == ImageTransfer::Publish::Pushed;
        QString note;
        const QList<ImageRow> rows = listImages<ImageRow>(data, repository, &note);
        post([this, ok, published, error, rows, note] {
            for (const QString &n : published.notes)
                m_log->appendPlainText(n);
            if (ok)
                showProgress(m_pushBar, tr("pushed"), 1, 1);
            showImages(rows, note);
            done(ok, ok ? tr("Pushed %1 (%2). A task definition that names %1 runs it.")
                              .arg(published.ecrName, published.digest)
                        : tr("The push failed: %1").arg(error));
        });
    });
}

void BuildPushDialog::showProgress(QProgressBar *bar, const QString &text, qint64 done,
                                   qint64 total)
{
    // Bars count in ints: large byte counts go in kilobytes.
    const qint64 unit = total > (1 << 30) ? 1024 : 1;
    bar->setRange(0, int(std::max<qint64>(1, total / unit)));
    bar->setValue(int(std::clamp<qint64>(done / unit, 0, total / unit)));
    bar->setFormat(text);
}

void BuildPushDialog::showImages(const QList<ImageRow> &rows, const QString &note)
{
    m_images->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const ImageRow &r = rows.at(row);
        m_images->setItem(row, 0, new QTableWidgetItem(r.tags.join(QStringLiteral(", "))));
        auto *digest = new QTableWidgetItem(r.digest);
        digest->setToolTip(r.digest);
        m_images->setItem(row, 1, digest);
        m_images->setItem(row, 2, new QTableWidgetItem(locale().formattedDataSize(r.size)));
        m_images->setItem(row, 3,
                          new QTableWidgetItem(r.pushedAt.isValid()
                                                   ? locale().toString(r.pushedAt.toLocalTime(),
                                                                       QLocale::ShortFormat)
                                                   : tr("pushed outside Berth")));
    }
    m_imagesNote->setText(note);
    m_imagesNote->setVisible(!note.isEmpty());
    emit listed();
}

void BuildPushDialog::done(bool ok, const QString &message)
{
    m_status->setText(message);
    m_log->appendPlainText(message);
    emit finished(ok);
}

} // namespace Berth::Gui
