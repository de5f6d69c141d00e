//! The lab as a REFI-QDA project (`.qdpx`), the exchange format that NVivo, ATLAS.ti, MAXQDA,
//! QualCoder and other qualitative research tools import (REFI-QDA 1.5, QDA-XML project 1.0):
//! a zip holding one `project.qde`.
//!
//! - Each note the report publishes is a text source holding its text, with one selection over
//!   the whole of it, coded with its theme and its tags. Confidential and deleted notes stay
//!   out, as in every export.
//! - Themes are codes under their challenge, under one "Themes" code; tags are codes under
//!   one "Tags" code; the well-being goals, ways of working and procurement duties the lab
//!   spoke to are codes under a code for their list, by their official names. The grouping
//!   codes are not codable themselves. A note is coded with its own goals.
//! - Stakeholder roles are cases, each holding the notes said in that role.
//!
//! Identifiers are name-based UUIDs (version 5), so the same lab exports the same file and a
//! second export updates the first in a tool that matches by identifier. A note keeps its own
//! id. Selection offsets count characters (Unicode scalar values), so a note with ŵ or ŷ is
//! coded over the whole of its text.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Write as _;

use uuid::Uuid;

use crate::ids::ChallengeId;
use crate::messages::Messages;
use crate::report::{labels, Report, ReportNote};
use crate::{Error, Goal, GoalFamily, Result};

/// The namespace of Design Lab's name-based identifiers in a `.qdpx`: fixed, never to change.
const NAMESPACE: Uuid = Uuid::from_u128(0x6d1f_4a2e_93b7_4c58_a0e1_2b7d_95c3_f04a);

fn guid(name: &str) -> String {
    Uuid::new_v5(&NAMESPACE, name.as_bytes()).to_string()
}

/// A code, with the codes under it.
struct Code {
    guid: String,
    name: String,
    codable: bool,
    children: Vec<Code>,
}

pub fn write(report: &Report, messages: &Messages) -> Result<Vec<u8>> {
    let project = project(report, messages);
    let zipped = || -> zip::result::ZipResult<Vec<u8>> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        // A fixed date in the zip, so the same lab makes the same file.
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default());
        zip.start_file("project.qde", options)?;
        zip.write_all(project.as_bytes())?;
        Ok(zip.finish()?.into_inner())
    };
    zipped().map_err(|e| Error::Internal(format!("the REFI-QDA project could not be zipped: {e}")))
}

/// A theme's code, by its challenge and title (the report knows a note's theme by its title).
fn theme_guid(challenge_id: ChallengeId, title: &str) -> String {
    guid(&format!("theme\u{0}{challenge_id}\u{0}{title}"))
}

fn tag_guid(tag: &str) -> String {
    guid(&format!("tag\u{0}{tag}"))
}

/// A goal's code: the same in every lab, so codings from several labs' projects line up.
fn goal_guid(goal: Goal) -> String {
    guid(&format!("goal\u{0}{}", goal.key()))
}

/// `project.qde`: the project's XML.
fn project(report: &Report, messages: &Messages) -> String {
    let notes: Vec<&ReportNote> = report.challenges.iter().flat_map(|c| &c.notes).collect();
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"{}\" origin=\"Design Lab {}\">",
        escape(&report.lab.title),
        env!("CARGO_PKG_VERSION")
    );

    let codes = codebook(report, &notes, messages);
    if !codes.is_empty() {
        xml.push_str("<CodeBook><Codes>\n");
        for code in &codes {
            write_code(&mut xml, code);
        }
        xml.push_str("</Codes></CodeBook>\n");
    }

    // Stakeholder roles as cases, in the order of their first note.
    let mut cases: Vec<(String, &str, Vec<&ReportNote>)> = Vec::new();
    for &note in &notes {
        let role = note.role_id.to_string();
        match cases.iter_mut().find(|(id, _, _)| *id == role) {
            Some((_, _, said)) => said.push(note),
            None => cases.push((role, &note.role, vec![note])),
        }
    }
    if !cases.is_empty() {
        xml.push_str("<Cases>\n");
        for (role, name, said) in &cases {
            let _ = writeln!(xml, "<Case guid=\"{role}\" name=\"{}\">", escape(name));
            for note in said {
                let _ = writeln!(xml, "<SourceRef targetGUID=\"{}\"/>", note.id);
            }
            xml.push_str("</Case>\n");
        }
        xml.push_str("</Cases>\n");
    }

    if !notes.is_empty() {
        xml.push_str("<Sources>\n");
        for challenge in &report.challenges {
            for (number, note) in challenge.notes.iter().enumerate() {
                write_source(&mut xml, &challenge.challenge.title, number + 1, note, messages);
            }
        }
        xml.push_str("</Sources>\n");
    }
    xml.push_str("</Project>\n");
    xml
}

