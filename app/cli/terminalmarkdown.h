#pragma once

#include <QString>

namespace Berth::Cli {

/**
 * A lab step's Markdown as a terminal shows it: headings, lists, block quotes, code spans
 * and blocks, emphasis and links, wrapped to a width counted in terminal columns (East Asian
 * wide characters take two, and Japanese breaks between characters, not only at spaces).
 * With styles, ANSI SGR sequences mark headings, emphasis and code; without, the text is
 * plain (headings underlined, code spans kept in backticks).
 */
class TerminalMarkdown
{
public:
    struct Options
    {
        int width = 0;       ///< columns to wrap to; 0 or less: no wrapping
        bool styles = false; ///< ANSI styles (a terminal, NO_COLOR unset)
    };

    static QString render(const QString &markdown, const Options &options);
    /// The columns \a text takes in a terminal (ANSI sequences take none).
    static int columns(const QString &text);
    /// For berth's standard output: styles when it is a terminal and NO_COLOR is unset or
    /// empty; the terminal's width, else COLUMNS, else no wrapping.
    static Options forStandardOutput();
};

} // namespace Berth::Cli
