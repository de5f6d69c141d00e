//! The desktop shell: opens the store the command line names (or the one in the app-data
//! folder), starts its backup schedule, and hands every command to the core.

mod cli;
pub mod commands;
mod logs;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, OnceLock, PoisonError, RwLock};

use clap::Parser;
use designlab_core::instance::{self, Claimed};
use designlab_core::{backup, ApiError, Change, Error, ErrorCode, Store};
use tauri::{AppHandle, Emitter, Manager};
use tauri_plugin_window_state::{self as window_state, AppHandleExt, StateFlags};

/// The database: where it is, and the open store or why it could not be opened (shown by the
/// UI on its first request, with a backup to restore when one can mend it).
pub struct Db {
    path: PathBuf,
    open: RwLock<Result<Arc<Store>, ApiError>>,
}

impl Db {
    /// The open store, shared with what outlives a command (the device hub).
    fn store(&self) -> Result<Arc<Store>, ApiError> {
        self.open.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Why the store could not be opened, if it could not.
    fn problem(&self) -> Option<ApiError> {
        self.open.read().unwrap_or_else(PoisonError::into_inner).as_ref().err().cloned()
    }

    /// Stops using the store: nothing more is written to a damaged file.
    fn close_damaged(&self, problem: ApiError) {
        *self.open.write().unwrap_or_else(PoisonError::into_inner) = Err(problem);
    }

    /// Opens the store again, after its file was mended.
    fn reopen(&self, app: &AppHandle) -> Result<(), ApiError> {
        let reopened = open(&self.path, app.clone());
        *self.open.write().unwrap_or_else(PoisonError::into_inner) = reopened.clone();
        // At once: the window is up, and the mended file is checked by its first backup.
        keep_backing_up(&reopened?, app, mpsc::channel().1);
        Ok(())
    }
}

/// The first backup waits for the first screen, but no longer than this (a window that never
/// shows its lab list still gets its backup, and the check that comes with it).
const FIRST_BACKUP_WITHIN: std::time::Duration = std::time::Duration::from_secs(10);

/// What is kept of each window: where it is, how large, and whether maximised or full-screen
/// (the projector), not whether it was showing.
const WINDOW_STATE: StateFlags =
    StateFlags::SIZE.union(StateFlags::POSITION).union(StateFlags::MAXIMIZED).union(StateFlags::FULLSCREEN);

pub fn run() {
    let cli = cli::Cli::parse();
    if let Some(command) = cli.command {
        let _log = logs::start(&format!("command line ({})", command.name()), false);
        std::process::exit(cli::run(command, cli.db.unwrap_or_else(cli::default_db_path)));
    }
    let started_at = std::time::Instant::now();
    let path = cli.db.unwrap_or_else(cli::default_db_path);
    let _log = logs::start("app", true);
    // Set once the app is up, for a second app on this database to bring its window forward.
    let handle: Arc<OnceLock<AppHandle>> = Arc::default();
    let asked = handle.clone();
    let _claim = match instance::claim(&path, move || asked.get().into_iter().for_each(bring_forward)) {
        Ok(Claimed::Mine(claim)) => Some(claim),
        Ok(Claimed::BroughtForward) => {
            log::info!("already open on {}; its window was brought forward", path.display());
            eprintln!("designlab: Design Lab is already open on {}; its window was brought forward", path.display());
            return;
        }
        // A folder that cannot be written takes no lock file; the database opens read-only.
        Err(error) => {
            log::warn!("could not claim {}: {}", path.display(), error.brief());
            None
        }
    };
    // Where each window was, kept beside the database like everything else the app keeps, so
    // the projector window opens on the screen it was last on.
    let window_state = window_state::Builder::new()
        .with_filename(path.with_file_name("window-state.json").to_string_lossy())
        .with_state_flags(WINDOW_STATE)
        .build();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(window_state)
        .setup(move |app| {
            let _ = handle.set(app.handle().clone());
            let opened = open(&path, app.handle().clone());
            app.manage(Db { open: RwLock::new(opened.clone()), path });
            // Only once the store is managed: a backup's check that finds damage takes it away.
            // The first backup begins once the first screen is drawn.
            let (begin_backups, first_screen) = mpsc::channel();
            if let Ok(store) = opened {
                keep_backing_up(&store, app.handle(), first_screen);
            }
            app.manage(commands::startup::Started::new(started_at, begin_backups));
            #[cfg(unix)]
            quit_on_signals(app.handle());
            app.manage(commands::projector::ProjectorLab::default());
            app.manage(commands::hub::OpenHub::default());
            app.manage(commands::hub::ProjectorJoin::default());
            Ok(())
        })
        .on_window_event(|window, event| {
            // The plugin keeps where the windows are only when the app exits cleanly; a window
            // moved or resized is kept moments later too, so a crash or a kill loses nothing.
            if matches!(event, tauri::WindowEvent::Moved(_) | tauri::WindowEvent::Resized(_)) {
                save_window_state_soon(window.app_handle());
            }
            // Closing the main window ends the app, projector and device hub included.
            if window.label() == "main" && matches!(event, tauri::WindowEvent::Destroyed) {
                window.app_handle().state::<commands::hub::OpenHub>().close_on_quit();
                if let Some(projector) = window.app_handle().get_webview_window(commands::projector::LABEL) {
                    let _ = projector.destroy();
                }
            }
        })
        .invoke_handler(commands::handler())
        .build(tauri::generate_context!())
        .unwrap_or_else(|error| {
            eprintln!("designlab: {error}");
            std::process::exit(1);
        })
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                shut_down(app);
            }
        });
}