/// "Themes" (each challenge's themes under the challenge), "Tags", and a code per list of goals,
/// as far as there are any.
fn codebook(report: &Report, notes: &[&ReportNote], messages: &Messages) -> Vec<Code> {
    let mut codes = Vec::new();
    let by_challenge: Vec<Code> = report
        .challenges
        .iter()
        .filter(|c| !c.themes.is_empty())
        .map(|challenge| {
            let mut titles: Vec<&str> = Vec::new();
            for theme in &challenge.themes {
                if !titles.contains(&theme.title.as_str()) {
                    titles.push(&theme.title);
                }
            }
            Code {
                guid: guid(&format!("challenge\u{0}{}", challenge.challenge.id)),
                name: challenge.challenge.title.clone(),
                codable: false,
                children: titles
                    .into_iter()
                    .map(|title| Code {
                        guid: theme_guid(challenge.challenge.id, title),
                        name: title.to_owned(),
                        codable: true,
                        children: Vec::new(),
                    })
                    .collect(),
            }
        })
        .collect();
    if !by_challenge.is_empty() {
        codes.push(Code {
            guid: guid("themes"),
            name: messages.get("qdpx-themes"),
            codable: false,
            children: by_challenge,
        });
    }
    let tags: BTreeSet<&str> = notes.iter().flat_map(|n| &n.tags).map(String::as_str).collect();
    if !tags.is_empty() {
        codes.push(Code {
            guid: guid("tags"),
            name: messages.get("qdpx-tags"),
            codable: false,
            children: tags
                .into_iter()
                .map(|tag| Code { guid: tag_guid(tag), name: format!("#{tag}"), codable: true, children: Vec::new() })
                .collect(),
        });
    }
    for &family in <GoalFamily as strum::VariantArray>::VARIANTS {
        let goals: Vec<Code> = report
            .goals
            .iter()
            .filter(|spoken| spoken.goal.family() == family)
            .map(|spoken| Code {
                guid: goal_guid(spoken.goal),
                name: labels::goal(messages, spoken.goal),
                codable: true,
                children: Vec::new(),
            })
            .collect();
        if !goals.is_empty() {
            codes.push(Code {
                guid: guid(&format!("goals\u{0}{}", family.key())),
                name: messages.get(&family.message()),
                codable: false,
                children: goals,
            });
        }
    }
    codes
}

fn write_code(xml: &mut String, code: &Code) {
    let _ = write!(xml, "<Code guid=\"{}\" name=\"{}\" isCodable=\"{}\"", code.guid, escape(&code.name), code.codable);
    if code.children.is_empty() {
        xml.push_str("/>\n");
        return;
    }
    xml.push_str(">\n");
    for child in &code.children {
        write_code(xml, child);
    }
    xml.push_str("</Code>\n");
}

/// A note as a text source: its text, and one selection over all of it, coded with its theme
/// tags and goals. Described by its stage, kind and group, as the report lists it.
fn write_source(xml: &mut String, challenge: &str, number: usize, note: &ReportNote, messages: &Messages) {
    let text = xml_text(&note.text);
    let mut about = vec![labels::stage(messages, note.stage), labels::kind(messages, note.kind)];
    about.extend(note.group.clone());
    let _ = writeln!(xml, "<TextSource guid=\"{}\" name=\"{} {number}\">", note.id, escape(challenge));
    let _ = writeln!(xml, "<Description>{}</Description>", escape(&about.join(" · ")));
    let _ = writeln!(xml, "<PlainTextContent>{}</PlainTextContent>", escape(&text));
    let _ = writeln!(
        xml,
        "<PlainTextSelection guid=\"{}\" startPosition=\"0\" endPosition=\"{}\">",
        guid(&format!("selection\u{0}{}", note.id)),
        text.chars().count()
    );
    let theme = note.theme.as_deref().map(|title| theme_guid(note.challenge_id, title));
    let coded = theme
        .into_iter()
        .chain(note.tags.iter().map(|tag| tag_guid(tag)))
        .chain(note.goals.iter().map(|&goal| goal_guid(goal)));
    for code in coded {
        let _ = writeln!(
            xml,
            "<Coding guid=\"{}\"><CodeRef targetGUID=\"{code}\"/></Coding>",
            guid(&format!("coding\u{0}{}\u{0}{code}", note.id))
        );
    }
    xml.push_str("</PlainTextSelection>\n</TextSource>\n");
}

/// Text as XML 1.0 may hold it: without the control characters it forbids (a note pasted from
/// elsewhere may carry one), so the selection's end counts what a reader finds.
fn xml_text(text: &str) -> String {
    text.chars()
        .filter(|&c| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..))
        .collect()
}

/// Escapes text for an attribute or element. A carriage return is written as a reference, which
/// XML keeps, where a literal one would be read back as a line feed.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in xml_text(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
    out
}
