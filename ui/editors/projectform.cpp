#include "ui/editors/projectform.h"

#include <QFormLayout>
#include <QLabel>

namespace Berth::Gui {

ProjectForm::ProjectForm(ProjectEditor *editor, QWidget *parent) : EntityForm(editor, parent)
{
    auto *form = new QFormLayout(this);
    addText(
        form, QStringLiteral("name"), tr("&Name:"), [](const Data &d) { return d.name; },
        [](Data &d, const QString &v) { d.name = v; });
    addText(
        form, QStringLiteral("region"), tr("&Region:"), [](const Data &d) { return d.region; },
        [](Data &d, const QString &v) { d.region = v.trimmed(); });
    addText(
        form, QStringLiteral("accountId"), tr("&Account id:"),
        [](const Data &d) { return d.accountId; },
        [](Data &d, const QString &v) { d.accountId = v.trimmed(); });
    auto *hint = new QLabel(tr("Select something on the canvas to edit it, or drag an entry "
                               "of the palette onto the canvas."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);
}

} // namespace Berth::Gui
