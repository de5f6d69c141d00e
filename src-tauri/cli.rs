//! The command line of the `designlab` binary. Without a command it opens the app; with one it
//! does that job and exits, without a window. Compiled into both binaries: `designlab` (which
//! runs commands without loading the desktop shell's libraries) and `designlab-app`.

use std::path::PathBuf;

use std::io::Write;

use clap::{Parser, Subcommand};
use designlab_core::archive::ImportSummary;
use designlab_core::export::{file_name, slug, ExportFormat, ReportLanguages};
use designlab_core::import::ImportKind;
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
    /// Export a lab's report, or its archive (`--format json`).
    Export {
        /// The lab: its id, or the slug of its title (as `labs` lists it).
        lab: String,
        /// The file format.
        #[arg(long, value_name = "pdf|docx|md|html|csv|qdpx|json")]
        format: ExportFormat,
        /// The language of the report's headings and labels: English, Welsh, or both (Welsh
        /// first, side by side in a PDF, Word file or web page; one after the other in Markdown).
        #[arg(long, value_name = "en|cy|both", default_value = "en")]
        lang: ReportLanguage,
        /// Bilingual, English before Welsh.
        #[arg(long)]
        english_first: bool,
        /// Bilingual, one language after the other rather than side by side.
        #[arg(long)]
        one_after_other: bool,
        /// The file to write. Without it a text format goes to standard output, and a PDF or
        /// Word file is written to the current folder under the lab's date and slug.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Import a lab archive (merged by id), or notes from a CSV file into a lab.
    Import {
        /// A lab archive (`.json`, as `export --format json` writes) or a CSV of notes.
        file: PathBuf,
        /// The lab: for a CSV, the lab the notes go into; for an archive, a check that it is of
        /// this lab.
        #[arg(long, value_name = "LAB")]
        lab: Option<String>,
    },
    /// Capture from devices without a window: serve the lab's capture page to note-takers'
    /// phones and laptops on the venue's network until Ctrl+C.
    Serve {
        /// The lab: its id, or the slug of its title.
        lab: String,
        /// The address to listen on (one of this machine's; 0.0.0.0 for every interface).
        /// Without it, the likeliest address for a venue's Wi-Fi.
        #[arg(long, value_name = "ADDR")]
        bind: Option<std::net::IpAddr>,
        /// The port. Without it, 7878 or the next free one after it.
        #[arg(long, value_name = "N")]
        port: Option<u16>,
    },
    /// Add the sample lab (a fictional lab with an agenda, groups and notes) to the database.
    Sample {
        /// The language of the sample's text.
        #[arg(long, value_name = "en|cy", default_value = "en")]
        lang: Language,
    },
}

/// The language or languages an export is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportLanguage {
    En,
    Cy,
    Both,
}

impl ReportLanguage {
    fn languages(self, english_first: bool, one_after_other: bool) -> ReportLanguages {
        match self {
            ReportLanguage::En => ReportLanguages::one(Language::En),
            ReportLanguage::Cy => ReportLanguages::one(Language::Cy),
            ReportLanguage::Both => {
                ReportLanguages::both(if english_first { Language::En } else { Language::Cy }, !one_after_other)
            }
        }
    }
}

/// The database in the app-data folder, where Tauri's `app_data_dir` would put it (the folder
/// is named for the identifier in tauri.conf.json), so the command line can find it without a
/// window.
pub fn default_db_path() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("org.designlab.desktop").join("designlab.sqlite3")
}

/// Runs `command` against the database at `db`; the exit status follows the CLI's contract:
/// 0 done, 1 failed (one line on stderr).
impl Command {
    /// The command's name, as typed, for the log.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Labs { .. } => "labs",
            Command::Export { .. } => "export",
            Command::Import { .. } => "import",
            Command::Serve { .. } => "serve",
            Command::Sample { .. } => "sample",
        }
    }
}

