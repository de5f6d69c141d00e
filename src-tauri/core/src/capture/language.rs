//! The language a note reads as, told from its common words (the same lists that keep them out
//! of suggested themes): what a note-taker does not say is guessed, never translated.

use std::cmp::Ordering;

use crate::synthesis::suggest::words;
use crate::Language;

/// Welsh when more of the text's common words are Welsh, English when more are English, none
/// when it cannot tell (a name, a number, a word or two of neither).
pub fn guess(text: &str) -> Option<Language> {
    let (welsh, english) = words::common_words(text);
    match welsh.cmp(&english) {
        Ordering::Greater => Some(Language::Cy),
        Ordering::Less => Some(Language::En),
        Ordering::Equal => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_reads_as_the_language_of_its_common_words() {
        assert_eq!(guess("Mae angen i'r gweithwyr gael llais cyn i'r contract gael ei lofnodi."), Some(Language::Cy));
        assert_eq!(guess("Nobody has asked the contact centre staff yet."), Some(Language::En));
        assert_eq!(guess("Ŵyr ac ŷd: mae'r AI yn y tendr, and the union wants a say"), Some(Language::Cy));
        assert_eq!(guess("GDPR 2018"), None);
        assert_eq!(guess(""), None);
    }
}
