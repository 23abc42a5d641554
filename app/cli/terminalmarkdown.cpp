#include "app/cli/terminalmarkdown.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <sys/ioctl.h>
#include <unistd.h>

namespace Berth::Cli {

namespace {

enum Style { Plain = 0, Bold = 1, Italic = 2, Code = 4, Link = 8, Underline = 16 };

struct Piece
{
    QString text;
    int style = Plain;
};

/// What a line may break around: a word, one wide character (with what must stay with it),
/// or a space.
struct Atom
{
    QList<Piece> pieces;
    int width = 0;
    bool space = false;
    char32_t last = 0;
};

bool isWide(char32_t c)
{
    // East Asian Wide and Fullwidth (Unicode's EastAsianWidth.txt, the blocks a lab uses).
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

int widthOf(char32_t c)
{
    if (c == 0 || QChar::category(c) == QChar::Mark_NonSpacing ||
        QChar::category(c) == QChar::Mark_Enclosing || c == 0x200B)
        return 0;
    return isWide(c) ? 2 : 1;
}

// Japanese line breaking (kinsoku): no line starts with a closing mark, none ends with an
// opening one.
bool noBreakBefore(char32_t c)
{
    static const QString marks =
        QStringLiteral("、。，．・：；？！ー）」』】〉》〕ぁぃぅぇぉっゃゅょァィゥェォッャュョ"
                       ")]},.:;!?%");
    return c < 0x10000 && marks.contains(QChar(char16_t(c)));
}

bool noBreakAfter(char32_t c)
{
    static const QString marks = QStringLiteral("（「『【〈《〔([{");
    return c < 0x10000 && marks.contains(QChar(char16_t(c)));
}

QString sgr(int style)
{
    QStringList codes;
    if (style & Bold)
        codes << QStringLiteral("1");
    if (style & Italic)
        codes << QStringLiteral("3");
    if (style & (Link | Underline))
        codes << QStringLiteral("4");
    if (style & Code)
        codes << QStringLiteral("36");
    return codes.isEmpty() ? QString() : QStringLiteral("\x1b[%1m").arg(codes.join(u';'));
}

class Renderer
{
public:
    explicit Renderer(const TerminalMarkdown::Options &options) : m_options(options) {}

    QString render(const QString &markdown)
    {
        QStringList lines = markdown.split(u'\n');
        for (QString &l : lines) {
            if (l.endsWith(u'\r'))
                l.chop(1);
        }
        blocks(lines, 0);
        flush();
        while (m_out.endsWith(QStringLiteral("\n\n")))
            m_out.chop(1);
        return m_out;
    }

private:
    enum class Kind { None, Paragraph, Item, Heading, Code, Rule, Quote };

    void blocks(const QStringList &lines, int indent)
    {
        static const QRegularExpression heading(
            QStringLiteral("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
        static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])( *\\1){2,} *$"));
        static const QRegularExpression item(QStringLiteral("^( *)([-*+]|\\d{1,9}[.)])( +)(.*)$"));
        static const QRegularExpression fence(QStringLiteral("^ {0,3}(```+|~~~+)"));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            QRegularExpressionMatch m;
            if ((m = fence.match(line)).hasMatch()) {
                flush();
                QStringList code;
                const QString marker = m.captured(1);
                while (++i < lines.size() && !lines.at(i).trimmed().startsWith(marker))
                    code << lines.at(i);
                codeBlock(code, indent);
            } else if (line.trimmed().isEmpty()) {
                flush();
                m_blankSeen = true;
            } else if ((m = heading.match(line)).hasMatch()) {
                flush();
                headingBlock(m.captured(2), int(m.captured(1).size()), indent);
            } else if (rule.match(line).hasMatch()) {
                flush();
                begin(Kind::Rule);
                const int width = m_options.width > 0 ? m_options.width - indent : 40;
                m_out += QString(indent, u' ') +
                         QString(std::min(width, 40), m_options.styles ? QChar(0x2500) : u'-') +
                         u'\n';
            } else if (line.trimmed().startsWith(u'>')) {
                flush();
                QStringList quoted;
                for (; i < lines.size() && lines.at(i).trimmed().startsWith(u'>'); ++i) {
                    QString q = lines.at(i).trimmed().mid(1);
                    quoted << (q.startsWith(u' ') ? q.mid(1) : q);
                }
                --i;
                quoteBlock(quoted, indent);
            } else if ((m = item.match(line)).hasMatch()) {
                flush();
                const int level = int(m.captured(1).size()) / 2;
                const QString marker = m.captured(2);
                const bool ordered = marker.at(0).isDigit();
                m_prefix =
                    QString(indent + level * 2, u' ') +
                    (ordered ? marker + u' '
                             : (m_options.styles ? QStringLiteral("• ") : QStringLiteral("- ")));
                m_hanging = indent + level * 2 + columnsOf(m_prefix.trimmed()) + 1;
                m_itemIndent = m_hanging;
                m_kind = Kind::Item;
                m_text = m.captured(4);
            } else if (m_kind == Kind::Item || m_kind == Kind::Paragraph) {
                m_text += joiner(m_text, line.trimmed()) + line.trimmed();
            } else {
                // A paragraph, or one that goes on inside a list item (indented under it).
                const bool insideItem = m_itemIndent > 0 && line.startsWith(QStringLiteral("  "));
                if (!insideItem)
                    m_itemIndent = 0;
                m_kind = Kind::Paragraph;
                m_prefix = QString(insideItem ? m_itemIndent : indent, u' ');
                m_hanging = int(m_prefix.size());
                m_text = line.trimmed();
            }
        }
    }

    /// Soft line breaks join with a space, except between Japanese characters.
    static QString joiner(const QString &before, const QString &after)
    {
        if (before.isEmpty() || after.isEmpty())
            return {};
        const bool wide = isWide(before.back().unicode()) || isWide(after.front().unicode());
        return wide ? QString() : QStringLiteral(" ");
    }

    void flush()
    {
        if (m_kind != Kind::Item && m_kind != Kind::Paragraph)
            return;
        const Kind kind = m_kind;
        m_kind = Kind::None;
        begin(kind);
        m_out += wrap(inline_(m_text, Plain), m_prefix, m_hanging);
        m_text.clear();
    }

    /// A blank line between blocks, as the source has one; none between list items.
    void begin(Kind kind)
    {
        const bool separate =
            !m_out.isEmpty() && (m_blankSeen || kind != Kind::Item || m_last != Kind::Item);
        if (separate && !m_out.endsWith(QStringLiteral("\n\n")))
            m_out += u'\n';
        m_blankSeen = false;
        m_last = kind;
    }

    void headingBlock(const QString &text, int level, int indent)
    {
        begin(Kind::Heading);
        const int style = level == 1 ? Bold | Underline : Bold;
        const QString prefix(indent, u' ');
        const QString wrapped = wrap(inline_(text, style), prefix, indent);
        m_out += wrapped;
        if (!m_options.styles) {
            int width = 0;
            for (const QString &l : wrapped.split(u'\n', Qt::SkipEmptyParts))
                width = std::max(width, columnsOf(l) - indent);
            m_out += prefix + QString(width, level == 1 ? u'=' : u'-') + u'\n';
        }
        m_blankSeen = true; // the text after a heading starts a block of its own
    }

    void codeBlock(const QStringList &code, int indent)
    {
        begin(Kind::Code);
        for (const QString &l : code) {
            const QString text = QString(indent + 4, u' ') + l;
            m_out += m_options.styles && !l.isEmpty()
                         ? QString(indent + 4, u' ') + sgr(Code) + l + QStringLiteral("\x1b[0m")
                         : text;
            m_out += u'\n';
        }
        m_blankSeen = true;
    }

    void quoteBlock(const QStringList &quoted, int indent)
    {
        begin(Kind::Quote);
        TerminalMarkdown::Options inner = m_options;
        if (inner.width > 0)
            inner.width = std::max(10, inner.width - indent - 2);
        const QString bar = m_options.styles ? QStringLiteral("│ ") : QStringLiteral("> ");
        QString inside = Renderer(inner).render(quoted.join(u'\n'));
        if (inside.endsWith(u'\n'))
            inside.chop(1);
        for (const QString &l : inside.split(u'\n'))
            m_out += QString(indent, u' ') + (l.isEmpty() ? bar.trimmed() : bar + l) + u'\n';
        m_blankSeen = true;
    }

    QList<Piece> inline_(const QString &text, int base) const
    {
        QList<Piece> out;
        int style = base;
        QString current;
        auto push = [&](const QString &t, int s) {
            if (t.isEmpty())
                return;
            if (!out.isEmpty() && out.last().style == s)
                out.last().text += t;
            else
                out.append({t, s});
        };
        auto cut = [&] {
            push(current, style);
            current.clear();
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'\\' && i + 1 < text.size() && text.at(i + 1).isPunct()) {
                current += text.at(++i);
            } else if (c == u'`') {
                qsizetype n = 1;
                while (i + n < text.size() && text.at(i + n) == u'`')
                    ++n;
                const QString ticks(n, u'`');
                const qsizetype end = text.indexOf(ticks, i + n);
                if (end < 0) {
                    current += ticks;
                    i += n - 1;
                    continue;
                }
                QString code = text.mid(i + n, end - i - n);
                if (code.size() > 2 && code.startsWith(u' ') && code.endsWith(u' '))
                    code = code.mid(1, code.size() - 2);
                cut();
                push(m_options.styles ? code : u'`' + code + u'`', style | Code);
                i = end + n - 1;
            } else if ((c == u'*' || c == u'_') && i + 1 < text.size() && text.at(i + 1) == c &&
                       ((style & Bold) || text.indexOf(QString(2, c), i + 2) > i + 2)) {
                cut();
                style ^= Bold;
                ++i;
            } else if ((c == u'*' || c == u'_') &&
                       !(c == u'_' && i > 0 && text.at(i - 1).isLetterOrNumber()) &&
                       ((style & Italic) || (i + 1 < text.size() && !text.at(i + 1).isSpace() &&
                                             text.indexOf(c, i + 1) > i + 1))) {
                cut();
                style ^= Italic;
            } else if (c == u'[') {
                const qsizetype close = text.indexOf(QStringLiteral("]("), i);
                const qsizetype end = close < 0 ? -1 : text.indexOf(u')', close);
                if (end < 0) {
                    current += c;
                    continue;
                }
                const QString label = text.mid(i + 1, close - i - 1);
                const QString url = text.mid(close + 2, end - close - 2);
                cut();
                push(label, style | Link);
                if (url != label)
                    push(QStringLiteral(" (%1)").arg(url), style);
                i = end;
            } else {
                current += c;
            }
        }
        cut();
        return out;
    }

