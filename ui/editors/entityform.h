#pragma once

#include "model/entityref.h"
#include "model/projectdata.h"
#include "model/validation/diagnostic.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Berth::Gui {

class ProjectEditor;

/// A form for one entity's common fields. Each field reads the entity from the design
/// and writes it back as an undoable command; widgets are named after the JSON member they
/// edit, so that a diagnostic's path finds its field.
class EntityForm : public QWidget
{
    Q_OBJECT
public:
    using Data = Model::ProjectData;
    template <typename T> using Getter = std::function<T(const Data &)>;
    template <typename T> using Setter = std::function<void(Data &, const T &)>;

    explicit EntityForm(ProjectEditor *editor, QWidget *parent = nullptr);

    const Model::EntityRef &entity() const { return m_ref; }
    void setEntity(const Model::EntityRef &ref);
    /// Reads every field from the design again.
    virtual void refresh();
    /// Puts the keyboard focus on the field a path inside the entity names
    /// ("$.desiredCount", "$.containerDefinitions[0].memory"); false when there is none.
    virtual bool focusPath(const QString &localPath);

protected:
    const Data &data() const;
    /// Applies a change to this entity as one command named after the field.
    void commit(const QString &field, const std::function<void(Data &)> &change,
                const QString &mergeKey = {});

    QLineEdit *addName(QFormLayout *form, const QString &label = {});
    QLineEdit *addText(QFormLayout *form, const QString &key, const QString &label,
                       Getter<QString> get, Setter<QString> set);
    QSpinBox *addInt(QFormLayout *form, const QString &key, const QString &label, int min, int max,
                     Getter<int> get, Setter<int> set, const QString &suffix = {});
    /// A number that may be unset: the spin box's minimum shows unsetText.
    QSpinBox *addOptionalInt(QFormLayout *form, const QString &key, const QString &label, int min,
                             int max, const QString &unsetText, Getter<std::optional<int>> get,
                             Setter<std::optional<int>> set);
    QDoubleSpinBox *addDouble(QFormLayout *form, const QString &key, const QString &label,
                              double min, double max, int decimals, Getter<double> get,
                              Setter<double> set);
    QComboBox *addChoice(QFormLayout *form, const QString &key, const QString &label,
                         Getter<QStringList> choices, Getter<QString> get, Setter<QString> set,
                         bool editable = false);
    QCheckBox *addCheck(QFormLayout *form, const QString &key, const QString &label,
                        Getter<bool> get, Setter<bool> set);
    /// What an action is and what it answers with: a listener rule's or a listener's default.
    struct ActionParts
    {
        Model::ListenerRule::Action *action = nullptr;
        Model::FixedResponse *fixedResponse = nullptr;
        Model::Redirect *redirect = nullptr;
    };
    /// The action's choice (forward, fixed-response, redirect), then the forward fields
    /// \a addForward adds (each returned widget), then the fixed response's (status, content
    /// type, body) and the redirect's (protocol, host, port, path, query, code); only the
    /// chosen action's fields are enabled, the others keep their values. \a find gives the
    /// parts in the design (all null when there is no such entity).
    QComboBox *addAction(QFormLayout *form, const QString &key, const QString &label,
                         const std::function<ActionParts(Data &)> &find,
                         const std::function<QList<QWidget *>()> &addForward);
    /// The key under which consecutive edits of the field \a key merge into one undo step.
    QString mergeKey(const QString &key) const;
    /// Validation as the user types: the design's errors that \a matches picks, each as
    /// "message. hint" on its own line in \a label, which hides when there are none.
    static void showProblems(QLabel *label, const Data &d,
                             const std::function<bool(const Model::Diagnostic &)> &matches);
    /// Something to run on refresh(), for fields a form builds itself.
    void onRefresh(const std::function<void(const Data &)> &load);

    ProjectEditor *m_editor;
    Model::EntityRef m_ref;
    bool m_loading = false;
    /// Part of the merge key of consecutive edits of a field: a form that edits one of
    /// several items (a scaling policy) names the item, so edits of two items stay two steps.
    QString m_mergeScope;

private:
    QList<std::function<void(const Data &)>> m_loaders;
};

} // namespace Berth::Gui
