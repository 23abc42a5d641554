#include "ui/mainwindow.h"

#include "model/project.h"
#include "model/projectfile.h"
#include "ui/panels/outlinepanel.h"
#include "ui/panels/problemspanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace Berth::Gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_project(new Model::Project(this))
{
    m_outline = new OutlinePanel(m_project, this);
    setCentralWidget(m_outline);
    m_problems = new ProblemsPanel(m_project, this);
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problems"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    connect(m_problems, &ProblemsPanel::countsChanged, this, [this](int errors, int warnings) {
        statusBar()->showMessage(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                                 + tr("%n warning(s)", nullptr, warnings));
    });
    connect(m_project, &Model::Project::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_project, &Model::Project::fileNameChanged, this, &MainWindow::updateTitle);
    createActions();
    updateTitle();
    resize(1200, 800);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::open);
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As..."), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
}

void MainWindow::updateTitle()
{
    const QString name = m_project->fileName().isEmpty()
                             ? tr("Untitled")
                             : QFileInfo(m_project->fileName()).fileName();
    setWindowTitle(tr("%1[*] - Berth").arg(name));
    setWindowModified(m_project->isModified());
}

bool MainWindow::openFile(const QString &path)
{
    const Model::ProjectFile::LoadResult loaded = Model::ProjectFile::load(path);
    if (!loaded.ok()) {
        QString where = path;
        if (loaded.position.isValid())
            where += tr(", line %1, column %2").arg(loaded.position.line).arg(loaded.position.column);
        QMessageBox::warning(this, tr("Cannot open the project"),
                             tr("%1\n\n%2\n\nThe file was not changed.").arg(where, loaded.error));
        return false;
    }
    m_project->reset(*loaded.data, QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a project"), {},
                                                      tr("Berth projects (*.berth)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_project->fileName().isEmpty())
        return saveAs();
    QString error;
    if (!Model::ProjectFile::save(m_project->data(), m_project->fileName(), &error)) {
        QMessageBox::warning(this, tr("Cannot save the project"),
                             tr("%1\n\nYour changes are still open here; try Save As.").arg(error));
        return false;
    }
    m_project->setModified(false);
    return true;
}

bool MainWindow::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the project"), {},
                                                      tr("Berth projects (*.berth)"));
    if (path.isEmpty())
        return false;
    m_project->setFileName(path);
    return save();
}

} // namespace Berth::Gui
