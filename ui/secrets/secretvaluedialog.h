#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Berth::Gui {

/// Asks for a secret's value (and, to add one, its key). The value is typed in a password
/// field: never shown, never logged, and cleared as soon as it has been taken.
class SecretValueDialog final : public QDialog
{
    Q_OBJECT
public:
    /// An empty \a key asks for the key too. \a registryCredentials: the value must be
    /// USER:PASSWORD or {"username": ..., "password": ...}.
    SecretValueDialog(const QString &key, bool registryCredentials, QWidget *parent = nullptr);
    ~SecretValueDialog() override;

    QString key() const;
    /// The value typed, once: the field is emptied.
    QString takeValue();

    QLineEdit *keyField() const { return m_key; }
    QLineEdit *valueField() const { return m_value; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();

    bool m_registry;
    QLineEdit *m_key;
    QLineEdit *m_value;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace Berth::Gui