    static int columnsOf(const QString &text)
    {
        int n = 0;
        for (const char32_t c : text.toUcs4())
            n += widthOf(c);
        return n;
    }

    QList<Atom> atoms(const QList<Piece> &pieces) const
    {
        QList<Atom> out;
        Atom current;
        auto flushAtom = [&] {
            if (!current.pieces.isEmpty())
                out.append(current);
            current = Atom();
        };
        for (const Piece &p : pieces) {
            for (const char32_t c : p.text.toUcs4()) {
                const QString s = QString::fromUcs4(&c, 1);
                if (c == u' ' || c == u'\t') {
                    flushAtom();
                    out.append(Atom{{{QStringLiteral(" "), p.style}}, 1, true, c});
                    continue;
                }
                if (!current.pieces.isEmpty() && (isWide(c) || isWide(current.last)) &&
                    !noBreakBefore(c) && !noBreakAfter(current.last))
                    flushAtom();
                if (!current.pieces.isEmpty() && current.pieces.last().style == p.style)
                    current.pieces.last().text += s;
                else
                    current.pieces.append({s, p.style});
                current.width += widthOf(c);
                current.last = c;
            }
        }
        flushAtom();
        return out;
    }

    QString styledLine(const QList<Atom> &line) const
    {
        QString out;
        int style = Plain;
        for (const Atom &a : line) {
            for (const Piece &p : a.pieces) {
                if (m_options.styles && p.style != style) {
                    if (style != Plain)
                        out += QStringLiteral("\x1b[0m");
                    out += sgr(p.style);
                    style = p.style;
                }
                out += p.text;
            }
        }
        if (m_options.styles && style != Plain)
            out += QStringLiteral("\x1b[0m");
        return out;
    }

