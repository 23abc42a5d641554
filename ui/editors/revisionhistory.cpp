#include "ui/editors/revisionhistory.h"

#include "model/ecsjson.h"
#include "model/project.h"
#include "ui/commands/projecteditor.h"
#include "ui/editors/textdiff.h"
#include "ui/style/palette.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Berth::Gui {

RevisionHistory::RevisionHistory(ProjectEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_list(new QListWidget(this)), m_from(new QComboBox(this)),
      m_to(new QComboBox(this)), m_diff(new QPlainTextEdit(this))
{
    m_list->setObjectName(QStringLiteral("revisions"));
    m_list->setMaximumHeight(120);
    m_from->setObjectName(QStringLiteral("diffFrom"));
    m_to->setObjectName(QStringLiteral("diffTo"));
    m_diff->setObjectName(QStringLiteral("diff"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Compare"), this));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("with"), this));
    row->addWidget(m_to);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(row);
    layout->addWidget(m_diff, 1);

    connect(m_from, &QComboBox::currentIndexChanged, this, &RevisionHistory::showDiff);
    connect(m_to, &QComboBox::currentIndexChanged, this, &RevisionHistory::showDiff);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT revisionChosen(item->data(Qt::UserRole).toInt());
    });
    connect(editor->project(), &Model::Project::changed, this, &RevisionHistory::reload);
}

void RevisionHistory::setFamily(const QString &family)
{
    m_family = family;
    reload();
}

void RevisionHistory::reload()
{
    QList<int> revisions;
    for (const Model::TaskDefinition &td : m_editor->data().taskDefinitions) {
        if (td.family() == m_family)
            revisions << td.revision();
    }
    std::sort(revisions.begin(), revisions.end());
    QList<int> shown;
    for (int i = 0; i < m_to->count(); ++i)
        shown << m_to->itemData(i).toInt();
    if (shown == revisions && m_list->count() == revisions.size())
        return;
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_list->clear();
    m_from->clear();
    m_to->clear();
    for (int r : std::as_const(revisions)) {
        auto *item =
            new QListWidgetItem(r == revisions.last() ? tr("%1:%2 (latest)").arg(m_family).arg(r)
                                                      : tr("%1:%2").arg(m_family).arg(r),
                                m_list);
        item->setData(Qt::UserRole, r);
        m_from->addItem(tr("revision %1").arg(r), r);
        m_to->addItem(tr("revision %1").arg(r), r);
    }
    m_from->setCurrentIndex(std::max(0, int(revisions.size()) - 2));
    m_to->setCurrentIndex(int(revisions.size()) - 1);
    showDiff();
}

void RevisionHistory::compare(int from, int to)
{
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    showDiff();
}

QString RevisionHistory::diffText() const
{
    return m_diff->toPlainText();
}

void RevisionHistory::showDiff()
{
    const Model::ProjectData &data = m_editor->data();
    const auto textOf = [&](int revision) {
        const Model::TaskDefinition *td =
            data.taskDefinition(QStringLiteral("%1:%2").arg(m_family).arg(revision));
        if (!td)
            return QStringList();
        return QString::fromUtf8(QJsonDocument(Model::EcsJson::exportTaskDefinition(*td))
                                     .toJson(QJsonDocument::Indented))
            .split(u'\n');
    };
    if (m_from->currentIndex() < 0 || m_to->currentIndex() < 0) {
        m_diff->clear();
        return;
    }
    const QList<TextDiff::Line> diff =
        TextDiff::lines(textOf(m_from->currentData().toInt()), textOf(m_to->currentData().toInt()));
    m_diff->setPlainText(TextDiff::unified(diff));
    QList<QTextEdit::ExtraSelection> selections;
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    QTextBlock block = m_diff->document()->firstBlock();
    for (const TextDiff::Line &line : diff) {
        if (line.op != TextDiff::Op::Same) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(block);
            s.format.setProperty(QTextFormat::FullWidthSelection, true);
            const bool added = line.op == TextDiff::Op::Added;
            s.format.setBackground((added ? Palette::diffAdded : Palette::diffRemoved).on(dark));
            selections << s;
        }
        block = block.next();
    }
    m_diff->setExtraSelections(selections);
}

} // namespace Berth::Gui
