#pragma once

#include "ui/editors/entityform.h"

#include <QSet>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Berth::Gui {

class QueryEditor;

/// A service's placement constraints. memberOf expressions are edited in the query
/// editor: errors show at their column as you type, and the instances the expression
/// selects are announced so that the canvas can outline them.
class ConstraintEditor final : public EntityForm
{
    Q_OBJECT
public:
    explicit ConstraintEditor(ProjectEditor *editor, QWidget *parent = nullptr);

    QueryEditor *queryEditor() const { return m_query; }
    QListWidget *list() const { return m_list; }
    void refresh() override;
    /// The instances the expression being edited selects (empty when none is).
    QSet<Model::EntityRef> matching() const { return m_matching; }

Q_SIGNALS:
    void matchingChanged(const QSet<Berth::Model::EntityRef> &instances);

private:
    void loadSelected();
    void preview();
    void submit();
    void add(const QString &type);
    void removeSelected();
    const Model::Service *service() const;

    QListWidget *m_list;
    QComboBox *m_type;
    QueryEditor *m_query;
    QLabel *m_status;
    QPushButton *m_remove;
    QSet<Model::EntityRef> m_matching;
};

} // namespace Berth::Gui
