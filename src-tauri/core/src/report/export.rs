//! Exports of a lab's report, each written by a library made for its format. Everything an
//! export holds comes from [`crate::report`], which decides what may be published; the words
//! around it come from the Fluent messages in the lab's chosen language.

use std::path::Path;

use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};
use ts_rs::TS;

use crate::ids::LabId;
use crate::messages::Messages;
use crate::report::Report;
use crate::report::{html, markdown, notes_csv, pdf, qdpx, word};
use crate::{Error, Lab, Language, Result, Store};

/// The formats a lab exports to, by the file extension each is known by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, EnumString, IntoStaticStr, VariantArray)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ExportFormat {
    /// A typeset, tagged PDF on A4.
    Pdf,
    /// Markdown for the organisers' Jekyll site.
    Md,
    /// One row per note, for spreadsheets.
    Csv,
    /// One standalone, printable, accessible web page.
    Html,
    /// A Word document, editable in Word and LibreOffice.
    Docx,
    /// A REFI-QDA project, for qualitative research tools (NVivo, ATLAS.ti, MAXQDA, QualCoder).
    Qdpx,
    /// The lab archive: the whole lab, confidential notes included, for another laptop's
    /// Design Lab to import. Not a publication.
    Json,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        self.into()
    }

    /// Whether the file is text a terminal can show; PDF, Word and REFI-QDA files are not.
    pub fn is_text(self) -> bool {
        !matches!(self, ExportFormat::Pdf | ExportFormat::Docx | ExportFormat::Qdpx)
    }
}

/// The language or languages a report is written in. Bilingual, it holds the same report twice,
/// the app's words in each language around what people typed, which is never translated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportLanguages {
    pub first: Language,
    /// The other language, for a bilingual report.
    pub second: Option<Language>,
    /// Bilingual: the languages in two columns, section beside section (PDF, Word, web page);
    /// otherwise one after the other, as Markdown always is.
    pub side_by_side: bool,
}

impl ReportLanguages {
    pub fn one(language: Language) -> ReportLanguages {
        ReportLanguages { first: language, second: None, side_by_side: false }
    }

    /// Welsh and English side by side, Welsh first, as Welsh public bodies publish.
    pub fn bilingual() -> ReportLanguages {
        ReportLanguages::both(Language::Cy, true)
    }

    /// Both languages, `first` first, side by side or one after the other.
    pub fn both(first: Language, side_by_side: bool) -> ReportLanguages {
        let second = match first {
            Language::Cy => Language::En,
            Language::En => Language::Cy,
        };
        ReportLanguages { first, second: Some(second), side_by_side }
    }

    /// Each language once, in order: a second language that is the first is no second.
    pub fn in_order(self) -> Vec<Language> {
        let mut languages = vec![self.first];
        languages.extend(self.second.filter(|second| *second != self.first));
        languages
    }
}

impl From<Language> for ReportLanguages {
    fn from(language: Language) -> ReportLanguages {
        ReportLanguages::one(language)
    }
}

/// The words around a report: one set of messages per language, in the order they are written.
pub struct Words {
    pub parts: Vec<Messages>,
    pub side_by_side: bool,
}

impl Words {
    pub fn new(languages: ReportLanguages) -> Result<Words> {
        let parts = languages.in_order().into_iter().map(Messages::new).collect::<Result<Vec<_>>>()?;
        Ok(Words { side_by_side: languages.side_by_side && parts.len() > 1, parts })
    }

    /// The first language's messages: a whole report's language, or a bilingual one's first.
    pub fn first(&self) -> &Messages {
        &self.parts[0]
    }

    pub fn is_bilingual(&self) -> bool {
        self.parts.len() > 1
    }

    /// For a file of data (CSV, REFI-QDA), whose cells and codes cannot stand side by side:
    /// each label in every language, "Her / Challenge", the first first.
    pub fn labels(&self) -> Result<Messages> {
        let first = Messages::new(self.first().language())?;
        match self.parts.get(1) {
            Some(second) => Ok(first.and(Messages::new(second.language())?)),
            None => Ok(first),
        }
    }
}

impl Store {
    /// The lab's report in `format`, in one language or two, as the bytes of the file. Data
    /// formats (CSV, REFI-QDA), bilingual, name each column and code in both languages. The
    /// archive format has no language: it holds the lab itself.
    pub fn export(
        &self,
        lab_id: LabId,
        format: ExportFormat,
        languages: impl Into<ReportLanguages>,
    ) -> Result<Vec<u8>> {
        let languages = languages.into();
        let exported = self.export_unlogged(lab_id, format, languages);
        // Ids and sizes only: a log never holds what people said or the lab's title.
        match &exported {
            Ok(bytes) => {
                let languages: Vec<String> = languages.in_order().iter().map(|l| format!("{l:?}")).collect();
                log::info!("exported lab {lab_id} as {format:?} in {}: {} bytes", languages.join("+"), bytes.len());
            }
            Err(error) => log::warn!("export of lab {lab_id} as {format:?} refused: {:?}", error.code()),
        }
        exported
    }

