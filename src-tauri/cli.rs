//! The command line of the `designlab` binary.

use std::path::PathBuf;

use clap::Parser;

/// Design Lab: run participatory design labs and turn what people say into a report.
#[derive(Debug, Parser)]
#[command(name = "designlab", version)]
pub struct Cli {
    /// The database file to open instead of the one in the app-data folder.
    #[arg(long, value_name = "PATH", env = "DESIGNLAB_DB")]
    pub db: Option<PathBuf>,
}
