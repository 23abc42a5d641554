#include "ui/editors/entityform.h"

#include "model/designedits.h"
#include "model/validation/validator.h"
#include "ui/commands/projecteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolTip>

namespace Berth::Gui {

using Model::EntityRef;

EntityForm::EntityForm(ProjectEditor *editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
}

const EntityForm::Data &EntityForm::data() const
{
    return m_editor->data();
}

void EntityForm::setEntity(const EntityRef &ref)
{
    m_ref = ref;
    refresh();
}

void EntityForm::refresh()
{
    m_loading = true;
    for (const auto &load : std::as_const(m_loaders))
        load(data());
    m_loading = false;
}

void EntityForm::showProblems(QLabel *label, const Data &d,
                              const std::function<bool(const Model::Diagnostic &)> &matches)
{
    QStringList problems;
    if (matches) {
        for (const Model::Diagnostic &diag : Model::Validator::validate(d)) {
            if (diag.isError() && matches(diag))
                problems << diag.message + QStringLiteral(". ") + diag.hint;
        }
    }
    label->setText(problems.join(u'\n'));
    label->setVisible(!problems.isEmpty());
}

void EntityForm::onRefresh(const std::function<void(const Data &)> &load)
{
    m_loaders << load;
}

bool EntityForm::focusPath(const QString &localPath)
{
    static const QRegularExpression member(QStringLiteral(R"(\.([A-Za-z0-9_]+)(\[\d+\])*$)"));
    QString path = localPath;
    while (!path.isEmpty() && path != QLatin1String("$")) {
        const QRegularExpressionMatch m = member.match(path);
        if (!m.hasMatch())
            break;
        if (auto *w = findChild<QWidget *>(m.captured(1)); w && w->isEnabled()) {
            w->setFocus(Qt::OtherFocusReason);
            return true;
        }
        path.truncate(m.capturedStart());
    }
    return false;
}

QString EntityForm::mergeKey(const QString &key) const
{
    return QStringLiteral("field:%1:%2:%3").arg(key).arg(qHash(m_ref)).arg(m_mergeScope);
}

void EntityForm::commit(const QString &field, const std::function<void(Data &)> &change,
                        const QString &mergeKey)
{
    if (m_loading)
        return;
    const QString text =
        tr("Change %1 of %2").arg(field, Model::DesignEdits::displayName(data(), m_ref));
    if (!m_editor->edit(text, change, mergeKey))
        refresh(); // nothing changed (or it could not): show the design as it is
}

QLineEdit *EntityForm::addName(QFormLayout *form, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("name"));
    form->addRow(label.isEmpty() ? tr("&Name:") : label, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        if (m_loading || edit->text() == m_ref.name)
            return;
        const QString error = m_editor->rename(m_ref, edit->text());
        if (!error.isEmpty()) {
            QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), error, edit);
            edit->setText(m_ref.name);
        }
    });
    onRefresh([this, edit](const Data &) {
        if (edit->text() != m_ref.name)
            edit->setText(m_ref.name);
    });
    return edit;
}

QLineEdit *EntityForm::addText(QFormLayout *form, const QString &key, const QString &label,
                               Getter<QString> get, Setter<QString> set)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    form->addRow(label, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, get, set, label] {
        if (m_loading || edit->text() == get(data()))
            return;
        const QString value = edit->text();
        commit(QString(label).remove(u'&').remove(u':'), [&](Data &d) { set(d, value); });
    });
    onRefresh([edit, get](const Data &d) {
        const QString value = get(d);
        if (edit->text() != value)
            edit->setText(value);
    });
    return edit;
}

QSpinBox *EntityForm::addInt(QFormLayout *form, const QString &key, const QString &label, int min,
                             int max, Getter<int> get, Setter<int> set, const QString &suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(key);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false);
    spin->setGroupSeparatorShown(true);
    form->addRow(label, spin);
    connect(spin, &QSpinBox::valueChanged, this, [this, spin, key, label, set](int value) {
        commit(
            QString(label).remove(u'&').remove(u':'), [&](Data &d) { set(d, value); },
            mergeKey(key));
        Q_UNUSED(spin);
    });
    onRefresh([spin, get](const Data &d) { spin->setValue(get(d)); });
    return spin;
}

