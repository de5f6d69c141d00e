//! Capture from devices, end to end: the facilitator opens the hub in the real app window; a
//! phone (Debian's Chromium at phone size, through chromedriver) joins from the QR link,
//! captures three notes, loses the hub, keeps two more in its outbox, and sends them when the
//! hub is back, while the app's notes screen shows them arrive.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use designlab_core::{Language, Store};
use thirtyfour::prelude::*;

use crate::harness::App;

/// How long the phone's outbox may take to notice the hub is back (its back-off is at most
/// 30 seconds; the hub is away for a few).
const RECONNECT: Duration = Duration::from_secs(60);

/// A phone: Chromium at 390 × 844 CSS pixels, as a mid-sized phone is.
struct Phone {
    driver: Option<WebDriver>,
    chromedriver: Child,
}

impl Phone {
    async fn open() -> Phone {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let chromedriver =
            Command::new(std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into()))
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start chromedriver (scripts/setup installs chromium-driver)");
        let mut capabilities = DesiredCapabilities::chrome();
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,844", "--lang=en-GB"] {
            capabilities.add_arg(argument).unwrap();
        }
        let started = Instant::now();
        loop {
            match WebDriver::new(format!("http://127.0.0.1:{port}"), capabilities.clone()).await {
                Ok(driver) => return Phone { driver: Some(driver), chromedriver },
                Err(error) if started.elapsed() > Duration::from_secs(20) => panic!("no Chromium session: {error}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        }
    }

    fn driver(&self) -> &WebDriver {
        self.driver.as_ref().unwrap()
    }

    async fn find(&self, css: &str) -> WebElement {
        self.driver()
            .query(By::Css(css))
            .wait(Duration::from_secs(20), Duration::from_millis(50))
            .first()
            .await
            .unwrap_or_else(|error| panic!("the phone shows no {css}: {error}"))
    }

    /// Waits until `count` notes show `state` (`saved` or `waiting`).
    async fn wait_for_notes(&self, state: &str, count: usize, patience: Duration) {
        let started = Instant::now();
        loop {
            let found = self.driver().find_all(By::Css(format!("[data-note-state='{state}']"))).await.unwrap();
            if found.len() == count {
                return;
            }
            if started.elapsed() > patience {
                let body = self.find("body").await.text().await.unwrap_or_default();
                panic!("expected {count} notes {state}, found {}; the phone shows:\n{body}", found.len());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn type_note(&self, text: &str) {
        let box_ = self.find("#capture-text").await;
        box_.send_keys(text).await.unwrap();
        box_.send_keys(Key::Enter).await.unwrap();
    }

    async fn screenshot(&self, name: &str) {
        let folder = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e");
        std::fs::create_dir_all(&folder).unwrap();
        tokio::time::sleep(Duration::from_millis(150)).await;
        self.driver().screenshot(&folder.join(format!("{name}.png"))).await.unwrap();
    }

    async fn close(mut self) {
        if let Some(driver) = self.driver.take() {
            let _ = driver.quit().await;
        }
    }
}

impl Drop for Phone {
    fn drop(&mut self) {
        let _ = self.chromedriver.kill();
        let _ = self.chromedriver.wait();
        if let Some(driver) = self.driver.take() {
            std::mem::forget(driver);
        }
    }
}

async fn open_hub(app: &App) -> (String, String, String) {
    let address = thirtyfour::components::SelectElement::new(&app.find("#hub-address").await).await.unwrap();
    address.select_by_value("127.0.0.1").await.unwrap();
    app.find("#hub-open").await.click().await.unwrap();
    let url = app.find("#hub-qr").await.attr("data-url").await.unwrap().expect("the QR link");
    let short = app.find("#hub-address-text").await.text().await.unwrap();
    let pin = app.find("#hub-pin").await.text().await.unwrap();
    (url, short, pin.chars().filter(char::is_ascii_digit).collect())
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver and chromium-driver: run scripts/check"]
async fn a_phone_joins_by_qr_link_captures_through_a_lost_hub_and_the_app_shows_every_note() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let store = Store::open(&db).unwrap();
    let lab = store.create_sample_lab(Language::En).unwrap();
    let group = store.list_groups(lab.id).unwrap().remove(1);
    // The phone lists its group's notes on the group's challenge: the sample's, then its own.
    let challenge = group.challenge_id.unwrap();
    let before = store.list_notes(challenge).unwrap().iter().filter(|n| n.group_id == Some(group.id)).count();
    drop(store);

    let app = App::launch(&db).await;
    app.find(&format!("button[aria-label='Open {}']", lab.title)).await.click().await.unwrap();
    app.find("#lab-devices").await.click().await.unwrap();
    let (url, short, pin) = open_hub(&app).await;
    assert!(url.starts_with(&format!("{short}/#k=")), "{url}");
    assert_eq!(pin.len(), 6);
    app.screenshot("60-hub-open").await;

    let phone = Phone::open().await;
    phone.driver().goto(&url).await.unwrap();
    phone.find("#device-name").await.send_keys("Table 2 phone").await.unwrap();
    phone.find("#device-join").await.click().await.unwrap();
    let groups = thirtyfour::components::SelectElement::new(&phone.find("#device-group").await).await.unwrap();
    groups.select_by_value(&group.id.to_string()).await.unwrap();
    phone.find("#device-group-save").await.click().await.unwrap();
    assert!(!phone.driver().current_url().await.unwrap().as_str().contains("#k="), "the secret leaves the address bar");
    for text in [
        "Who checks the model's decisions once the contract is signed? #oversight",
        "The union wants an equality impact assessment before tender.",
        "Mae angen i'r gweithwyr gael llais cyn i'r contract gael ei lofnodi.",
    ] {
        phone.type_note(text).await;
    }
    phone.wait_for_notes("saved", before + 3, Duration::from_secs(20)).await;
    phone.screenshot("61-phone-captured").await;
    let broken = crate::accessibility::axe_violations(phone.driver()).await;
    assert!(broken.is_empty(), "the phone's capture page breaks WCAG A/AA rules:\n{}", broken.join("\n"));

    // The facilitator sees the device, its group and its three notes.
    let row = app.wait_for_text("#device-list", "Table 2 phone").await;
    app.wait_for_text("#device-list", &group.name).await;
    let _ = row;
    app.wait_for_text("#device-list tr[data-device-id] td:nth-child(3)", "3").await;
    app.screenshot("62-device-list").await;

    // The hub goes: the phone keeps what is typed in its outbox.
    app.find("#hub-close").await.click().await.unwrap();
    app.find("#hub-open").await;
    phone.type_note("Typed while the Wi-Fi was down: who owns the data?").await;
    phone.type_note("And a second one, still waiting.").await;
    phone.wait_for_notes("waiting", 2, Duration::from_secs(20)).await;
    let count = phone.find("#outbox-count").await.text().await.unwrap();
    assert!(count.contains('2'), "{count}");
    phone.find("#outbox-count").await.scroll_into_view().await.unwrap();
    phone.screenshot("63-phone-waiting").await;
    // The page is closed while the hub is away (the browser quit, the phone restarted): the
    // outbox is in the browser's storage, and the page opened again later sends it.
    phone.driver().goto("about:blank").await.unwrap();

    // The hub comes back on the same address; the app shows the notes screen, and the two
    // waiting notes arrive there without anyone asking for them.
    let (_, again, pin) = open_hub(&app).await;
    assert_eq!(again, short, "the same address and port");
    phone.driver().goto(&short).await.unwrap();
    app.find("#lab-notes").await.click().await.unwrap();
    app.wait_for_text("#notes-count", "notes").await;
    let started = Instant::now();
    loop {
        // The list's rows hold the note's text where WebKit's rendered text leaves it out.
        let body = app.find("body").await.prop("textContent").await.unwrap().unwrap_or_default();
        if body.contains("who owns the data?") && body.contains("still waiting") {
            break;
        }
        if started.elapsed() > RECONNECT {
            app.screenshot("FAILED-notes-not-live").await;
            let phone_shows = phone.find("body").await.text().await.unwrap_or_default();
            let saved = Store::open(&db).unwrap().list_devices(lab.id).unwrap();
            panic!("the waiting notes never reached the app:\n{body}\n\nthe phone shows:\n{phone_shows}\n\ndevices: {saved:?}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    phone.wait_for_notes("saved", before + 5, RECONNECT).await;
    phone.wait_for_notes("waiting", 0, Duration::from_secs(5)).await;
    // With the notes screen open, a new note appears there the moment it is saved.
    phone.type_note("Said while the facilitator watches the notes screen.").await;
    let started = Instant::now();
    while !app
        .find("body")
        .await
        .prop("textContent")
        .await
        .unwrap()
        .unwrap_or_default()
        .contains("watches the notes screen")
    {
        assert!(started.elapsed() < Duration::from_secs(20), "the new note never appeared on the notes screen");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    phone.wait_for_notes("saved", before + 6, Duration::from_secs(20)).await;
    app.screenshot("64-notes-arrived-live").await;
    phone.find("#outbox-count").await.scroll_into_view().await.unwrap();
    phone.screenshot("65-phone-all-saved").await;

    // A second phone joins in Welsh with the PIN.
    let welsh = Phone::open().await;
    welsh.driver().goto(&short).await.unwrap();
    welsh.find("input[name='device-language'][value='cy']").await.click().await.unwrap();
    welsh.find("#device-pin").await.send_keys(&pin).await.unwrap();
    welsh.find("#device-name").await.send_keys("Ffôn bwrdd 3").await.unwrap();
    welsh.find("#device-join").await.click().await.unwrap();
    // The whole room: a device without a group sees only its own notes.
    let groups = thirtyfour::components::SelectElement::new(&welsh.find("#device-group").await).await.unwrap();
    groups.select_by_value("").await.unwrap();
    welsh.screenshot("66-phone-welsh-group").await;
    welsh.find("#device-group-save").await.click().await.unwrap();
    welsh.find("#capture-text").await;
    welsh.type_note("Pwy sy'n gwirio penderfyniadau'r model?").await;
    welsh.wait_for_notes("saved", 1, Duration::from_secs(20)).await;
    welsh.screenshot("67-phone-welsh-captured").await;
    let broken = crate::accessibility::axe_violations(welsh.driver()).await;
    assert!(broken.is_empty(), "the Welsh capture page breaks WCAG A/AA rules:\n{}", broken.join("\n"));
    let english =
        crate::accessibility::english_on_screen(welsh.driver(), &crate::accessibility::Messages::read()).await;
    assert!(english.is_empty(), "English on the phone's Welsh capture page: {english:?}");

    // The narrowest phone: nothing needs sideways scrolling at 320 CSS pixels.
    welsh.driver().set_window_rect(0, 0, 320, 700).await.unwrap();
    let widths = welsh
        .driver()
        .execute("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];", vec![])
        .await
        .unwrap()
        .json()
        .clone();
    assert!(widths[0].as_i64() <= widths[1].as_i64(), "sideways scrolling at 320 px: {widths}");
    welsh.screenshot("68-phone-320px").await;

    // The projector shows the join code to the room.
    // Back on the lab page, the panel is open while its hub is.
    app.find("nav.back button").await.click().await.unwrap();
    let projector = app.find("#hub-projector").await;
    projector.click().await.unwrap();
    app.switch_to_window_titled("Design Lab projector").await;
    app.wait_for_text("#projector-pin", &pin).await;
    app.screenshot("69-projector-join-code").await;
    app.switch_to_window_titled("Design Lab").await;

    // Revoking the Welsh phone: its next request is refused and it is asked to join again.
    let row = app.wait_for_text("#device-list tr[data-device-id]:nth-child(2)", "Ffôn bwrdd 3").await;
    row.find(By::Css("button[id^='revoke-']")).await.unwrap().click().await.unwrap();
    app.find("dialog[open] .button.danger").await.click().await.unwrap();
    app.wait_for_text("#device-list tr[data-device-id]:nth-child(2)", "Revoked").await;
    app.screenshot("70-device-revoked").await;
    welsh.type_note("Ar ôl cael fy nhynnu allan.").await;
    welsh.find("#device-rejoin").await;
    welsh.screenshot("71-phone-revoked").await;

    let store = Store::open(&db).unwrap();
    let devices = store.list_devices(lab.id).unwrap();
    assert_eq!(devices.iter().map(|d| d.note_count).collect::<Vec<_>>(), vec![6, 1]);
    drop(store);
    phone.close().await;
    welsh.close().await;
    app.quit().await;
    // Quitting the app closes the hub.
    let started = Instant::now();
    while std::net::TcpStream::connect(short.trim_start_matches("http://")).is_ok() {
        assert!(started.elapsed() < Duration::from_secs(20), "the hub's port is still open after the app quit");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
