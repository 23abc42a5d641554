#include "ui/editors/repositoryform.h"

#include "engine/registry/localregistry.h"
#include "ui/commands/projecteditor.h"
#include "ui/files/buildpushdialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace Berth::Gui {

RepositoryForm::RepositoryForm(ProjectEditor *editor, QWidget *parent) : EntityForm(editor, parent)
{
    auto *form = new QFormLayout(this);
    const auto get = [this](const Data &d) { return d.repository(m_ref.name); };
    const auto edit = [get](Data &d) { return const_cast<Model::EcrRepository *>(get(d)); };
    addName(form);

    auto *uri = new QLabel(this);
    uri->setObjectName(QStringLiteral("repositoryUri"));
    uri->setTextInteractionFlags(Qt::TextSelectableByMouse);
    uri->setWordWrap(true);
    form->addRow(tr("URI:"), uri);
    auto *served = new QLabel(this);
    served->setObjectName(QStringLiteral("servedFrom"));
    served->setWordWrap(true);
    form->addRow(served);

    addChoice(
        form, QStringLiteral("imageTagMutability"), tr("Tag &mutability:"),
        [](const Data &) {
            return QStringList{QStringLiteral("MUTABLE"), QStringLiteral("IMMUTABLE")};
        },
        [get](const Data &d) { return get(d) ? get(d)->imageTagMutability : QString(); },
        [edit](Data &d, const QString &v) {
            if (Model::EcrRepository *r = edit(d))
                r->imageTagMutability = v;
        });
    QCheckBox *scan = addCheck(
        form, QStringLiteral("scanOnPush"), tr("&Scan on push"),
        [get](const Data &d) { return get(d) && get(d)->scanOnPush; },
        [edit](Data &d, const bool &v) {
            if (Model::EcrRepository *r = edit(d))
                r->scanOnPush = v;
        });
    scan->setToolTip(tr("Kept in the design for ECR; not available locally: no scanner runs "
                        "on Berth's registry."));
    auto *scanNote = new QLabel(tr("Not available locally: images are not scanned."), this);
    scanNote->setEnabled(false);
    form->addRow(QString(), scanNote);
    QSpinBox *keep = addInt(
        form, QStringLiteral("keepLastImages"), tr("&Keep the last:"), 0, 1000,
        [get](const Data &d) { return get(d) ? get(d)->keepLastImages : 0; },
        [edit](Data &d, const int &v) {
            if (Model::EcrRepository *r = edit(d))
                r->keepLastImages = v;
        },
        tr(" images"));
    keep->setSpecialValueText(tr("every image (no lifecycle rule)"));
    keep->setToolTip(tr("A lifecycle rule: Berth deletes the oldest pushed images beyond this "
                        "number from the local registry."));

    auto *users = new QLabel(this);
    users->setObjectName(QStringLiteral("usedBy"));
    users->setWordWrap(true);
    form->addRow(tr("Used by:"), users);

    auto *buildPush = new QPushButton(tr("&Build and Push…"), this);
    buildPush->setObjectName(QStringLiteral("buildPush"));
    buildPush->setToolTip(tr("Build a folder's Dockerfile as an image of this repository, push "
                             "it to the local registry and list the repository's images"));
    connect(buildPush, &QPushButton::clicked, this, [this] {
        BuildPushDialog dialog(m_editor->data(), m_ref.name, window());
        dialog.exec();
    });
    form->addRow(QString(), buildPush);

    onRefresh([this, uri, served, users](const Data &d) {
        const QString address = d.repositoryUri(m_ref.name);
        uri->setText(address);
        served->setText(tr("Served by Berth's local registry as %1/%2; a run pulls from there "
                           "and names the image %3:TAG.")
                            .arg(Engine::LocalRegistry::defaultAddress(), m_ref.name, address));
        const QStringList families = d.familiesUsingRepository(m_ref.name);
        users->setText(
            families.isEmpty()
                ? tr("no task definition yet: name an image %1:TAG in a container").arg(address)
                : families.join(QStringLiteral(", ")));
    });
}

} // namespace Berth::Gui
