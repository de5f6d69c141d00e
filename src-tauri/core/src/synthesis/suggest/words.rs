//! A note as the words that say what it is about: lower-cased, common words dropped, and each
//! word reduced to a key that its other forms share, so that notes which use the same word in
//! different forms count as sharing it.
//!
//! Welsh changes the first letter of a word after some words (the initial mutations):
//! *gweithwyr*, *ei weithwyr*, *fy ngweithwyr*. The nasal forms (ngh, mh, nh, ng) and dd never
//! begin a word in its own form, in Welsh or English, so they are always undone. The soft and
//! aspirate forms are ambiguous (*law* may be *llaw* or *glaw*, or English), so in a note that
//! reads as Welsh a word is folded into a form it may have come from only when that form is used
//! in the same notes; Welsh plurals (*penderfyniadau*) fold into a singular the notes use the
//! same way, and English plurals too (*workers* into *worker*). Snowball's English stemmer was
//! tried, and agreed less with the hand-grouped notes (see `benches/themes.rs`); Snowball has
//! no Welsh stemmer.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

static STOP_EN: LazyLock<BTreeSet<&'static str>> = LazyLock::new(|| word_list(include_str!("stop-words-en.txt")));
static STOP_CY: LazyLock<BTreeSet<&'static str>> = LazyLock::new(|| word_list(include_str!("stop-words-cy.txt")));

fn word_list(text: &'static str) -> BTreeSet<&'static str> {
    text.lines().filter(|line| !line.starts_with('#')).flat_map(str::split_whitespace).collect()
}

/// A note's words as typed (lower-cased), and whether it reads as Welsh.
pub struct Tokens {
    pub words: Vec<String>,
    pub welsh: bool,
}

/// Splits a note into lower-case words: letters and digits, broken at anything else (an
/// apostrophe too, so *i'r* and *mae'r* lose their *'r*). Composed first, so a letter with a
/// circumflex typed as two code points is one letter.
pub fn tokens(text: &str) -> Tokens {
    let composed: String = text.nfc().collect::<String>().to_lowercase();
    let words: Vec<String> = composed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().count() >= 2 && !word.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_owned)
        .collect();
    let welsh_words = words.iter().filter(|w| STOP_CY.contains(w.as_str())).count();
    let english_words = words.iter().filter(|w| STOP_EN.contains(w.as_str())).count();
    Tokens { welsh: welsh_words > english_words, words }
}

/// How many of a text's words are common Welsh words, and how many common English ones.
pub fn common_words(text: &str) -> (usize, usize) {
    let Tokens { words, .. } = tokens(text);
    let welsh = words.iter().filter(|w| STOP_CY.contains(w.as_str())).count();
    let english = words.iter().filter(|w| STOP_EN.contains(w.as_str())).count();
    (welsh, english)
}

/// Whether a word says nothing about a note's subject. "ai" is a common word only in Welsh.
fn is_stop_word(word: &str, welsh: bool) -> bool {
    if word == "ai" {
        return welsh;
    }
    STOP_EN.contains(word) || STOP_CY.contains(word)
}

/// The nasal mutations and dd, which never begin a word in its own form: undone everywhere.
fn unmutate_nasal(word: &str) -> Option<String> {
    const RULES: [(&str, &str); 5] = [("ngh", "c"), ("mh", "p"), ("nh", "t"), ("ng", "g"), ("dd", "d")];
    RULES.iter().find_map(|(mutated, radical)| {
        word.strip_prefix(mutated).filter(|rest| !rest.is_empty()).map(|rest| format!("{radical}{rest}"))
    })
}

/// The forms a Welsh word may have had before a soft or aspirate mutation (or h- before a
/// vowel), most likely first.
fn possible_radicals(word: &str) -> Vec<String> {
    let starts_with_vowel = word.starts_with(['a', 'e', 'i', 'o', 'u', 'w', 'y', 'â', 'ê', 'î', 'ô', 'û', 'ŵ', 'ŷ']);
    let mut found = Vec::new();
    let mut add = |prefix: &str, radicals: &[&str]| {
        if let Some(rest) = word.strip_prefix(prefix) {
            found.extend(radicals.iter().map(|radical| format!("{radical}{rest}")));
        }
    };
    if word.starts_with("ch") {
        add("ch", &["c"]);
    } else if word.starts_with("th") {
        add("th", &["t"]);
    } else if word.starts_with("ph") {
        add("ph", &["p"]);
    } else if !word.starts_with("ll") && !word.starts_with("rh") {
        add("f", &["b", "m"]);
        add("l", &["ll", "gl"]);
        add("r", &["rh", "gr"]);
        add("b", &["p"]);
        add("d", &["t"]);
        add("g", &["c"]);
        add("m", &["b"]);
        add("n", &["d"]);
    }
    if word.starts_with('h') && word[1..].starts_with(['a', 'e', 'i', 'o', 'u', 'w', 'y']) {
        found.push(word[1..].to_owned());
    }
    if starts_with_vowel {
        found.push(format!("g{word}"));
    }
    found
}

/// The commonest endings of Welsh plurals, longest first: *penderfyniadau*, *swyddogion*.
const WELSH_PLURALS: [&str; 6] = ["iaid", "iau", "ion", "aid", "au", "on"];

/// The words of a set of notes, reduced to shared keys: `keys[i]` holds note `i`'s distinct
/// keys, and `shown` the form of each key that the notes use most (for naming a theme).
pub struct Vocabulary {
    pub keys: Vec<BTreeSet<String>>,
    pub shown: BTreeMap<String, String>,
}

