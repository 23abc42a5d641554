#include "ui/secrets/secretsdialog.h"

#include "ui/secrets/background.h"
#include "ui/secrets/secretvaluedialog.h"
#include "ui/style/palette.h"

#include "model/projectdata.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Berth::Gui {

using Engine::SecretResult;
using Engine::SecretStore;
using Internal::runInBackground;

SecretsDialog::SecretsDialog(const Model::ProjectData &project, std::shared_ptr<SecretStore> store,
                             QWidget *parent)
    : QDialog(parent), m_store(std::move(store)), m_keys(SecretKeys::of(project)),
      m_intro(new QLabel(this)), m_list(new QTreeWidget(this)), m_error(new QLabel(this)),
      m_set(new QPushButton(tr("&Set…"), this)), m_delete(new QPushButton(tr("&Delete"), this)),
      m_add(new QPushButton(tr("&Add Key…"), this)),
      m_refresh(new QPushButton(tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("secretsDialog"));
    setWindowTitle(project.name.isEmpty() ? tr("Secrets") : tr("Secrets of %1").arg(project.name));
    m_intro->setWordWrap(true);
    m_intro->setText(
        (m_keys.isEmpty() ? tr("The design needs no secrets. Add Key… stores a value anyway.")
                          : tr("The values behind the design's secrets and registry "
                               "credentials. A task whose secret is not set stops with "
                               "ResourceInitializationError.")) +
        u' ' +
        tr("Values live in the OS keychain (service \"berth\"), never in the project file, "
           "and are never shown."));

    m_list->setObjectName(QStringLiteral("secretKeys"));
    m_list->setAccessibleName(tr("Secret keys"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Key"), tr("State"), tr("Used by")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const SecretKey &key : std::as_const(m_keys))
        addKey(key);
    // Wide enough for whole ARNs, up to a point (the rest is elided in the middle); the
    // state always in sight, what uses the key in the rest.
    const int ch = fontMetrics().averageCharWidth();
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(true);
    auto contentWidth = [this, header](int column) {
        m_list->resizeColumnToContents(column);
        return header->sectionSize(column);
    };
    header->resizeSection(KeyColumn, qBound(ch * 16, contentWidth(KeyColumn) + ch * 2, ch * 64));
    header->resizeSection(StateColumn, ch * 20);
    const int listWidth = header->sectionSize(KeyColumn) + header->sectionSize(StateColumn) +
                          qBound(ch * 16, contentWidth(UsesColumn) + ch * 2, ch * 48);
    header->resizeSection(UsesColumn, ch * 16); // the last section stretches to the rest

    m_error->setObjectName(QStringLiteral("secretsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Palette::error);
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_set->setObjectName(QStringLiteral("setSecret"));
    m_set->setToolTip(tr("Type the selected key's value (Enter)"));
    m_delete->setObjectName(QStringLiteral("deleteSecret"));
    m_delete->setToolTip(tr("Delete the selected key's value from the keychain (Del)"));
    m_add->setObjectName(QStringLiteral("addSecret"));
    m_add->setToolTip(tr("Store the value of a key the design does not list"));
    m_refresh->setObjectName(QStringLiteral("refreshSecrets"));
    m_refresh->setToolTip(tr("Ask the keychain again"));
    for (QPushButton *b : {m_set, m_delete, m_add, m_refresh})
        b->setAutoDefault(false);

    auto *side = new QVBoxLayout;
    side->addWidget(m_set);
    side->addWidget(m_delete);
    side->addWidget(m_add);
    side->addStretch();
    side->addWidget(m_refresh);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter on the list means Set…, not Close.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &SecretsDialog::askDelete);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { askValue(selectedKey()); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SecretsDialog::updateButtons);
    connect(m_set, &QPushButton::clicked, this, [this] { askValue(selectedKey()); });
    connect(m_delete, &QPushButton::clicked, this, &SecretsDialog::askDelete);
    connect(m_add, &QPushButton::clicked, this, [this] { askValue({}); });
    connect(m_refresh, &QPushButton::clicked, this, &SecretsDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QRect screen = this->screen()->availableGeometry();
    resize(qMin(screen.width() * 9 / 10,
                qMax(listWidth, ch * 60) + m_add->sizeHint().width() + ch * 6),
           qMin(screen.height() * 8 / 10, 24 * fontMetrics().height()));
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
    refresh();
}

SecretsDialog::~SecretsDialog() = default;

SecretsDialog *SecretsDialog::showFor(QWidget *parent, const Model::ProjectData &project)
{
    auto *dialog = new SecretsDialog(project, SecretKeys::keychain(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QStringList SecretsDialog::keys() const
{
    QStringList out;
    for (const SecretKey &key : m_keys)
        out << key.key;
    return out;
}

QString SecretsDialog::stateText(const QString &key) const
{
    if (key == m_activityKey && !m_activity.isEmpty())
        return m_activity;
    const SecretKey *k = findKey(key);
    return k ? SecretKeys::describeState(*k, state(key)) : QString();
}

QString SecretsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SecretsDialog::refresh()
{
    if (m_keys.isEmpty() || !m_store) {
        if (!m_store)
            showError(tr("no secret store is available"));
        updateButtons();
        return;
    }
    const int generation = ++m_generation;
    m_states.clear();
    for (const SecretKey &key : std::as_const(m_keys))
        showState(key.key);
    ++m_pending;
    updateButtons();
    runInBackground<QHash<QString, SecretState>>(
        this, [store = m_store, keys = keys()] { return SecretKeys::check(*store, keys); },
        [this, generation](const QHash<QString, SecretState> &states) {
            --m_pending;
            if (generation == m_generation)
                finish(states);
            updateButtons();
            emit storeAnswered();
        });
}

void SecretsDialog::finish(const QHash<QString, SecretState> &states)
{
    QString error;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        m_states.insert(it.key(), it.value());
        if (it->status == SecretState::Status::Failed && error.isEmpty())
            error = it->error;
        showState(it.key());
    }
    showError(error);
}

void SecretsDialog::selectKey(const QString &key)
{
    if (QTreeWidgetItem *item = itemFor(key))
        m_list->setCurrentItem(item);
}

void SecretsDialog::askValue(const QString &key)
{
    if (isBusy() || !m_store)
        return;
    const SecretKey *known = findKey(key);
    auto *dialog = new SecretValueDialog(key, known && known->registryCredentials(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString key = dialog->key();
        if (!findKey(key)) {
            SecretKey added;
            added.key = key;
            m_keys.append(added);
            addKey(added);
        }
        selectKey(key);
        store(key, dialog->takeValue());
    });
    dialog->open();
}

void SecretsDialog::askDelete()
{
    const QString key = selectedKey();
    if (key.isEmpty() || isBusy() || !m_store)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Secret"),
                                tr("Delete the value of %1 from the keychain?").arg(key),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(tr("Tasks that need it stop with ResourceInitializationError "
                               "until it is set again."));
    QPushButton *yes = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDelete"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, key, yes](QAbstractButton *b) {
        if (b == yes)
            remove(key);
    });
    box->open();
}

QString SecretsDialog::selectedKey() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(KeyColumn, Qt::UserRole).toString() : QString();
}

const SecretKey *SecretsDialog::findKey(const QString &key) const
{
    for (const SecretKey &k : m_keys) {
        if (k.key == key)
            return &k;
    }
    return nullptr;
}

QTreeWidgetItem *SecretsDialog::itemFor(const QString &key) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(KeyColumn, Qt::UserRole).toString() == key)
            return item;
    }
    return nullptr;
}

