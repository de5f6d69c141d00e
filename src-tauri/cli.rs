//! The command line of the `designlab` binary. Without a command it opens the app; with one it
//! does that job and exits, without a window.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use designlab_core::{Language, Store};

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
    let result = Store::open(&db).and_then(|store| match command {
        Command::Sample { lang } => store.create_sample_lab(lang).map(|lab| format!("{}\t{}", lab.id, lab.title)),
    });
    match result {
        Ok(line) => {
            println!("{line}");
            0
        }
        Err(error) => {
            eprintln!("designlab: {error}");
            1
        }
    }
}