QSpinBox *EntityForm::addOptionalInt(QFormLayout *form, const QString &key, const QString &label,
                                     int min, int max, const QString &unsetText,
                                     Getter<std::optional<int>> get, Setter<std::optional<int>> set)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(key);
    spin->setRange(min - 1, max);
    spin->setSpecialValueText(unsetText);
    spin->setKeyboardTracking(false);
    form->addRow(label, spin);
    connect(spin, &QSpinBox::valueChanged, this, [this, spin, key, label, set](int value) {
        const std::optional<int> v =
            value < spin->minimum() + 1 ? std::nullopt : std::optional<int>(value);
        commit(
            QString(label).remove(u'&').remove(u':'), [&](Data &d) { set(d, v); }, mergeKey(key));
    });
    onRefresh([spin, get](const Data &d) {
        const std::optional<int> v = get(d);
        spin->setValue(v ? *v : spin->minimum());
    });
    return spin;
}

QDoubleSpinBox *EntityForm::addDouble(QFormLayout *form, const QString &key, const QString &label,
                                      double min, double max, int decimals, Getter<double> get,
                                      Setter<double> set)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setObjectName(key);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setKeyboardTracking(false);
    form->addRow(label, spin);
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key, label, set](double value) {
        commit(
            QString(label).remove(u'&').remove(u':'), [&](Data &d) { set(d, value); },
            mergeKey(key));
    });
    onRefresh([spin, get](const Data &d) { spin->setValue(get(d)); });
    return spin;
}

QComboBox *EntityForm::addChoice(QFormLayout *form, const QString &key, const QString &label,
                                 Getter<QStringList> choices, Getter<QString> get,
                                 Setter<QString> set, bool editable)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(key);
    combo->setEditable(editable);
    combo->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(label, combo);
    const auto apply = [this, combo, label, get, set] {
        if (m_loading || combo->currentText() == get(data()))
            return;
        const QString value = combo->currentText();
        commit(QString(label).remove(u'&').remove(u':'), [&](Data &d) { set(d, value); });
    };
    connect(combo, &QComboBox::activated, this, apply);
    if (editable)
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, apply);
    onRefresh([combo, choices, get](const Data &d) {
        const QStringList items = choices(d);
        QStringList current;
        for (int i = 0; i < combo->count(); ++i)
            current << combo->itemText(i);
        if (current != items) {
            combo->clear();
            combo->addItems(items);
        }
        const QString value = get(d);
        const int index = combo->findText(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else if (combo->isEditable())
            combo->setEditText(value);
        else
            combo->setCurrentIndex(-1);
    });
    return combo;
}

