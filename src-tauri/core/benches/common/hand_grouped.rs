//! The hand-grouped notes in `tests/fixtures/themes-*.txt`: what the theme suggestions are
//! scored against, by their benchmark and by a test.

/// One note and the number of the hand-made group it is in.
pub struct GroupedNote {
    pub group: usize,
    pub text: &'static str,
}

pub const ENGLISH: &str = include_str!("../../tests/fixtures/themes-en.txt");
pub const WELSH: &str = include_str!("../../tests/fixtures/themes-cy.txt");

/// The notes of a fixture: "## " starts a group, "#" a comment, and each other line is a note.
pub fn notes(fixture: &'static str) -> Vec<GroupedNote> {
    let mut group = 0;
    let mut notes = Vec::new();
    for line in fixture.lines().map(str::trim).filter(|line| !line.is_empty()) {
        if line.starts_with("## ") {
            group += 1;
        } else if !line.starts_with('#') {
            notes.push(GroupedNote { group, text: line });
        }
    }
    notes
}