impl Vocabulary {
    pub fn of(notes: &[Tokens]) -> Self {
        // How often each form occurs, after the always-safe nasal folding: the attestation that
        // the ambiguous folds below look for.
        let mut occurs: BTreeMap<String, usize> = BTreeMap::new();
        let safe = |word: &String| unmutate_nasal(word).unwrap_or_else(|| word.clone());
        for note in notes {
            for word in &note.words {
                *occurs.entry(safe(word)).or_default() += 1;
            }
        }
        let fold = |word: &String, welsh: bool| -> String {
            let word = safe(word);
            let attested = |candidate: &String| occurs.get(candidate).copied().unwrap_or(0);
            if !welsh {
                // A plural whose singular the notes use: "workers" and "worker".
                let singulars = [
                    word.strip_suffix("ies").map(|stem| format!("{stem}y")),
                    word.strip_suffix('s').map(str::to_owned),
                ];
                return singulars
                    .into_iter()
                    .flatten()
                    .find(|singular| singular.chars().count() >= 3 && attested(singular) > 0)
                    .unwrap_or(word);
            }
            // The radical the notes use most; ties go to the first in the list (`max_by_key`
            // keeps the last of equals, so the list is read from its end).
            let radical =
                possible_radicals(&word).into_iter().rev().filter(|c| attested(c) > 0).max_by_key(|c| attested(c));
            let word = radical.unwrap_or(word);
            WELSH_PLURALS
                .iter()
                .filter_map(|ending| word.strip_suffix(ending))
                .find(|singular| singular.chars().count() >= 3 && attested(&singular.to_string()) > 0)
                .map_or(word.clone(), str::to_owned)
        };
        let mut forms: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        let keys = notes
            .iter()
            .map(|note| {
                note.words
                    .iter()
                    .filter(|word| !is_stop_word(word, note.welsh))
                    .filter_map(|word| {
                        let key = fold(word, note.welsh);
                        (!is_stop_word(&key, note.welsh)).then(|| {
                            *forms.entry(key.clone()).or_default().entry(word.clone()).or_default() += 1;
                            key
                        })
                    })
                    .collect()
            })
            .collect();
        let shown = forms
            .into_iter()
            .map(|(key, used)| {
                // The key itself when the notes use it; otherwise their commonest form.
                let form = if used.contains_key(&key) {
                    key.clone()
                } else {
                    used.into_iter()
                        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                        .map(|(form, _)| form)
                        .unwrap_or_default()
                };
                (key, form)
            })
            .collect();
        Vocabulary { keys, shown }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn keys_of(texts: &[&str]) -> Vec<BTreeSet<String>> {
        Vocabulary::of(&texts.iter().map(|t| tokens(t)).collect::<Vec<_>>()).keys
    }

    #[test]
    fn the_mutated_forms_of_a_welsh_word_share_its_key() {
        let keys = keys_of(&[
            "Mae'r gweithwyr yn poeni am y system.",
            "Ni chafodd ei weithwyr wybod dim am y peth.",
            "Dywedodd fy ngweithwyr nad oedd neb wedi gofyn.",
        ]);
        assert!(keys.iter().all(|note| note.contains("gweithwyr")), "{keys:?}");
    }

    #[test]
    fn a_soft_mutation_folds_only_into_a_form_the_notes_use() {
        // "law" has no radical among these notes, so it stays as it is; in the English note it
        // is never folded, even with "llaw" beside it.
        let keys = keys_of(&["Mae'r law yn drwm heddiw yn y ddinas.", "Employment law applies to the new system."]);
        assert!(keys[0].contains("law") && keys[1].contains("law"), "{keys:?}");
        let keys = keys_of(&["Mae ganddo anaf i'w law ac mae'n aros.", "Rhowch eich llaw i fyny os ydych yn cytuno."]);
        assert!(keys[0].contains("llaw"), "{keys:?}");
    }

    #[test]
    fn plurals_fold_into_a_singular_the_notes_use() {
        let keys =
            keys_of(&["The workers were not asked.", "Ask every worker on the night shift.", "Policies change."]);
        assert!(keys[0].contains("worker") && keys[1].contains("worker"), "{keys:?}");
        assert!(keys[2].contains("policies"), "no 'policy' in the notes: {keys:?}");
        let keys = keys_of(&[
            "Mae'r penderfyniadau yn cael eu gwneud yn y swyddfa.",
            "Mae'r penderfyniad yn annheg i'r teulu.",
        ]);
        assert!(keys[0].contains("penderfyniad") && keys[1].contains("penderfyniad"), "{keys:?}");
    }

    #[test]
    fn common_words_go_and_ai_stays_in_english() {
        let keys = keys_of(&["The AI tool is used in the contact centre.", "Nid wyf yn siŵr ai dyma'r ateb cywir."]);
        assert!(keys[0].contains("ai") && !keys[0].contains("the"), "{keys:?}");
        assert!(!keys[1].contains("ai") && keys[1].contains("ateb"), "{keys:?}");
    }

    #[test]
    fn a_letter_typed_as_two_code_points_is_one_letter() {
        let keys = keys_of(&["Mae'r dŵr yn oer.", "Mae'r dw\u{302}r yn gynnes."]);
        assert!(keys[0].contains("dŵr") && keys[1].contains("dŵr"), "{keys:?}");
    }
}
