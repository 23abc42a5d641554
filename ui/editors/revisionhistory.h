#pragma once

#include <QWidget>

class QComboBox;
class QListWidget;
class QPlainTextEdit;

namespace Berth::Gui {

class ProjectEditor;

/// The revisions of a task definition family, and the differences between any two.
class RevisionHistory final : public QWidget
{
    Q_OBJECT
public:
    explicit RevisionHistory(ProjectEditor *editor, QWidget *parent = nullptr);

    void setFamily(const QString &family);
    /// Shows the differences between two revisions of the family.
    void compare(int from, int to);
    QString diffText() const;
    QListWidget *revisions() const { return m_list; }

Q_SIGNALS:
    /// The user wants to see or edit this revision.
    void revisionChosen(int revision);

private:
    void reload();
    void showDiff();

    ProjectEditor *m_editor;
    QString m_family;
    QListWidget *m_list;
    QComboBox *m_from;
    QComboBox *m_to;
    QPlainTextEdit *m_diff;
};

} // namespace Berth::Gui