QComboBox *EntityForm::addAction(QFormLayout *form, const QString &key, const QString &label,
                                 const std::function<ActionParts(Data &)> &find,
                                 const std::function<QList<QWidget *>()> &addForward)
{
    using Action = Model::ListenerRule::Action;
    // The design is only read through \a find here; the const_cast serves the getters.
    const auto parts = [find](const Data &d) { return find(const_cast<Data &>(d)); };
    auto *action = addChoice(
        form, key, label,
        [](const Data &) {
            return QStringList{Model::ListenerRule::actionName(Action::Forward),
                               Model::ListenerRule::actionName(Action::FixedResponse),
                               Model::ListenerRule::actionName(Action::Redirect)};
        },
        [parts](const Data &d) {
            const ActionParts p = parts(d);
            return Model::ListenerRule::actionName(p.action ? *p.action : Action::Forward);
        },
        [find](Data &d, const QString &v) {
            if (Action *a = find(d).action)
                *a = Model::ListenerRule::actionFromName(v).value_or(Action::Forward);
        });
    action->setToolTip(tr("forward: to a target group, or weighted to several; fixed-response: "
                          "the load balancer answers by itself; redirect: it sends the client "
                          "to another URL"));
    QList<QPair<Action, QWidget *>> byAction;
    for (QWidget *w : addForward())
        byAction.append({Action::Forward, w});
    const auto forAction = [&byAction](Action a, QWidget *w) { byAction.append({a, w}); };
    const auto addFixedPart = [&](const QString &partKey, const QString &partLabel,
                                  QString Model::FixedResponse::*part, bool trimmed) {
        forAction(Action::FixedResponse,
                  addText(
                      form, partKey, partLabel,
                      [parts, part](const Data &d) {
                          const ActionParts p = parts(d);
                          return p.fixedResponse ? p.fixedResponse->*part : QString();
                      },
                      [find, part, trimmed](Data &d, const QString &v) {
                          if (Model::FixedResponse *f = find(d).fixedResponse)
                              f->*part = trimmed ? v.trimmed() : v;
                      }));
    };
    addFixedPart(QStringLiteral("fixedResponse"), tr("Response &status:"),
                 &Model::FixedResponse::statusCode, true);
    forAction(Action::FixedResponse,
              addChoice(
                  form, QStringLiteral("contentType"), tr("Content &type:"),
                  [](const Data &) {
                      return QStringList{QStringLiteral("text/plain"), QStringLiteral("text/css"),
                                         QStringLiteral("text/html"),
                                         QStringLiteral("application/javascript"),
                                         QStringLiteral("application/json")};
                  },
                  [parts](const Data &d) {
                      const ActionParts p = parts(d);
                      return p.fixedResponse ? p.fixedResponse->contentType : QString();
                  },
                  [find](Data &d, const QString &v) {
                      if (Model::FixedResponse *f = find(d).fixedResponse)
                          f->contentType = v;
                  }));
    addFixedPart(QStringLiteral("messageBody"), tr("&Body:"), &Model::FixedResponse::messageBody,
                 false);
    const auto addRedirectPart = [&](const QString &partKey, const QString &partLabel,
                                     QString Model::Redirect::*part) {
        forAction(Action::Redirect,
                  addText(
                      form, partKey, partLabel,
                      [parts, part](const Data &d) {
                          const ActionParts p = parts(d);
                          return p.redirect ? p.redirect->*part : QString();
                      },
                      [find, part](Data &d, const QString &v) {
                          if (Model::Redirect *r = find(d).redirect)
                              r->*part = v.trimmed();
                      }));
    };
    addRedirectPart(QStringLiteral("redirectProtocol"), tr("Redirect pr&otocol:"),
                    &Model::Redirect::protocol);
    addRedirectPart(QStringLiteral("redirectHost"), tr("Redirect ho&st:"), &Model::Redirect::host);
    addRedirectPart(QStringLiteral("redirectPort"), tr("Redirect &port:"), &Model::Redirect::port);
    addRedirectPart(QStringLiteral("redirectPath"), tr("Redirect pat&h:"), &Model::Redirect::path);
    addRedirectPart(QStringLiteral("redirectQuery"), tr("Redirect q&uery:"),
                    &Model::Redirect::query);
    forAction(Action::Redirect,
              addChoice(
                  form, QStringLiteral("redirect"), tr("Redirect &code:"),
                  [](const Data &) {
                      return QStringList{QStringLiteral("HTTP_301"), QStringLiteral("HTTP_302")};
                  },
                  [parts](const Data &d) {
                      const ActionParts p = parts(d);
                      return p.redirect ? p.redirect->statusCode : QString();
                  },
                  [find](Data &d, const QString &v) {
                      if (Model::Redirect *r = find(d).redirect)
                          r->statusCode = v;
                  }));
    // Only the chosen action's fields are open; the others keep their values.
    onRefresh([parts, byAction](const Data &d) {
        const ActionParts p = parts(d);
        const Action a = p.action ? *p.action : Action::Forward;
        for (const auto &[owner, widget] : byAction)
            widget->setEnabled(owner == a);
    });
    return action;
}

QCheckBox *EntityForm::addCheck(QFormLayout *form, const QString &key, const QString &label,
                                Getter<bool> get, Setter<bool> set)
{
    auto *box = new QCheckBox(label, this);
    box->setObjectName(key);
    // The whole row: a check box's text is a sentence, longer than the field column has room
    // for in a narrow dock (and in Japanese).
    form->addRow(box);
    connect(box, &QCheckBox::toggled, this, [this, label, set](bool on) {
        commit(QString(label).remove(u'&'), [&](Data &d) { set(d, on); });
    });
    onRefresh([box, get](const Data &d) { box->setChecked(get(d)); });
    return box;
}

} // namespace Berth::Gui
