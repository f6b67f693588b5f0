package org.landausweep.jobs.compare.report;

import java.util.List;

/** A self-contained HTML page built element by element; all text is escaped. */
final class HtmlPage {
    private static final String STYLE = """
            body { font-family: sans-serif; margin: 2em; max-width: 80em; }
            table { border-collapse: collapse; margin: 1em 0; font-size: 90%; }
            th, td { border: 1px solid #bbb; padding: 0.2em 0.5em; text-align: right; }
            th { background: #eee; }
            td.text { text-align: left; }
            code, pre { background: #f4f4f4; }
            pre { padding: 0.5em; overflow-x: auto; }
            img { display: block; margin: 0.5em 0 1.5em; border: 1px solid #ddd; }
            """;

    private final StringBuilder body = new StringBuilder();
    private final String title;

    HtmlPage(String title) {
        this.title = title;
        heading(1, title);
    }

    HtmlPage heading(int level, String text) {
        body.append("<h").append(level).append('>').append(escape(text)).append("</h").append(level).append(">\n");
        return this;
    }

    HtmlPage paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** A bulleted list, one item per entry. */
    HtmlPage list(List<String> items) {
        body.append("<ul>\n");
        items.forEach(item -> body.append("<li>").append(escape(item)).append("</li>\n"));
        body.append("</ul>\n");
        return this;
    }

    HtmlPage code(String text) {
        body.append("<pre><code>").append(escape(text)).append("</code></pre>\n");
        return this;
    }

    /** An image by its path relative to the page. */
    HtmlPage image(String src, String alt) {
        body.append("<img src=\"").append(escape(src)).append("\" alt=\"").append(escape(alt)).append("\">\n");
        return this;
    }

    /** A table; cells that do not look like numbers are left-aligned. */
    HtmlPage table(List<String> header, List<List<String>> rows) {
        body.append("<table>\n<tr>");
        header.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (String cell : row) {
                body.append(isNumber(cell) ? "<td>" : "<td class=\"text\">").append(escape(cell)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** The whole document. */
    String html() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n<style>\n"
                + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static boolean isNumber(String cell) {
        return cell.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?");
    }
}
