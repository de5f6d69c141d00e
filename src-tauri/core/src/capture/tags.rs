//! Tags typed inline: `#privacy`, `#data-sharing`, `#Cymraeg`. A tag starts at a `#` that
//! begins a word and runs over letters, digits, `-` and `_`; it is kept lower-cased and once.

/// The longest tag kept, in characters; a longer run is cut there.
pub const TAG_MAX: usize = 50;
/// The most tags one note keeps.
pub const TAGS_PER_NOTE_MAX: usize = 20;

/// The tags in `text`, in the order they first appear.
pub fn tags_in(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    let mut previous: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let starts_word = previous.is_none_or(|p| !(p.is_alphanumeric() || p == '_' || p == '#'));
        if c == '#' && starts_word {
            let mut tag = String::new();
            while let Some(&next) = chars.peek() {
                if !(next.is_alphanumeric() || next == '-' || next == '_') {
                    break;
                }
                // Lower-casing can make more than one character (İ), so the limit counts after it.
                for lower in next.to_lowercase() {
                    if tag.chars().count() < TAG_MAX {
                        tag.push(lower);
                    }
                }
                chars.next();
                previous = Some(next);
            }
            let tag = tag.trim_end_matches(['-', '_']).to_owned();
            if !tag.is_empty() && !tags.contains(&tag) && tags.len() < TAGS_PER_NOTE_MAX {
                tags.push(tag);
            }
            continue;
        }
        previous = Some(c);
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_start_a_word_and_are_kept_lower_cased_once() {
        assert_eq!(tags_in("Who owns the data? #Privacy #data-sharing, #privacy"), ["privacy", "data-sharing"]);
        assert_eq!(tags_in("#Cymraeg first, then #gŵaith"), ["cymraeg", "gŵaith"]);
        assert_eq!(tags_in("C# is not a tag, nor is a#b or ##"), Vec::<String>::new());
        assert_eq!(tags_in("(#pilot) and #end-"), ["pilot", "end"]);
        assert_eq!(tags_in(&format!("#{}", "x".repeat(80))), ["x".repeat(TAG_MAX)]);
        let dotted = tags_in(&format!("#{}İ", "x".repeat(49)));
        assert_eq!(dotted[0].chars().count(), TAG_MAX, "counted after lower-casing");
        let many: String = (0..30).map(|n| format!("#t{n} ")).collect();
        assert_eq!(tags_in(&many).len(), TAGS_PER_NOTE_MAX);
    }
}