pub fn run(command: Command, db: PathBuf) -> i32 {
    // The bilingual layouts mean nothing for one language: a usage error, not a quiet no-op.
    if let Command::Export { lang, english_first, one_after_other, .. } = &command {
        if *lang != ReportLanguage::Both && (*english_first || *one_after_other) {
            eprintln!("designlab: --english-first and --one-after-other go with --lang both");
            return 2;
        }
    }
    // Listing and exporting read a database that must already be there: a mistyped path should
    // say so, not quietly make an empty one.
    let reads_only = matches!(command, Command::Labs { .. } | Command::Export { .. } | Command::Serve { .. });
    let existed = db.exists();
    let command_name = command.name();
    if reads_only && !existed {
        eprintln!("designlab: there is no database at {}", designlab_core::brief::path(&db));
        return 1;
    }
    let result = Store::open(&db).and_then(|store| match command {
        Command::Sample { lang } => {
            store.create_sample_lab(lang).map(|lab| format!("{}\t{}\n", lab.id, lab.title).into_bytes())
        }
        Command::Labs { json } => labs(&store, json),
        Command::Export { lab, format, lang, english_first, one_after_other, out } => {
            let lab = store.find_lab(&lab)?;
            let lang = lang.languages(english_first, one_after_other);
            match out {
                Some(path) => store.export_to(lab.id, format, lang, &path).map(|()| Vec::new()),
                None if format.is_text() => store.export(lab.id, format, lang),
                // A PDF's or Word file's bytes would garble a terminal: the file goes beside the user.
                None => {
                    let path = PathBuf::from(file_name(&lab, format));
                    store.export_to(lab.id, format, lang, &path).map(|()| format!("{}\n", path.display()).into_bytes())
                }
            }
        }
        Command::Import { file, lab } => import(&store, &file, lab.as_deref()),
        Command::Serve { lab, bind, port } => serve(store, &lab, bind, port),
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
            // A command that failed while making a new database (a full disk, a broken file to
            // import) leaves no half-made one behind. The store is closed by now.
            if !existed {
                remove_new_database(&db);
            }
            log::warn!("{} refused: {:?}", command_name, error.code());
            eprintln!("designlab: {}", error.brief());
            1
        }
    }
}

/// Removes a database this run made, with its journal files.
fn remove_new_database(db: &std::path::Path) {
    for file in designlab_core::store::database_files(db) {
        let _ = std::fs::remove_file(file);
    }
}

/// Runs the device hub for `lab` until Ctrl+C or SIGTERM, telling the terminal how to join.
fn serve(store: Store, lab: &str, bind: Option<std::net::IpAddr>, port: Option<u16>) -> Result<Vec<u8>> {
    let lab = store.find_lab(lab)?;
    let address = match bind {
        Some(address) => address,
        None => designlab_hub::addresses::list()
            .first()
            .and_then(|a| a.address.parse().ok())
            .unwrap_or(std::net::IpAddr::from([127, 0, 0, 1])),
    };
    let hub = designlab_hub::Hub::start(std::sync::Arc::new(store), lab.id, designlab_hub::Listen { address, port })?;
    let status = hub.status();
    let mut out = std::io::stdout().lock();
    let said = write!(
        out,
        "Capture from devices: {}\n\n{}\nScan the code, or open {} and type the PIN {}\n\nLink: {}\nPress Ctrl+C to stop.\n",
        lab.title,
        designlab_hub::qr::terminal(&status.url)?,
        status.short_url,
        status.pin,
        status.url,
    )
    .and_then(|()| out.flush());
    drop(out);
    said?;
    hub.wait_for_signal();
    hub.stop();
    Ok(b"Stopped: the hub no longer answers.\n".to_vec())
}

/// An archive or a CSV of notes, told apart by content.
fn import(store: &Store, file: &std::path::Path, lab: Option<&str>) -> Result<Vec<u8>> {
    let lab = lab.map(|reference| store.find_lab(reference)).transpose()?;
    let summary = store.import_file(ImportKind::of_file(file)?, file, lab.map(|lab| lab.id))?;
    Ok(said(&summary).into_bytes())
}

/// What an import did, in one line.
fn said(summary: &ImportSummary) -> String {
    format!(
        "{}\t{}\t{} notes added; {} rows added, {} updated, {} unchanged\n",
        summary.lab_id, summary.title, summary.notes_added, summary.added, summary.updated, summary.unchanged
    )
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
