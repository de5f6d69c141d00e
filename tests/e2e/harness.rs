//! Drives the real `designlab` binary in a real window: tauri-driver → WebKitWebDriver → app.
//! Needs a display (run under `xvfb-run`) and tauri-driver (`scripts/setup` installs it into
//! `.tools/bin`, or name it with `TAURI_DRIVER`).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;
use thirtyfour::Capabilities;

/// How long to wait for the UI to show something before failing.
const PATIENCE: Duration = Duration::from_secs(20);

/// How many times to start the app before a test fails for want of a WebDriver session.
const LAUNCH_ATTEMPTS: u32 = 3;

pub struct App {
    /// `None` only once the session has ended; see `Drop`.
    driver: Option<WebDriver>,
    tauri_driver: Child,
    launched: Instant,
}

impl App {
    /// Starts the app on the database at `db`. A launch whose WebDriver session never opens is
    /// reported with what it saw, cleared away and tried afresh on new ports. Once in a CI run,
    /// a relaunch got no answer from tauri-driver for 20 s, and reqwest's message hid why. A
    /// retry still opens the same database, so what a test asserts after it is unchanged.
    pub async fn launch(db: &Path) -> App {
        let mut failures = Vec::new();
        for attempt in 1..=LAUNCH_ATTEMPTS {
            match Self::try_launch(db).await {
                Ok(app) => return app,
                Err(failure) => {
                    eprintln!("e2e: launch {attempt} of {LAUNCH_ATTEMPTS} failed: {failure}");
                    failures.push(failure);
                }
            }
        }
        panic!("no WebDriver session after {LAUNCH_ATTEMPTS} launches:\n{}", failures.join("\n"));
    }

