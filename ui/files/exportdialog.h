#pragma once

#include "model/ecsjson.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Berth::Gui {

/// Exports the design as ECS JSON: register-task-definition inputs and create-service
/// inputs, previewed file by file before they are written to a folder.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(const Model::ProjectData &data, QWidget *parent = nullptr);

    void setDirectory(const QString &dir);
    QString directory() const;
    QListWidget *files() const { return m_files; }
    QString preview() const;
    /// Writes the files; false (with the reason shown) on failure.
    bool exportNow();

private:
    void showFile(int row);

    Model::ProjectData m_data;
    QList<Model::EcsJson::ExportedFile> m_exported;
    QLineEdit *m_directory;
    QListWidget *m_files;
    QPlainTextEdit *m_preview;
    QLabel *m_status;
};

} // namespace Berth::Gui