    fn export_unlogged(&self, lab_id: LabId, format: ExportFormat, languages: ReportLanguages) -> Result<Vec<u8>> {
        let write: fn(&Report, &Words) -> Result<Vec<u8>> = match format {
            ExportFormat::Json => return self.archive_lab(lab_id),
            ExportFormat::Md => |report, words| Ok(markdown::write(report, words).into_bytes()),
            ExportFormat::Csv => |report, words| notes_csv::write(report, &words.labels()?),
            ExportFormat::Html => |report, words| Ok(html::write(report, words).into_bytes()),
            ExportFormat::Docx => word::write,
            ExportFormat::Qdpx => |report, words| qdpx::write(report, &words.labels()?),
            ExportFormat::Pdf => pdf::write,
        };
        std::thread::scope(|scope| {
            // The typesetter's fonts and library are made on a second core while the report is
            // read: a command-line export pays for them once, and not after the reading.
            if format == ExportFormat::Pdf {
                scope.spawn(pdf::warm_up);
            }
            write(&self.report(lab_id)?, &Words::new(languages)?)
        })
    }
}

impl Store {
    /// The Typst template and data the lab's PDF is typeset from, for measuring the typst
    /// compiler on the same input (see `benches/scale.rs`).
    pub fn pdf_project(&self, lab_id: LabId, language: Language) -> Result<(&'static str, Vec<u8>)> {
        pdf::project(&self.report(lab_id)?, &Words::new(ReportLanguages::one(language))?)
    }

    /// Writes the lab's report in `format` to `path`: the whole file or, on any failure, none.
    pub fn export_to(
        &self,
        lab_id: LabId,
        format: ExportFormat,
        languages: impl Into<ReportLanguages>,
        path: &Path,
    ) -> Result<()> {
        let bytes = self.export(lab_id, format, languages)?;
        crate::files::write_output(path, &bytes, self.path())
            .inspect_err(|error| log::warn!("export of lab {lab_id} not written: {:?}", error.code()))
    }

    /// The lab a person means by `reference`: its id, or the slug of its title.
    pub fn find_lab(&self, reference: &str) -> Result<Lab> {
        if let Ok(id) = reference.trim().parse::<LabId>() {
            return self.get_lab(id);
        }
        let wanted = slug(reference);
        let mut found = self.list_labs()?.into_iter().filter(|lab| slug(&lab.title) == wanted);
        match (found.next(), found.next()) {
            (Some(lab), None) => Ok(lab),
            (Some(_), Some(_)) => Err(Error::AmbiguousLab { reference: reference.to_owned() }),
            (None, _) => Err(Error::NotFound { entity: "lab", id: reference.to_owned() }),
        }
    }
}

/// A file name for a lab's export: the date (as the Jekyll site names its posts) and the
/// title's slug.
pub fn file_name(lab: &Lab, format: ExportFormat) -> String {
    let slug = slug(&lab.title);
    match lab.date {
        Some(date) => format!("{date}-{slug}.{}", format.extension()),
        None => format!("{slug}.{}", format.extension()),
    }
}

/// A title as a lower-case, hyphenated word list, safe in a file name and a web address. Welsh
/// letters keep their accents off (ŵ becomes w), so the name types on any keyboard.
pub fn slug(title: &str) -> String {
    let folded: String = title
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'â' | 'à' | 'á' | 'ä' => 'a',
            'ê' | 'è' | 'é' | 'ë' => 'e',
            'î' | 'ì' | 'í' | 'ï' => 'i',
            'ô' | 'ò' | 'ó' | 'ö' => 'o',
            'û' | 'ù' | 'ú' | 'ü' => 'u',
            'ŵ' | 'ẁ' | 'ẃ' | 'ẅ' => 'w',
            'ŷ' | 'ỳ' | 'ý' | 'ÿ' => 'y',
            other => other,
        })
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = folded.split_whitespace().collect();
    if words.is_empty() {
        "lab".to_owned()
    } else {
        words.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::slug;
    use crate::messages::Messages;
    use crate::Language;

    /// Every message id written out literally in the exporters' source, such as
    /// `"report-numbers"`; ids put together at run time (`stage-…`) are checked by the golden
    /// files, which would show a missing id as itself.
    fn literal_ids() -> Vec<String> {
        let sources = [
            include_str!("markdown.rs"),
            include_str!("notes_csv.rs"),
            include_str!("labels.rs"),
            include_str!("html.rs"),
            include_str!("word.rs"),
            include_str!("pdf.rs"),
        ];
        let mut ids = Vec::new();
        for source in sources {
            for quoted in source.split('"').skip(1).step_by(2) {
                // Message ids start with the name of their group; HTML ids and classes do not.
                const GROUPS: [&str; 8] =
                    ["report-", "month-", "weekday-", "date-", "lab-", "actions-", "voting-", "kind-"];
                let is_id = GROUPS.iter().any(|group| quoted.starts_with(group))
                    && quoted.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c == '_')
                    && !quoted.ends_with('-');
                if is_id {
                    ids.push(quoted.to_owned());
                }
            }
        }
        ids
    }

    #[test]
    fn every_message_the_exporters_name_exists_in_both_languages() {
        let ids = literal_ids();
        assert!(ids.len() > 20, "{ids:?}");
        for language in [Language::En, Language::Cy] {
            let messages = Messages::new(language).expect("messages");
            let missing: Vec<&String> = ids.iter().filter(|id| !messages.has(id)).collect();
            assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
        }
    }

    #[test]
    fn titles_become_slugs_that_type_on_any_keyboard() {
        assert_eq!(slug("Sample lab: AI in council services"), "sample-lab-ai-in-council-services");
        assert_eq!(slug("Llais gweithwyr ŵyr Ŷ — 2025!"), "llais-gweithwyr-wyr-y-2025");
        assert_eq!(slug("***"), "lab");
    }
}
