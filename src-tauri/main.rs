//! `designlab`: the command line, and the way into the app. A command runs here and exits
//! without loading the desktop shell's libraries (WebKitGTK, GTK and their 160-odd companions
//! take 0.25 s to load from a cold cache, more than most commands take); without a command this
//! process becomes the app, `designlab-app` beside it, with the same arguments.

// No console window beside the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

#[path = "cli.rs"]
mod cli;
#[path = "logs.rs"]
mod logs;

use clap::Parser;

fn main() {
    let parsed = cli::Cli::parse();
    let status = match parsed.command {
        Some(command) => {
            let _log = logs::start(&format!("command line ({})", command.name()), false);
            cli::run(command, parsed.db.unwrap_or_else(cli::default_db_path))
        }
        None => open_app(),
    };
    std::process::exit(status);
}

/// Becomes the app binary beside this one (on Unix, in this same process, so whatever started
/// the app, a desktop entry or a test's WebDriver, keeps talking to it).
fn open_app() -> i32 {
    let app = std::env::current_exe().ok().and_then(|exe| {
        exe.parent().map(|folder| folder.join(format!("designlab-app{}", std::env::consts::EXE_SUFFIX)))
    });
    let Some(app) = app.filter(|path| path.is_file()) else {
        eprintln!("designlab: the app (designlab-app) is not installed beside this program");
        return 1;
    };
    let mut command = std::process::Command::new(&app);
    command.args(std::env::args_os().skip(1));
    #[cfg(unix)]
    {
        let error = std::os::unix::process::CommandExt::exec(&mut command);
        eprintln!("designlab: cannot start {}: {error}", app.display());
        1
    }
    #[cfg(not(unix))]
    match command.status() {
        Ok(status) => status.code().unwrap_or(1),
        Err(error) => {
            eprintln!("designlab: cannot start {}: {error}", app.display());
            1
        }
    }
}
