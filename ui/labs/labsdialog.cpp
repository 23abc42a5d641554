#include "ui/labs/labsdialog.h"

#include "model/labs/lab.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Berth::Gui {

QStringList LabsDialog::samples()
{
    // Beside the labs: share/berth/samples when installed, resources/samples in the sources.
    for (const QString &root : Model::LabLoader::searchPath()) {
        const QDir dir(QDir(root).filePath(QStringLiteral("../samples")));
        const QStringList found =
            dir.entryList({QStringLiteral("*.berth")}, QDir::Files, QDir::Name);
        if (!found.isEmpty()) {
            QStringList out;
            for (const QString &f : found)
                out << QDir::cleanPath(dir.filePath(f));
            return out;
        }
    }
    return {};
}

LabsDialog::LabsDialog(Mode mode, QWidget *parent)
    : QDialog(parent), m_samples(new QListWidget(this)), m_labs(new QListWidget(this)),
      m_student(new QLineEdit(this)), m_folder(new QLineEdit(this))
{
    setObjectName(QStringLiteral("labsDialog"));
    setWindowTitle(mode == Mode::StartPage ? tr("Welcome to Berth") : tr("Labs"));
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::StartPage) {
        auto *intro = new QLabel(tr("Design ECS clusters, see where every task goes, and run "
                                    "them on this machine's Docker. Open a sample to look "
                                    "around, or start a lab: small steps, each checked, with "
                                    "hints."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        auto *samplesBox = new QGroupBox(tr("Samples"), this);
        auto *samplesLayout = new QVBoxLayout(samplesBox);
        samplesLayout->addWidget(m_samples);
        auto *openSample = new QPushButton(tr("&Open Sample"), samplesBox);
        samplesLayout->addWidget(openSample, 0, Qt::AlignRight);
        for (const QString &path : samples()) {
            auto *item = new QListWidgetItem(QFileInfo(path).completeBaseName(), m_samples);
            item->setData(Qt::UserRole, path);
        }
        m_samples->setCurrentRow(0);
        m_samples->setMaximumHeight(80);
        const auto open = [this] {
            if (QListWidgetItem *item = m_samples->currentItem()) {
                emit sampleChosen(item->data(Qt::UserRole).toString());
                accept();
            }
        };
        connect(openSample, &QPushButton::clicked, this, open);
        connect(m_samples, &QListWidget::itemActivated, this, open);
        layout->addWidget(samplesBox);
    } else {
        m_samples->hide();
    }
    auto *labsBox = new QGroupBox(tr("Labs"), this);
    auto *labsLayout = new QVBoxLayout(labsBox);
    labsLayout->addWidget(m_labs);
    for (const QString &folder : Model::LabLoader::folders()) {
        const Model::LabLoader::Result loaded = Model::LabLoader::load(folder);
        if (!loaded.lab)
            continue;
        auto *item =
            new QListWidgetItem(tr("%1 (%n step(s))", nullptr, int(loaded.lab->steps.size()))
                                    .arg(loaded.lab->title.text()),
                                m_labs);
        item->setData(Qt::UserRole, folder);
    }
    m_labs->setCurrentRow(0);
    auto *form = new QFormLayout;
    const QString user = qEnvironmentVariable("USER");
    m_student->setText(user);
    m_student->setPlaceholderText(tr("your name, as your teacher knows it"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(tr("Berth Labs")));
    auto *browse = new QPushButton(tr("&Browse..."), labsBox);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("&Student:"), m_student);
    auto *folderLabel = new QLabel(tr("&Folder:"), labsBox);
    folderLabel->setBuddy(m_folder); // the row is a layout: QFormLayout sets no buddy for it
    form->addRow(folderLabel, folderRow);
    labsLayout->addLayout(form);
    auto *start = new QPushButton(tr("&Start Lab"), labsBox);
    start->setDefault(true);
    labsLayout->addWidget(start, 0, Qt::AlignRight);
    layout->addWidget(labsBox, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder for the Lab"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(start, &QPushButton::clicked, this, &LabsDialog::startLab);
    connect(m_labs, &QListWidget::itemActivated, this, &LabsDialog::startLab);
    resize(560, mode == Mode::StartPage ? 560 : 440);
}

QString LabsDialog::student() const
{
    return m_student->text().trimmed();
}

QString LabsDialog::folder() const
{
    return m_folder->text().trimmed();
}

void LabsDialog::startLab()
{
    QListWidgetItem *item = m_labs->currentItem();
    if (!item)
        return;
    if (student().isEmpty()) {
        m_student->setFocus();
        return;
    }
    emit labChosen(item->data(Qt::UserRole).toString(), folder(), student());
    accept();
}

} // namespace Berth::Gui