/// A session ending (log out, shut down) or `kill` asks the app to quit with SIGTERM, a terminal
/// with SIGINT or SIGHUP: each closes it as the window's close button does, database included.
#[cfg(unix)]
fn quit_on_signals(app: &AppHandle) {
    use tokio::signal::unix::{signal, SignalKind};
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let signals = (signal(SignalKind::terminate()), signal(SignalKind::interrupt()), signal(SignalKind::hangup()));
        let (Ok(mut term), Ok(mut interrupt), Ok(mut hangup)) = signals else { return };
        tokio::select! {
            _ = term.recv() => {}
            _ = interrupt.recv() => {}
            _ = hangup.recv() => {}
        }
        log::info!("asked to quit by a signal");
        app.exit(0);
    });
}

/// The event loop ends the process without dropping the store, so its log is emptied here; a
/// log left behind would make the next start check the whole file, as after a crash.
fn shut_down(app: &AppHandle) {
    let Ok(store) = app.state::<Db>().store() else { return };
    match store.shut_down() {
        Ok(true) => log::info!("database closed"),
        Ok(false) => log::info!("database closed; another program is reading it, so its log stays"),
        Err(error) => log::warn!("database not closed cleanly: {}", error.brief()),
    }
}

fn open(path: &Path, app: AppHandle) -> Result<Arc<Store>, ApiError> {
    match Store::open(path) {
        Ok(store) => {
            let store = Arc::new(store);
            // Screens showing notes or devices hear of a change the moment it is committed,
            // whether the app or a device made it.
            store.subscribe(move |change| {
                let _ = match change {
                    Change::Notes(notes) => app.emit("notes-changed", notes),
                    Change::Devices(devices) => app.emit("devices-changed", devices),
                };
            });
            Ok(store)
        }
        Err(error) => {
            log::error!("cannot open {}: {}", path.display(), error.brief());
            Err(error.into())
        }
    }
}

/// Backs the store up once `begin` says the first screen is drawn (or its sender is gone), then
/// every few minutes while it changes. A backup whose check
/// finds the database damaged takes the store out of use (see `found_damaged`).
fn keep_backing_up(store: &Arc<Store>, app: &AppHandle, begin: mpsc::Receiver<()>) {
    let app = app.clone();
    backup::spawn_schedule(store, begin, FIRST_BACKUP_WITHIN, backup::INTERVAL, move |error: &Error| {
        log::error!("backup failed: {}", error.brief());
        if error.code() == ErrorCode::DatabaseCorrupt {
            found_damaged(&app, error);
        }
    });
}

/// A backup's check found the database damaged: the device hub stops, the app stops writing to
/// the file, and the window is told, to offer the latest sound backup in its place.
fn found_damaged(app: &AppHandle, error: &Error) {
    app.state::<commands::hub::OpenHub>().close_on_quit();
    app.state::<Db>().close_damaged(error.into());
    let _ = app.emit("database-damaged", ());
}

/// Shows the main window in front of the others, as a second launch of the app asks.
fn bring_forward(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Keeps where the windows are a moment after the last of a burst of moves and resizes (a
/// drag sends dozens a second), on a thread of its own.
fn save_window_state_soon(app: &AppHandle) {
    static PENDING: AtomicBool = AtomicBool::new(false);
    if PENDING.swap(true, Ordering::AcqRel) {
        return;
    }
    let app = app.clone();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(400));
        PENDING.store(false, Ordering::Release);
        let _ = app.save_window_state(WINDOW_STATE);
    });
}
