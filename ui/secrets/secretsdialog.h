#pragma once

#include "ui/secrets/secretkeys.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Berth::Model {
struct ProjectData;
}

namespace Berth::Gui {

/**
 * The values behind a design's secrets (design.md decision 7), as `berth secret` offers
 * them: the keys the design needs, what uses each and whether it is set; Set…, Delete and
 * Add Key…. Every store call runs off the GUI thread; a failing store (no keychain, no
 * answer) is shown with what to do. Values are typed in a password field and never shown.
 */
class SecretsDialog final : public QDialog
{
    Q_OBJECT
public:
    SecretsDialog(const Model::ProjectData &project, std::shared_ptr<Engine::SecretStore> store,
                  QWidget *parent = nullptr);
    ~SecretsDialog() override;

    /// Opens the dialog (window-modal, deleted on close) on the OS keychain.
    static SecretsDialog *showFor(QWidget *parent, const Model::ProjectData &project);

    QTreeWidget *keyList() const { return m_list; }
    QStringList keys() const;
    SecretState state(const QString &key) const { return m_states.value(key); }
    /// The text of the State column, e.g. "set", "not set", "checking…".
    QString stateText(const QString &key) const;
    /// True while a store call runs.
    bool isBusy() const { return m_pending > 0; }
    QString errorText() const;

    /// Reads every key's state again (off the GUI thread).
    void refresh();
    void selectKey(const QString &key);
    /// Asks for the value of the selected key (Set…), or of a new key when \a key is empty.
    void askValue(const QString &key);
    /// Asks, then deletes the selected key's value.
    void askDelete();

Q_SIGNALS:
    /// A store call ended: states (or an error) are up to date.
    void storeAnswered();

private:
    enum Column { KeyColumn, StateColumn, UsesColumn };

    QString selectedKey() const;
    const SecretKey *findKey(const QString &key) const;
    QTreeWidgetItem *itemFor(const QString &key) const;
    void addKey(const SecretKey &key);
    void store(const QString &key, const QString &value);
    void remove(const QString &key);
    void showState(const QString &key);
    void showError(const QString &error, const QString &lead = {});
    void updateButtons();
    void finish(const QHash<QString, SecretState> &states);

    std::shared_ptr<Engine::SecretStore> m_store;
    QList<SecretKey> m_keys;
    QHash<QString, SecretState> m_states;
    QString m_activity; ///< "storing…", "deleting…": what runs for m_activityKey
    QString m_activityKey;
    int m_pending = 0;
    int m_generation = 0;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_error;
    QPushButton *m_set;
    QPushButton *m_delete;
    QPushButton *m_add;
    QPushButton *m_refresh;
};

} // namespace Berth::Gui
