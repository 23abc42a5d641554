#pragma once

#include "model/validation/diagnostic.h"

#include <QTimer>
#include <QTreeWidget>

namespace Berth::Model {
class Project;
}

namespace Berth::Gui {

/// The validation diagnostics of the open project, refreshed shortly after every change.
/// A double-click names the diagnostic, so that the window can select its entity and field.
class ProblemsPanel final : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(Model::Project *project, QWidget *parent = nullptr);

    const Model::Diagnostics &diagnostics() const { return m_diagnostics; }
    /// Validates now instead of after the short pause that follows a change.
    void refreshNow();
    /// The height that shows the header and this many rows.
    int heightForRows(int rows) const;

Q_SIGNALS:
    void countsChanged(int errors, int warnings);
    void diagnosticsChanged(const Model::Diagnostics &diagnostics);
    void diagnosticActivated(const Model::Diagnostic &diagnostic);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Model::Project *m_project;
    Model::Diagnostics m_diagnostics;
    QTimer m_timer;
};

} // namespace Berth::Gui
