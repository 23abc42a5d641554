#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QGroupBox;

namespace Berth::Gui {

/// Help > Labs... and, on a first launch, the start page: the sample projects and the labs
/// that come with Berth. Choosing a lab asks for the student's name and the folder the lab's
/// design goes to.
class LabsDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { StartPage, Labs };
    explicit LabsDialog(Mode mode, QWidget *parent = nullptr);

    QString student() const;
    QString folder() const;

    /// The sample projects that come with Berth.
    static QStringList samples();

Q_SIGNALS:
    void sampleChosen(const QString &path);
    void labChosen(const QString &labFolder, const QString &targetFolder, const QString &student);

private:
    void startLab();

    QListWidget *m_samples;
    QListWidget *m_labs;
    QLineEdit *m_student;
    QLineEdit *m_folder;
};

} // namespace Berth::Gui
