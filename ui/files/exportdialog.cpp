#include "ui/files/exportdialog.h"

#include "model/validation/validator.h"
#include "ui/files/fileslog.h"
#include "ui/style/palette.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace Berth::Gui {

ExportDialog::ExportDialog(const Model::ProjectData &data, QWidget *parent)
    : QDialog(parent), m_data(data), m_exported(Model::EcsJson::exportProject(data)),
      m_directory(new QLineEdit(this)), m_files(new QListWidget(this)),
      m_preview(new QPlainTextEdit(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Export ECS JSON"));
    resize(860, 560);
    m_directory->setObjectName(QStringLiteral("exportDirectory"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setWordWrap(true);

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_directory, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), row);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_files);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    for (const Model::EcsJson::ExportedFile &file : std::as_const(m_exported))
        m_files->addItem(file.fileName);
    connect(m_files, &QListWidget::currentRowChanged, this, &ExportDialog::showFile);
    m_files->setCurrentRow(0);

    const int errors = Model::errorCount(Model::Validator::validate(data));
    m_status->setText(
        errors ? tr("The design has %n error(s): ECS may refuse some of these files. They are "
                    "listed in the Problems panel.",
                    nullptr, errors)
               : tr("%n file(s) for aws ecs register-task-definition and create-service "
                    "(--cli-input-json file://FILE).",
                    nullptr, int(m_exported.size())));

    const QString last = QSettings().value(QStringLiteral("export/directory")).toString();
    setDirectory(last.isEmpty() ? QDir::home().filePath(
                                      (data.name.isEmpty() ? QStringLiteral("berth") : data.name) +
                                      QStringLiteral("-ecs"))
                                : last);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export to"), directory());
        if (!dir.isEmpty())
            setDirectory(dir);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (exportNow())
            accept();
    });
}

void ExportDialog::setDirectory(const QString &dir)
{
    m_directory->setText(QDir::toNativeSeparators(dir));
}

QString ExportDialog::directory() const
{
    return QDir::fromNativeSeparators(m_directory->text().trimmed());
}

QString ExportDialog::preview() const
{
    return m_preview->toPlainText();
}

void ExportDialog::showFile(int row)
{
    if (row < 0 || row >= m_exported.size()) {
        m_preview->clear();
        return;
    }
    m_preview->setPlainText(
        QString::fromUtf8(QJsonDocument(m_exported.at(row).json).toJson(QJsonDocument::Indented)));
}

bool ExportDialog::exportNow()
{
    QStringList written;
    QString error;
    if (directory().isEmpty() || !QDir().mkpath(directory()) ||
        !Model::EcsJson::writeExport(m_data, directory(), &written, &error)) {
        qCWarning(lcFiles).noquote() << "cannot export to" << directory() << ":"
                                     << (error.isEmpty() ? QStringLiteral("no folder") : error);
        m_status->setText(Palette::inColour(
            Palette::error,
            tr("Cannot export: %1")
                .arg((error.isEmpty() ? tr("choose a folder") : error).toHtmlEscaped())));
        return false;
    }
    QSettings().setValue(QStringLiteral("export/directory"), directory());
    qCInfo(lcFiles).noquote() << "exported" << written.size() << "file(s) to" << directory();
    m_status->setText(tr("Wrote %n file(s) to %1.", nullptr, int(written.size()))
                          .arg(QDir::toNativeSeparators(directory())));
    return true;
}

} // namespace Berth::Gui