    QString wrap(const QList<Piece> &pieces, const QString &prefix, int hanging) const
    {
        QString out;
        QList<Atom> line;
        int width = 0;
        bool pendingSpace = false;
        bool first = true;
        const int limit = m_options.width;
        auto endLine = [&] {
            out += (first ? prefix : QString(hanging, u' ')) + styledLine(line) + u'\n';
            first = false;
            line.clear();
            width = 0;
            pendingSpace = false;
        };
        for (const Atom &a : atoms(pieces)) {
            if (a.space) {
                pendingSpace = !line.isEmpty();
                continue;
            }
            const int room = limit - (first ? columnsOf(prefix) : hanging);
            const int needed = (pendingSpace ? 1 : 0) + a.width;
            if (limit > 0 && !line.isEmpty() && width + needed > room)
                endLine();
            else if (pendingSpace) {
                // A space inside a code span or a link keeps its style; between two, none.
                const int style = line.last().pieces.last().style & a.pieces.first().style;
                line.append(Atom{{{QStringLiteral(" "), style}}, 1, true, u' '});
                ++width;
            }
            pendingSpace = false;
            line.append(a);
            width += a.width;
        }
        if (!line.isEmpty() || first)
            endLine();
        return out;
    }

    TerminalMarkdown::Options m_options;
    QString m_out;
    Kind m_kind = Kind::None;
    Kind m_last = Kind::None;
    bool m_blankSeen = false;
    QString m_text;
    QString m_prefix;
    int m_hanging = 0;
    int m_itemIndent = 0;
};

} // namespace

QString TerminalMarkdown::render(const QString &markdown, const Options &options)
{
    return Renderer(options).render(markdown);
}

int TerminalMarkdown::columns(const QString &text)
{
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;]*m"));
    QString plain = text;
    plain.remove(ansi);
    int n = 0;
    for (const char32_t c : plain.toUcs4())
        n += widthOf(c);
    return n;
}

TerminalMarkdown::Options TerminalMarkdown::forStandardOutput()
{
    Options options;
    const bool terminal = ::isatty(STDOUT_FILENO);
    // no-color.org: NO_COLOR present and not empty turns colour off.
    options.styles = terminal && qEnvironmentVariable("NO_COLOR").isEmpty();
    struct winsize size = {};
    if (terminal && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        options.width = size.ws_col;
    else
        options.width = qEnvironmentVariableIntValue("COLUMNS");
    return options;
}

} // namespace Berth::Cli
