//! Keeping what an error says short: one line, a bounded length, and at most the first few
//! dozen characters of a value it refuses. A refused file can hold a 5 MB string where a time
//! belongs; the message about it must still fit on a terminal's line and in a dialog.

use std::path::Path;

/// The longest message the app shows or prints, in characters.
pub const MESSAGE_MAX: usize = 300;
/// How much of a refused value a message quotes, in characters.
pub const QUOTE_MAX: usize = 40;
/// How much of a path a message shows, in characters (the start and the end are kept).
const PATH_MAX: usize = 160;

/// `value` quoted as Rust's `{:?}` would, cut to its first [`QUOTE_MAX`] characters.
pub fn quote(value: &str) -> String {
    let mut chars = value.chars();
    let head: String = chars.by_ref().take(QUOTE_MAX).collect();
    match chars.next() {
        Some(_) => format!("{}…\"", format!("{head:?}").trim_end_matches('"')),
        None => format!("{head:?}"),
    }
}

/// A path as a message shows it: whole when short, else its start and end around an ellipsis.
pub fn path(path: &Path) -> String {
    let shown = path.display().to_string().replace(['\n', '\r'], " ");
    let count = shown.chars().count();
    if count <= PATH_MAX {
        return shown;
    }
    let keep = PATH_MAX / 2;
    let head: String = shown.chars().take(keep).collect();
    let tail: String = shown.chars().skip(count - keep).collect();
    format!("{head}…{tail}")
}

/// `message` on one line, its quoted values cut to [`QUOTE_MAX`] characters and the whole to
/// [`MESSAGE_MAX`]: the last guard before a person reads it.
pub fn one_line(message: &str) -> String {
    let flat = message.split_whitespace().collect::<Vec<_>>().join(" ");
    clip(&shorten_quotes(&flat), MESSAGE_MAX)
}

/// `text` cut to `max` characters, the last of them an ellipsis when anything was cut.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Cuts every double-quoted stretch of `text` (a value a parser quoted with `{:?}`, escapes
/// and all) longer than [`QUOTE_MAX`] characters.
fn shorten_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4 * MESSAGE_MAX));
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '"' {
            continue;
        }
        let mut inside = 0;
        let mut escaped = false;
        for c in chars.by_ref() {
            let closes = c == '"' && !escaped;
            escaped = c == '\\' && !escaped;
            if closes {
                out.push('"');
                break;
            }
            inside += 1;
            if inside <= QUOTE_MAX {
                out.push(c);
            } else if inside == QUOTE_MAX + 1 {
                out.push('…');
            }
        }
        // Past a long quote, the rest is short text again; stop early if it never closes.
        if out.chars().count() > 2 * MESSAGE_MAX {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_value_is_quoted_by_its_start() {
        let quoted = quote(&"ŵ".repeat(5_000));
        assert_eq!(quoted.chars().count(), QUOTE_MAX + 3);
        assert!(quoted.starts_with("\"ŵŵ") && quoted.ends_with("…\""), "{quoted}");
        assert_eq!(quote("13:30"), "\"13:30\"");
    }

    #[test]
    fn a_message_is_one_short_line_with_short_quotes() {
        let value = "x".repeat(5_000_000);
        let message = format!("invalid type: string \"{value}\",\nexpected a time at line 1");
        let said = one_line(&message);
        assert!(said.chars().count() <= MESSAGE_MAX, "{}", said.len());
        assert!(!said.contains('\n'));
        assert!(said.contains("expected a time"), "{said}");
        assert!(said.contains(&format!("\"{}…\"", "x".repeat(QUOTE_MAX))), "{said}");
    }

    #[test]
    fn escaped_quotes_stay_inside_the_value() {
        let said = one_line(r#"bad "a\"b" here"#);
        assert_eq!(said, r#"bad "a\"b" here"#);
    }

    #[test]
    fn a_long_path_keeps_its_ends() {
        let long = Path::new("/home").join("a".repeat(500)).join("report.pdf");
        let shown = path(&long);
        assert!(shown.starts_with("/home/aaa") && shown.ends_with("report.pdf"), "{shown}");
        assert!(shown.chars().count() <= PATH_MAX + 1);
    }
}
