#pragma once

#include "model/projectdata.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace Berth::Gui {

/// The step adjustments of a step scaling policy as a table (lower bound, upper bound,
/// change; an empty bound is infinity), checked with the design's rules as the user types.
class StepAdjustmentsDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Edits the steps of the policy at \a policyIndex of \a service in \a design.
    StepAdjustmentsDialog(const Model::ProjectData &design, const QString &service, int policyIndex,
                          QWidget *parent = nullptr);

    /// The steps as the table holds them (valid once every cell reads as a number).
    QList<Model::StepAdjustment> steps() const;
    QTableWidget *table() const { return m_table; }
    /// What is wrong with the steps, one line each; empty when nothing is.
    QString problems() const;

private:
    void addRow(const Model::StepAdjustment &step);
    void check();

    Model::ProjectData m_design;
    QString m_service;
    int m_policy;
    QTableWidget *m_table;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    bool m_cellsRead = true;
};

} // namespace Berth::Gui
