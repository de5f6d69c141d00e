//! The command line of the `designlab` binary. Without a command it opens the app; with one it
//! does that job and exits, without a window.

use std::path::PathBuf;

use std::io::Write;

use clap::{Parser, Subcommand};
use designlab_core::export::{slug, ExportFormat};
use designlab_core::{Error, Language, Result, Store};

/// Design Lab: run participatory design labs and turn what people say into a report.
#[derive(Debug, Parser)]
#[command(name = "designlab", version)]
pub struct Cli {
    /// The database file to open instead of the one in the app-data folder.
    #[arg(long, value_name = "PATH", env = "DESIGNLAB_DB", global = true)]
    pub db: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the labs: id, date, slug and title, one per line (or JSON).
    Labs {
        /// Every lab as JSON instead.
        #[arg(long)]
        json: bool,
    },
    /// Export a lab's report.
    Export {
        /// The lab: its id, or the slug of its title (as `labs` lists it).
        lab: String,
        /// The file format.
        #[arg(long, value_name = "md|csv|html|docx")]
        format: ExportFormat,
        /// The language of the report's headings and labels.
        #[arg(long, value_name = "en|cy", default_value = "en")]
        lang: Language,
        /// The file to write; without it the export goes to standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Add the sample lab (a fictional lab with an agenda, groups and notes) to the database.
    Sample {
        /// The language of the sample's text.
        #[arg(long, value_name = "en|cy", default_value = "en")]
        lang: Language,
    },
}

/// Runs `command` against the database at `db`; the exit status follows the CLI's contract:
/// 0 done, 1 failed (one line on stderr).
pub fn run(command: Command, db: PathBuf) -> i32 {
    // Listing and exporting read a database that must already be there: a mistyped path should
    // say so, not quietly make an empty one.
    let reads_only = matches!(command, Command::Labs { .. } | Command::Export { .. });
    if reads_only && !db.exists() {
        eprintln!("designlab: there is no database at {}", db.display());
        return 1;
    }
    let result = Store::open(&db).and_then(|store| match command {
        Command::Sample { lang } => {
            store.create_sample_lab(lang).map(|lab| format!("{}\t{}\n", lab.id, lab.title).into_bytes())
        }
        Command::Labs { json } => labs(&store, json),
        Command::Export { lab, format, lang, out } => {
            let lab = store.find_lab(&lab)?;
            match out {
                Some(path) => store.export_to(lab.id, format, lang, &path).map(|()| Vec::new()),
                None => store.export(lab.id, format, lang),
            }
        }
    });
    match result {
        Ok(bytes) => match std::io::stdout().write_all(&bytes) {
            Ok(()) => 0,
            Err(error) => {
                eprintln!("designlab: {error}");
                1
            }
        },
        Err(error) => {
            eprintln!("designlab: {error}");
            1
        }
    }
}

/// The labs, one per line as `id  date  slug  title` (tab-separated), or as JSON.
fn labs(store: &Store, json: bool) -> Result<Vec<u8>> {
    let labs = store.list_labs()?;
    if json {
        let mut out = serde_json::to_vec_pretty(&labs).map_err(|e| Error::Internal(e.to_string()))?;
        out.push(b'\n');
        return Ok(out);
    }
    let lines: String = labs
        .iter()
        .map(|lab| {
            let date = lab.date.map(|d| d.to_string()).unwrap_or_default();
            // A tab or line break in a title would break the columns.
            let title = lab.title.replace(['\t', '\n', '\r'], " ");
            format!("{}\t{}\t{}\t{title}\n", lab.id, date, slug(&lab.title))
        })
        .collect();
    Ok(lines.into_bytes())
}
