//! Every publishable note as one row of a CSV file, for spreadsheets: UTF-8 with a byte-order
//! mark (so Excel reads Welsh letters right), and cells that a spreadsheet would run as a
//! formula made inert.

use crate::messages::Messages;
use crate::report::labels;
use crate::report::Report;
use crate::{Error, Result};

const BYTE_ORDER_MARK: &str = "\u{feff}";

pub fn write(report: &Report, messages: &Messages) -> Result<Vec<u8>> {
    let mut out = BYTE_ORDER_MARK.as_bytes().to_vec();
    {
        let mut writer = ::csv::Writer::from_writer(&mut out);
        let header = ["challenge", "stage", "role", "kind", "text", "tags", "goals", "group", "theme", "dots"]
            .map(|column| messages.get(&format!("report-column-{column}")));
        writer.write_record(&header).map_err(failed)?;
        for section in &report.challenges {
            for note in &section.notes {
                let row = [
                    section.challenge.title.clone(),
                    labels::stage(messages, note.stage),
                    note.role.clone(),
                    labels::kind(messages, note.kind),
                    note.text.clone(),
                    note.tags.iter().map(|tag| format!("#{tag}")).collect::<Vec<_>>().join(" "),
                    labels::goal_names(messages, &note.goals),
                    note.group.clone().unwrap_or_default(),
                    note.theme.clone().unwrap_or_default(),
                    note.dots.to_string(),
                ];
                writer.write_record(row.iter().map(|cell| inert(cell))).map_err(failed)?;
            }
        }
        writer.flush()?;
    }
    Ok(out)
}

/// A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
/// return before one) starts with an apostrophe instead, which spreadsheets show as text.
fn inert(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

fn failed(error: ::csv::Error) -> Error {
    Error::Internal(format!("writing the CSV failed: {error}"))
}

#[cfg(test)]
mod tests {
    use super::inert;

    #[test]
    fn formulas_are_made_inert_and_other_text_is_left_alone() {
        assert_eq!(inert("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        for risky in ["+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"] {
            assert!(inert(risky).starts_with('\''), "{risky:?}");
        }
        assert_eq!(inert("Pay for training time"), "Pay for training time");
        assert_eq!(inert(""), "");
    }
}
