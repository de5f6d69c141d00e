//! The words around a report's content, shared by every format.

use chrono::{Datelike, NaiveDate};

use crate::messages::{Arg, Messages};
use crate::report::ReportRanked;
use crate::voting::VoteMethod;
use crate::{InputKind, Stage};

pub fn stage(messages: &Messages, stage: Stage) -> String {
    messages.get(&format!("stage-{}", stage.key()))
}

pub fn kind(messages: &Messages, kind: InputKind) -> String {
    messages.get(&format!("kind-{}", kind.key()))
}

/// A date as the report's language writes it: "18 December 2026", "18 Rhagfyr 2026".
pub fn date(messages: &Messages, date: NaiveDate) -> String {
    let month = messages.get(&format!("month-{}", date.month()));
    messages.with(
        "report-date",
        &[
            ("day", Arg::Number(i64::from(date.day()))),
            ("month", Arg::Text(&month)),
            ("year", Arg::Text(&date.year().to_string())),
        ],
    )
}

/// How a ranked theme or note scored: "7 dots from 2 groups", "Average 4.5 from 2 ratings".
pub fn score(messages: &Messages, ranked: &ReportRanked, method: VoteMethod) -> String {
    let voters = Arg::Number(i64::from(ranked.voters));
    match (method, ranked.mean) {
        (VoteMethod::Rating, Some(mean)) => {
            let mean = format!("{:.1}", mean).trim_end_matches('0').trim_end_matches('.').to_owned();
            messages.with("voting-result-rating", &[("mean", Arg::Text(&mean)), ("voters", voters)])
        }
        _ => {
            messages.with("voting-result-dots", &[("count", Arg::Number(i64::from(ranked.total))), ("voters", voters)])
        }
    }
}