    async fn try_launch(db: &Path) -> Result<App, String> {
        let (port, native_port) = two_free_ports();
        let mut tauri_driver = Command::new(tauri_driver_path())
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            // The app reads its database from this; tauri-driver passes it on.
            .env("DESIGNLAB_DB", db)
            .env("PATH", path_with_recording_xdg_open(db))
            .env("DESIGNLAB_LOG_DIR", db.with_file_name("logs"))
            // GTK file dialogs keep their settings in memory, not in a dconf that Xvfb lacks.
            .env("GSETTINGS_BACKEND", "memory")
            // tauri-driver prints only its own failures here, such as a port it cannot listen on.
            .stdout(Stdio::inherit())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start tauri-driver (run scripts/setup, or set TAURI_DRIVER)");

        let mut capabilities = Capabilities::new();
        capabilities.set("browserName", "wry").unwrap();
        capabilities
            .set("tauri:options", serde_json::json!({ "application": env!("CARGO_BIN_EXE_designlab") }))
            .unwrap();

        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let mut last_error = String::from("none");
        while started.elapsed() < PATIENCE {
            if let Ok(Some(status)) = tauri_driver.try_wait() {
                last_error = format!("tauri-driver exited ({status}); the last request said: {last_error}");
                break;
            }
            // One request may hang as long as the whole launch is allowed, no longer.
            let remaining = PATIENCE.saturating_sub(started.elapsed());
            match tokio::time::timeout(remaining, WebDriver::new(url.as_str(), capabilities.clone())).await {
                Ok(Ok(driver)) => {
                    eprintln!("e2e: the app was up {:.1?} after launch", started.elapsed());
                    return Ok(App { driver: Some(driver), tauri_driver, launched: Instant::now() });
                }
                Ok(Err(error)) => last_error = format!("{error}; {}", who_listens(port)),
                Err(_) => last_error = format!("a request got no answer in {remaining:.1?}"),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        stop(&mut tauri_driver);
        Err(format!("after {:.1?} (ports {port}, {native_port}): {last_error}", started.elapsed()))
    }

    /// Closes the app the way a person would, ending its process.
    pub async fn quit(mut self) {
        let started = Instant::now();
        self.driver.take().expect("a live session").quit().await.expect("quit the app");
        // WebKitWebDriver ends the app a moment after it answers the session's end. Stopping
        // tauri-driver within that moment left the app running, orphaned, its hub listening:
        // 5 of 9 runs of the devices journey on 2026-12-03, none of 10 once this waited. Should
        // WebDriver ever leave it running, the desktop's request to quit (SIGTERM) ends it.
        if !app_ends_within(Duration::from_secs(3)).await {
            eprintln!("e2e: WebDriver left the app running after {:.1?}; asking it to quit", started.elapsed());
            signal_app("TERM");
            assert!(app_ends_within(Duration::from_secs(10)).await, "the app did not end when asked to");
        }
        stop(&mut self.tauri_driver);
        eprintln!("e2e: the app quit in {:.1?}", started.elapsed());
    }

    /// Asks the app to quit as the desktop does when a person logs out or shuts down (SIGTERM),
    /// and waits for its process to end by itself. (WebDriver's `quit`, and closing the last
    /// window through it, end the process from outside, as `kill` does.)
    pub async fn terminate(mut self) {
        let started = Instant::now();
        let driver = self.driver.take().expect("a live session");
        assert!(signal_app("TERM"), "no designlab process to end");
        assert!(app_ends_within(Duration::from_secs(10)).await, "the app did not end when asked to");
        // The session's browser is gone: ending the session would only wait on it.
        std::mem::forget(driver);
        stop(&mut self.tauri_driver);
        eprintln!("e2e: the app ended in {:.1?}", started.elapsed());
    }

    /// Kills the app's process outright (SIGKILL), as a crash or a pulled plug would, then
    /// ends tauri-driver. The app gets no chance to save anything.
    pub async fn kill(mut self) {
        assert!(signal_app("KILL"), "no designlab process to kill");
        stop(&mut self.tauri_driver);
        if let Some(driver) = self.driver.take() {
            std::mem::forget(driver);
        }
        eprintln!("e2e: the app was killed");
    }

    /// Makes the window whose page title is `title` the one the next commands act on.
    pub async fn switch_to_window_titled(&self, title: &str) {
        let started = Instant::now();
        loop {
            for handle in self.driver().windows().await.unwrap() {
                self.driver().switch_to_window(handle).await.unwrap();
                if self.driver().title().await.unwrap() == title {
                    return;
                }
            }
            assert!(started.elapsed() < PATIENCE, "no window titled {title:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub fn driver(&self) -> &WebDriver {
        self.driver.as_ref().expect("a live session")
    }

    pub async fn find(&self, css: &str) -> WebElement {
        match self.driver().query(By::Css(css)).wait(PATIENCE, Duration::from_millis(50)).first().await {
            Ok(element) => element,
            Err(error) => self.fail(&format!("nothing matches {css}: {error}")).await,
        }
    }

    /// Fails the test, first saving what the window showed as `target/e2e/FAILED-*.png`.
    async fn fail(&self, why: &str) -> ! {
        let name = format!("FAILED-{}", self.launched.elapsed().as_millis());
        self.screenshot(&name).await;
        panic!("{why} (the window is in target/e2e/{name}.png)");
    }

    pub async fn find_all(&self, css: &str) -> Vec<WebElement> {
        self.driver().find_all(By::Css(css)).await.unwrap()
    }

    /// Waits until the element at `css` shows text containing `expected`, and returns it.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> WebElement {
        let started = Instant::now();
        loop {
            if let Ok(element) = self.driver().find(By::Css(css)).await {
                if element.text().await.is_ok_and(|text| text.contains(expected)) {
                    return element;
                }
            }
            if started.elapsed() > PATIENCE {
                let body = self.driver().find(By::Css("body")).await.unwrap().text().await.unwrap_or_default();
                self.fail(&format!("{css} never showed {expected:?}; the window shows:\n{body}")).await;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the live region has announced `expected` to assistive technology. It is
    /// visually hidden, so this reads its text content rather than its rendered text.
    pub async fn wait_for_announcement(&self, expected: &str) {
        let started = Instant::now();
        loop {
            let announced = self.find("#announcer").await.prop("textContent").await.unwrap().unwrap_or_default();
            if announced.contains(expected) {
                return;
            }
            assert!(started.elapsed() < PATIENCE, "never announced {expected:?}; the last was {announced:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until `count` elements match `css`.
    pub async fn wait_for_count(&self, css: &str, count: usize) -> Vec<WebElement> {
        let started = Instant::now();
        loop {
            let found = self.find_all(css).await;
            if found.len() == count {
                return found;
            }
            assert!(started.elapsed() < PATIENCE, "{css}: expected {count}, found {}", found.len());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Presses keys on whatever has focus, as a keyboard user would.
    pub async fn keys(&self, keys: impl Into<TypingData>) {
        self.focused().await.send_keys(keys).await.unwrap();
    }

    pub async fn focused(&self) -> WebElement {
        self.driver().active_element().await.unwrap()
    }

    /// Whether the focused element matches `css`.
    pub async fn focus_matches(&self, css: &str) -> bool {
        self.driver()
            .execute(
                "return !!document.activeElement && document.activeElement.matches(arguments[0]);",
                vec![serde_json::json!(css)],
            )
            .await
            .unwrap()
            .convert()
            .unwrap()
    }

    /// The focused element as `TAGNAME#id.class.class`, for messages.
    pub async fn describe_focus(&self) -> String {
        let script = "const e = document.activeElement;
            return e ? `${e.tagName}#${e.id}.${[...e.classList].join('.')}` : 'null';";
        self.driver().execute(script, Vec::new()).await.unwrap().convert().unwrap()
    }

    /// Waits until the app itself has put the focus on `css`: a keyboard user goes on from
    /// wherever the app leaves them, so where that is matters.
    pub async fn wait_for_focus(&self, css: &str) {
        let started = Instant::now();
        while !self.focus_matches(css).await {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "the focus never reached {css}; it is on {}",
                self.describe_focus().await
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    /// Tabs forward until the focused element matches `css`; fails if it is not reachable.
    /// Pressed as a keyboard would, at whatever has focus: sending keys to an element focuses it
    /// afresh first, which puts a date field back at its day.
    pub async fn tab_to(&self, css: &str) -> WebElement {
        for _ in 0..200 {
            if self.focus_matches(css).await {
                return self.focused().await;
            }
            self.driver().action_chain().send_keys(Key::Tab).perform().await.unwrap();
        }
        panic!("{css} cannot be reached with Tab; the focus is on {}", self.describe_focus().await);
    }

    /// Shift+Tab until the focused element matches `css`: the way back up a screen.
    pub async fn tab_back_to(&self, css: &str) {
        for _ in 0..200 {
            if self.focus_matches(css).await {
                return;
            }
            self.driver()
                .action_chain()
                .key_down(Key::Shift)
                .key_down(Key::Tab)
                .key_up(Key::Tab)
                .key_up(Key::Shift)
                .perform()
                .await
                .unwrap();
        }
        panic!("{css} cannot be reached with Shift+Tab; the focus is on {}", self.describe_focus().await);
    }

    /// Answers the system's save dialog titled `title` with `path`, as a person would: type the
    /// path into its name box and press Enter. Drives the real GTK dialog with xdotool, since
    /// WebDriver sees only the web page.
    pub async fn save_file_as(&self, title: &str, path: &Path) {
        answer_file_dialog(title, "ctrl+a", path).await;
    }

    /// Exports the lab's report as Markdown from the lab page, as an organiser would (the button,
    /// then the save dialog), into `path`, and gives what was written.
    pub async fn export_markdown(&self, path: &Path) -> String {
        self.find("#export-md").await.click().await.unwrap();
        self.save_file_as("Export the report as Markdown", path).await;
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        self.wait_for_text("#report-exported", &name).await;
        std::fs::read_to_string(path).unwrap()
    }

    /// Answers the system's open dialog titled `title` with `path`: Ctrl+L for the location
    /// box, the path, Enter.
    pub async fn open_file(&self, title: &str, path: &Path) {
        answer_file_dialog(title, "ctrl+l", path).await;
    }

    /// Saves a screenshot of the window as `target/e2e/<name>.png`.
    pub async fn screenshot(&self, name: &str) {
        let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e");
        std::fs::create_dir_all(&folder).unwrap();
        // Let fonts and the last frame settle; the assertion before already waited for content.
        tokio::time::sleep(Duration::from_millis(150)).await;
        self.driver().screenshot(&folder.join(format!("{name}.png"))).await.unwrap();
        eprintln!("e2e: {name} at {:.1?}", self.launched.elapsed());
    }
}

impl Drop for App {
    /// Reached without `quit` only when a test failed. Stopping tauri-driver ends
    /// WebKitWebDriver and the app; the session handle is then leaked on purpose, because
    /// dropping it would block the test's executor for minutes trying to end a session whose
    /// server is gone, and the failure should be reported at once.
    fn drop(&mut self) {
        stop(&mut self.tauri_driver);
        if let Some(driver) = self.driver.take() {
            std::mem::forget(driver);
        }
    }
}

/// Sends `signal` (`TERM`, `KILL`) to every process of the app; whether there was one.
fn signal_app(signal: &str) -> bool {
    let pkill = Command::new("pkill").args([&format!("-{signal}"), "-f", env!("CARGO_BIN_EXE_designlab")]).status();
    pkill.expect("run pkill").success()
}

/// Whether every process of the app has ended within `limit`. (A process that ended but whose
/// parent has not collected it has no command line, so `pgrep -f` does not count it.)
async fn app_ends_within(limit: Duration) -> bool {
    let started = Instant::now();
    loop {
        let pgrep = Command::new("pgrep").args(["-f", env!("CARGO_BIN_EXE_designlab")]).stdout(Stdio::null()).status();
        if !pgrep.is_ok_and(|found| found.success()) {
            return true;
        }
        if started.elapsed() >= limit {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Finds the GTK file dialog titled `title`, presses `first_key` in it (to select its name box
/// or open its location box), types `path` and presses Enter.
async fn answer_file_dialog(title: &str, first_key: &str, path: &Path) {
    let visible = |title: &str| -> Vec<String> {
        let found =
            Command::new("xdotool").args(["search", "--onlyvisible", "--name", title]).output().expect("run xdotool");
        String::from_utf8_lossy(&found.stdout).lines().map(str::to_owned).collect()
    };
    // A dialog answered before may linger unmapped under the same title: only a visible one
    // that takes focus is the one asking now.
    let started = Instant::now();
    let window = 'found: loop {
        for id in visible(title).iter().rev() {
            let focused = Command::new("xdotool").args(["windowfocus", "--sync", id]).status().expect("run xdotool");
            if focused.success() {
                break 'found id.clone();
            }
        }
        assert!(started.elapsed() < PATIENCE, "no dialog titled {title:?} appeared");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    // Let the dialog settle and take focus of its name box.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let xdotool = |args: &[&str]| {
        let status = Command::new("xdotool").args(args).status().expect("run xdotool");
        assert!(status.success(), "xdotool {args:?}");
    };
    xdotool(&["key", "--window", &window, first_key]);
    xdotool(&["type", "--window", &window, "--delay", "5", &path.display().to_string()]);
    // The open dialog's location box completes as it is typed into; Enter is taken only once
    // that has settled, so wait for it, and press again while the dialog is still there. A
    // dialog that took Enter can take a while to close on a loaded machine, and a key sent to
    // a closing dialog reaches widgets GTK is tearing down, so give it time to go first.
    tokio::time::sleep(Duration::from_millis(400)).await;
    for _ in 0..3 {
        if !visible(title).contains(&window) {
            return;
        }
        let _ = Command::new("xdotool").args(["key", "--window", &window, "Return"]).status();
        let pressed = Instant::now();
        while pressed.elapsed() < Duration::from_millis(1500) {
            tokio::time::sleep(Duration::from_millis(100)).await;
            if !visible(title).contains(&window) {
                return;
            }
        }
    }
}

/// SIGTERM, not SIGKILL, so that tauri-driver also stops WebKitWebDriver and the app.
fn stop(child: &mut Child) {
    if child.try_wait().ok().flatten().is_some() {
        return;
    }
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if child.try_wait().ok().flatten().is_some() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Two ports free now and different from each other (both listeners are held while choosing).
fn two_free_ports() -> (u16, u16) {
    let first = TcpListener::bind("127.0.0.1:0").unwrap();
    let second = TcpListener::bind("127.0.0.1:0").unwrap();
    (first.local_addr().unwrap().port(), second.local_addr().unwrap().port())
}

/// Whether anything accepts connections on `port`. thirtyfour turns reqwest's error into its
/// message alone, which hides whether tauri-driver was listening at all.
fn who_listens(port: u16) -> String {
    let address = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    match std::net::TcpStream::connect_timeout(&address, Duration::from_secs(1)) {
        Ok(_) => format!("port {port} accepts connections"),
        Err(error) => format!("nothing accepts connections on port {port} ({error})"),
    }
}

fn tauri_driver_path() -> PathBuf {
    if let Some(path) = std::env::var_os("TAURI_DRIVER") {
        return path.into();
    }
    let local = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".tools/bin/tauri-driver");
    if local.exists() {
        local
    } else {
        "tauri-driver".into()
    }
}

/// `PATH` with a folder first whose `xdg-open` only notes what it was asked to open, in
/// `opened.txt` beside the database: the app asks the desktop to show a folder, and a test
/// checks which, without a file manager opening under Xvfb.
fn path_with_recording_xdg_open(db: &Path) -> std::ffi::OsString {
    let folder = db.parent().expect("the database's folder").join(".e2e-bin");
    std::fs::create_dir_all(&folder).unwrap();
    let script = folder.join("xdg-open");
    let log = db.with_file_name("opened.txt");
    std::fs::write(&script, format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", log.display())).unwrap();
    let mut permissions = std::fs::metadata(&script).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&script, permissions).unwrap();
    let mut path = folder.into_os_string();
    path.push(":");
    path.push(std::env::var_os("PATH").unwrap_or_default());
    path
}

/// What the app asked the desktop to open, in order (see `path_with_recording_xdg_open`).
/// Renders a PDF's `page` to `target/e2e/<name>.png` with poppler's pdftoppm, and gives its path.
pub fn render_pdf_page(pdf: &Path, page: u32, name: &str) -> PathBuf {
    let prefix = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e").join(name);
    let status = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "80", "-singlefile", "-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm (poppler-utils, installed by scripts/setup)");
    assert!(status.success(), "pdftoppm page {page}");
    prefix.with_extension("png")
}

pub fn opened(db: &Path) -> Vec<String> {
    std::fs::read_to_string(db.with_file_name("opened.txt")).unwrap_or_default().lines().map(str::to_owned).collect()
}
