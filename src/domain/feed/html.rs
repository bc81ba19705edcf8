//! An ad's description comes as HTML; a position's page is plain text.

/// The text of `html`: tags dropped (a paragraph, line break or list item
/// starts a new line), the common entities decoded, blank runs collapsed.
pub fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&decode(&rest[..start]));
        let Some(end) = rest[start..].find('>') else {
            rest = &rest[start..];
            break;
        };
        let tag = rest[start + 1..start + end].trim_start_matches('/').to_ascii_lowercase();
        let name = tag.split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or("");
        if matches!(name, "p" | "br" | "li" | "div" | "h1" | "h2" | "h3" | "h4" | "ul" | "ol" | "tr") {
            text.push('\n');
        }
        rest = &rest[start + end + 1..];
    }
    text.push_str(&decode(rest));
    tidy(&text)
}

fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    const ENTITIES: [(&str, &str); 14] = [
        ("&nbsp;", " "),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&apos;", "'"),
        ("&aring;", "å"),
        ("&Aring;", "Å"),
        ("&oslash;", "ø"),
        ("&Oslash;", "Ø"),
        ("&aelig;", "æ"),
        ("&AElig;", "Æ"),
        ("&ndash;", "-"),
        ("&amp;", "&"),
    ];
    ENTITIES.iter().fold(text.to_owned(), |text, (entity, char)| text.replace(entity, char))
}

/// Spaces within a line collapsed, lines trimmed, at most one empty line
/// between paragraphs.
fn tidy(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() && lines.last().is_none_or(String::is_empty) {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines.join("\n")
}

/// `text` cut to at most `max` characters at a word, marked " (...)" when cut.
pub fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    const MARK: &str = " (...)";
    let keep: String = text.chars().take(max - MARK.len()).collect();
    let at = keep.rfind(char::is_whitespace).unwrap_or(keep.len());
    format!("{}{MARK}", keep[..at].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_paragraphs_stay_and_entities_are_read() {
        let html = "<p>Vi s&oslash;ker en <strong>r&aring;dgiver</strong>.</p><p></p><ul><li>Fast &amp; 100&nbsp;%</li><li>Oslo</li></ul>";
        assert_eq!(plain_text(html), "Vi søker en rådgiver.\n\nFast & 100 %\n\nOslo");
        assert_eq!(plain_text("a < b"), "a < b");
        assert_eq!(plain_text("&amp;lt;"), "&lt;");
    }

    #[test]
    fn a_long_text_is_cut_at_a_word_and_says_so() {
        assert_eq!(cut("kort", 10), "kort");
        let cut = cut("ord ord ord ord ord", 14);
        assert_eq!(cut, "ord ord (...)");
        assert!(cut.chars().count() <= 14);
    }
}