void SecretsDialog::addKey(const SecretKey &key)
{
    auto *item = new QTreeWidgetItem(m_list);
    item->setData(KeyColumn, Qt::UserRole, key.key);
    item->setText(KeyColumn, key.key);
    item->setToolTip(KeyColumn, key.key);
    const QString uses = SecretKeys::describeUses(key);
    item->setText(UsesColumn, uses);
    item->setToolTip(UsesColumn, uses);
    showState(key.key);
}

void SecretsDialog::store(const QString &key, const QString &value)
{
    m_activityKey = key;
    m_activity = tr("storing…");
    ++m_pending;
    showState(key);
    updateButtons();
    runInBackground<SecretResult>(
        this, [store = m_store, key, value] { return store->write(key, value); },
        [this, key](const SecretResult &r) {
            --m_pending;
            m_activity.clear();
            if (r.ok()) {
                m_states.insert(key, {SecretState::Status::Set, {}});
                showError({});
            } else {
                showError(r.error, tr("%1 was not stored.").arg(key));
            }
            showState(key);
            updateButtons();
            emit storeAnswered();
        });
}

void SecretsDialog::remove(const QString &key)
{
    m_activityKey = key;
    m_activity = tr("deleting…");
    ++m_pending;
    showState(key);
    updateButtons();
    runInBackground<SecretResult>(
        this, [store = m_store, key] { return store->remove(key); },
        [this, key](const SecretResult &r) {
            --m_pending;
            m_activity.clear();
            if (r.failed()) {
                showError(r.error, tr("%1 was not deleted.").arg(key));
            } else {
                m_states.insert(key, {SecretState::Status::NotSet, {}});
                showError({});
            }
            showState(key);
            updateButtons();
            emit storeAnswered();
        });
}

void SecretsDialog::showState(const QString &key)
{
    QTreeWidgetItem *item = itemFor(key);
    const SecretKey *k = findKey(key);
    if (!item || !k)
        return;
    const SecretState s = state(key);
    item->setText(StateColumn, stateText(key));
    item->setToolTip(StateColumn,
                     k->optional() && s.status == SecretState::Status::NotSet
                         ? tr("Without credentials, images from this registry are pulled "
                              "anonymously.")
                         : s.error);
    const bool problem = s.status == SecretState::Status::Failed ||
                         (s.status == SecretState::Status::NotSet && !k->optional());
    if (problem)
        item->setForeground(StateColumn, Palette::error);
    else
        item->setData(StateColumn, Qt::ForegroundRole, {});
}

void SecretsDialog::showError(const QString &error, const QString &lead)
{
    if (error.isEmpty()) {
        m_error->clear();
        m_error->hide();
        return;
    }
    m_error->setText((lead.isEmpty() ? QString() : lead + u' ') +
                     tr("The keychain could not be used: %1.\nValues are never kept anywhere "
                        "else: start or unlock the keychain, then press Refresh.")
                         .arg(error));
    m_error->show();
}

void SecretsDialog::updateButtons()
{
    const bool idle = !isBusy() && m_store;
    const bool selected = !selectedKey().isEmpty();
    m_set->setEnabled(idle && selected);
    m_delete->setEnabled(idle && selected);
    m_add->setEnabled(idle);
    m_refresh->setEnabled(idle && !m_keys.isEmpty());
}

} // namespace Berth::Gui
