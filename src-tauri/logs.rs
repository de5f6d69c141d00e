//! The log: `designlab_rCURRENT.log` in the system's log folder, rotated at 1 MB with the last
//! five kept, with a line for each start, database opened, migration, backup, restore, import,
//! export and error, and a panic's message before the process ends. Never what people said, a
//! name or a lab's title: notes can be confidential, and a log is what gets sent to whoever
//! helps when something goes wrong. The app and the command line write to the same file.

use std::path::PathBuf;

use flexi_logger::{Cleanup, Criterion, DeferredNow, Duplicate, FileSpec, Logger, LoggerHandle, Naming, WriteMode};

const IDENTIFIER: &str = "org.designlab.desktop";

/// Where the log is kept: `DESIGNLAB_LOG_DIR` when set; otherwise the system's place for an
/// app's logs (`~/.local/state/…/logs` on Linux, `~/Library/Logs/…` on macOS, the local
/// app-data folder on Windows).
pub fn folder() -> PathBuf {
    if let Some(folder) = std::env::var_os("DESIGNLAB_LOG_DIR") {
        return folder.into();
    }
    if cfg!(target_os = "macos") {
        return dirs::home_dir().unwrap_or_default().join("Library/Logs").join(IDENTIFIER);
    }
    dirs::state_dir().or_else(dirs::data_local_dir).unwrap_or_default().join(IDENTIFIER).join("logs")
}

/// Starts the log for this process, `who` being the app or the command line, and notes the
/// start. With `to_stderr`, warnings go to standard error too (the app's; the command line
/// says what went wrong in its own one line). A log that cannot be written is no reason not to
/// run: the process goes on without one, and the app says so.
pub fn start(who: &str, to_stderr: bool) -> Option<LoggerHandle> {
    let logger = Logger::try_with_str("info")
        .map(|logger| {
            logger
                .log_to_file(FileSpec::default().directory(folder()).basename("designlab").suppress_timestamp())
                .append()
                .rotate(Criterion::Size(1_000_000), Naming::Numbers, Cleanup::KeepLogFiles(5))
                .format_for_files(line)
                .write_mode(WriteMode::Direct)
                .duplicate_to_stderr(if to_stderr { Duplicate::Warn } else { Duplicate::None })
        })
        .and_then(Logger::start);
    match logger {
        Ok(handle) => {
            log_panics();
            log::info!("{who} {} started (process {})", env!("CARGO_PKG_VERSION"), std::process::id());
            Some(handle)
        }
        // The command line keeps its one line on standard error for what the person asked.
        Err(error) => {
            if to_stderr {
                eprintln!("designlab: no log in {}: {error}", folder().display());
            }
            None
        }
    }
}

/// One line: the local time to the millisecond, the level, the message.
fn line(write: &mut dyn std::io::Write, now: &mut DeferredNow, record: &log::Record) -> std::io::Result<()> {
    write!(write, "{} {:<5} {}", now.format_rfc3339(), record.level(), record.args())
}

/// Writes a panic's message to the log before the usual report on standard error.
fn log_panics() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |panic| {
        log::error!("panic: {panic}");
        report(panic);
    }));
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

    /// The one test in this binary that starts the log, which a process can do once.
    #[test]
    fn a_panic_is_written_to_the_log_before_the_process_ends() {
        let dir = tempfile::tempdir().unwrap();
        std::env::set_var("DESIGNLAB_LOG_DIR", dir.path());
        let _log = super::start("test", false).unwrap();
        let panicked = std::thread::spawn(|| panic!("the test's own panic")).join();
        assert!(panicked.is_err());
        let log = std::fs::read_to_string(dir.path().join("designlab_rCURRENT.log")).unwrap();
        assert!(log.contains("INFO  test 0.1.0 started"), "{log}");
        assert!(log.contains("ERROR panic: ") && log.contains("the test's own panic"), "{log}");
    }
}
