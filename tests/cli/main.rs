//! The `designlab` binary's command line, run as a real process. These cases end before a
//! window opens, so they need no display.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::process::Command;

mod guards;
mod logs;

fn designlab(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_designlab"))
        .args(args)
        .env_remove("DESIGNLAB_DB")
        // The tests' lines stay out of the log of whoever runs them.
        .env("DESIGNLAB_LOG_DIR", std::env::temp_dir().join("designlab-test-logs"))
        .output()
        .unwrap()
}

#[test]
fn help_names_the_database_option_and_its_variable() {
    let output = designlab(&["--help"]);
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    assert!(help.contains("--db <PATH>"), "{help}");
    assert!(help.contains("DESIGNLAB_DB"), "{help}");
}

#[test]
fn version_is_the_package_version() {
    let output = designlab(&["--version"]);
    assert!(output.status.success());
    assert_eq!(String::from_utf8(output.stdout).unwrap().trim(), format!("designlab {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn an_unknown_option_is_a_usage_error_with_status_2() {
    let output = designlab(&["--no-such-option"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("--no-such-option"), "{stderr}");
}

#[test]
fn sample_adds_the_sample_lab_to_the_named_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("labs.sqlite3");
    let output = designlab(&["sample", "--db", db.to_str().unwrap(), "--lang", "cy"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let (id, title) = stdout.trim().split_once('\t').unwrap();
    assert!(title.starts_with("Labordy"), "{stdout}");

    let store = designlab_core::Store::open(&db).unwrap();
    let labs = store.list_labs().unwrap();
    assert_eq!((labs.len(), labs[0].id.to_string().as_str()), (1, id));
    assert!(!store.list_groups(labs[0].id).unwrap().is_empty());
}

#[test]
fn sample_fails_with_one_line_and_status_1_when_the_database_cannot_open() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("not-a-database.sqlite3");
    std::fs::write(&db, vec![b'x'; 8192]).unwrap();
    let output = designlab(&["sample", "--db", db.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("designlab: "), "{stderr}");
    assert_eq!(std::fs::read(&db).unwrap(), vec![b'x'; 8192], "the file is left as it was");
}

#[test]
fn sample_refuses_an_unknown_language_as_a_usage_error() {
    let output = designlab(&["sample", "--lang", "fr", "--db", "/nonexistent/x.sqlite3"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn labs_lists_every_lab_with_its_slug_and_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("labs.sqlite3");
    let db = db.to_str().unwrap();
    assert!(designlab(&["sample", "--db", db]).status.success());
    let output = designlab(&["labs", "--db", db]);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let fields: Vec<&str> = stdout.trim_end().split('\t').collect();
    assert_eq!(fields[2..], ["sample-lab-ai-in-council-services", "Sample lab: AI in council services"]);

    let output = designlab(&["labs", "--db", db, "--json"]);
    let labs: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(labs[0]["id"], fields[0]);
}

#[test]
fn export_writes_markdown_to_stdout_and_csv_to_a_file_by_slug_or_id() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("labs.sqlite3");
    let db = db.to_str().unwrap();
    let sample = designlab(&["sample", "--db", db]);
    let id = String::from_utf8(sample.stdout).unwrap().split('\t').next().unwrap().to_owned();

    let output = designlab(&["export", "sample-lab-ai-in-council-services", "--format", "md", "--db", db]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let markdown = String::from_utf8(output.stdout).unwrap();
    assert!(markdown.starts_with("---\nlayout: event\n"), "{markdown}");
    assert!(markdown.contains("<!--more-->"));

    let out = dir.path().join("notes.csv");
    let output =
        designlab(&["export", &id, "--format", "csv", "--lang", "cy", "--out", out.to_str().unwrap(), "--db", db]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stdout.is_empty(), "with --out nothing goes to stdout");
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.starts_with("\u{feff}Her,Cam,Rôl,Math,Nodyn"), "{csv}");
    assert_eq!(csv.lines().count(), 19, "a header and the sample's 18 notes");
}

#[test]
fn export_lang_both_writes_welsh_then_english_or_english_first_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("labs.sqlite3");
    let db = db.to_str().unwrap();
    designlab(&["sample", "--db", db]);
    let lab = "sample-lab-ai-in-council-services";
    let position = |markdown: &str, text: &str| markdown.find(text).unwrap_or_else(|| panic!("{text} in {markdown}"));

    let output = designlab(&["export", lab, "--format", "md", "--lang", "both", "--db", db]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let markdown = String::from_utf8(output.stdout).unwrap();
    assert!(position(&markdown, "## Y labordy mewn ffigurau") < position(&markdown, "## The lab in numbers"));

    let output = designlab(&["export", lab, "--format", "md", "--lang", "both", "--english-first", "--db", db]);
    let markdown = String::from_utf8(output.stdout).unwrap();
    assert!(position(&markdown, "## The lab in numbers") < position(&markdown, "## Y labordy mewn ffigurau"));

    let output = designlab(&["export", lab, "--format", "html", "--lang", "both", "--one-after-other", "--db", db]);
    let page = String::from_utf8(output.stdout).unwrap();
    assert!(page.contains("<div class=\"part\" lang=\"cy\">"), "{page}");
    let output = designlab(&["export", lab, "--format", "md", "--lang", "fr", "--db", db]);
    assert_eq!(output.status.code(), Some(2), "an unknown language is a usage error");
    let output = designlab(&["export", lab, "--format", "md", "--english-first", "--db", db]);
    assert_eq!(output.status.code(), Some(2), "a bilingual layout for one language is a usage error");
    assert!(String::from_utf8(output.stderr).unwrap().contains("--lang both"));
}

#[test]
fn export_of_an_unknown_lab_or_format_fails_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("labs.sqlite3");
    drop(designlab_core::Store::open(&db).unwrap());
    let db = db.to_str().unwrap();
    let output = designlab(&["export", "no-such-lab", "--format", "md", "--db", db]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no-such-lab"), "{stderr}");

    let output = designlab(&["export", "x", "--format", "odt", "--db", db]);
    assert_eq!(output.status.code(), Some(2), "an unknown format is a usage error");

    let missing = dir.path().join("typo.sqlite3");
    let output = designlab(&["labs", "--db", missing.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8(output.stderr).unwrap().contains("no database at"));
    assert!(!missing.exists(), "a mistyped path makes no new database");
}

#[test]
fn a_pdf_without_out_is_written_beside_the_user_under_the_labs_name() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("labs.sqlite3");
    let db = db.to_str().unwrap();
    designlab(&["sample", "--db", db]);
    let output = Command::new(env!("CARGO_BIN_EXE_designlab"))
        .args(["export", "sample-lab-ai-in-council-services", "--format", "pdf", "--db", db])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let said = String::from_utf8(output.stdout).unwrap();
    assert_eq!(said, "sample-lab-ai-in-council-services.pdf\n", "the file's name, not its bytes");
    let pdf = std::fs::read(dir.path().join(said.trim())).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn an_archive_exported_then_imported_elsewhere_merges_and_a_csv_needs_its_lab() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    let (facilitator, laptop) = (path("facilitator.sqlite3"), path("laptop.sqlite3"));
    designlab(&["sample", "--db", &facilitator]);
    let archive = designlab(&["export", "sample-lab-ai-in-council-services", "--format", "json", "--db", &facilitator]);
    assert!(archive.status.success());
    std::fs::write(path("lab.json"), &archive.stdout).unwrap();

    let first = designlab(&["import", &path("lab.json"), "--db", &laptop]);
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let said = String::from_utf8(first.stdout).unwrap();
    assert!(said.contains("Sample lab") && said.contains("18 notes added"), "{said}");
    let again =
        designlab(&["import", &path("lab.json"), "--lab", "sample-lab-ai-in-council-services", "--db", &laptop]);
    assert!(String::from_utf8(again.stdout).unwrap().contains("0 notes added; 0 rows added, 0 updated"));

    let csv = "challenge,role,text\nNo such challenge,Worker,A post-it\n";
    std::fs::write(path("notes.csv"), csv).unwrap();
    let without_lab = designlab(&["import", &path("notes.csv"), "--db", &laptop]);
    assert_eq!(without_lab.status.code(), Some(1));
    assert!(String::from_utf8(without_lab.stderr).unwrap().contains("needs a lab"));
    let bad_row =
        designlab(&["import", &path("notes.csv"), "--lab", "sample-lab-ai-in-council-services", "--db", &laptop]);
    assert_eq!(bad_row.status.code(), Some(1));
    let stderr = String::from_utf8(bad_row.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("row 2"), "{stderr}");

    std::fs::write(path("broken.json"), "{\"format\": \"designlab-lab-archive\", \"version\": 1, ").unwrap();
    let broken = designlab(&["import", &path("broken.json"), "--db", &laptop]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(String::from_utf8(broken.stderr).unwrap().contains("line 1"));
}

/// `serve` runs the device hub headless: it prints how to join, takes a device's note over
/// HTTP, and on SIGTERM (as on Ctrl+C) stops cleanly, its port closed.
#[test]
fn serve_prints_the_address_and_pin_takes_a_note_and_stops_on_a_signal() {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpStream;

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("labs.sqlite3");
    let sample = designlab(&["sample", "--db", db.to_str().unwrap()]);
    let lab = String::from_utf8(sample.stdout).unwrap().split('\t').next().unwrap().to_owned();
    let mut hub = Command::new(env!("CARGO_BIN_EXE_designlab"))
        .args(["serve", &lab, "--bind", "127.0.0.1", "--port", "0", "--db", db.to_str().unwrap()])
        .env_remove("DESIGNLAB_DB")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(hub.stdout.take().unwrap()).lines();
    let mut printed = String::new();
    let (address, pin) = loop {
        let line = lines.next().expect("serve printed how to join").unwrap();
        printed.push_str(&line);
        printed.push('\n');
        if let Some(rest) = line.strip_prefix("Scan the code, or open http://") {
            let (address, pin) = rest.split_once(" and type the PIN ").unwrap();
            break (address.to_owned(), pin.to_owned());
        }
    };
    assert!(printed.contains('█'), "a QR code in the terminal:\n{printed}");
    assert_eq!(pin.len(), 6);

    let exchange = |request: String| {
        let mut stream = TcpStream::connect(&address).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    };
    let body = format!(r#"{{"secret":null,"pin":"{pin}","name":"Ffôn","language":"cy"}}"#);
    let joined = exchange(format!(
        "POST /api/join HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    ));
    assert!(joined.starts_with("HTTP/1.1 200"), "{joined}");
    let token = joined.split("\"token\":\"").nth(1).unwrap().split('"').next().unwrap().to_owned();

    let store = designlab_core::Store::open(&db).unwrap();
    let lab_id = store.list_labs().unwrap()[0].id;
    let challenge = store.list_challenges(lab_id).unwrap()[0].id;
    let role = store.list_roles(lab_id).unwrap()[0].id;
    let note = format!(
        r#"{{"challenge_id":"{challenge}","group_id":null,"role_id":"{role}","kind":"idea","stage":null,"text":"Gofyn i'r gweithwyr yn gyntaf.","confidential":false}}"#
    );
    let id = "01900000-0000-7000-8000-000000000001";
    let saved = exchange(format!(
        "PUT /api/notes/{id} HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{note}",
        note.len()
    ));
    assert!(saved.starts_with("HTTP/1.1 201"), "{saved}");
    assert!(store.list_notes(challenge).unwrap().iter().any(|n| n.id.to_string() == id));

    let terminated = Command::new("kill").args(["-TERM", &hub.id().to_string()]).status().unwrap();
    assert!(terminated.success());
    let status = hub.wait().unwrap();
    assert!(status.success(), "{status}");
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(rest.iter().any(|line| line.starts_with("Stopped")), "{rest:?}");
    assert!(TcpStream::connect(&address).is_err(), "nothing answers on the port once stopped");
}

#[test]
fn serve_refuses_an_unknown_lab_and_a_missing_database_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("labs.sqlite3");
    let missing = designlab(&["serve", "no-such-lab", "--db", db.to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8(missing.stderr).unwrap().contains("no database"));
    designlab(&["sample", "--db", db.to_str().unwrap()]);
    let unknown =
        designlab(&["serve", "no-such-lab", "--db", db.to_str().unwrap(), "--bind", "127.0.0.1", "--port", "0"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert_eq!(String::from_utf8(unknown.stderr).unwrap().lines().count(), 1);
}

#[test]
fn without_a_command_it_becomes_the_app_beside_it_and_says_so_when_that_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let alone = dir.path().join("designlab");
    std::fs::copy(env!("CARGO_BIN_EXE_designlab"), &alone).unwrap();
    let output = Command::new(&alone).env_remove("DESIGNLAB_DB").output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("designlab-app"), "{stderr}");
    // The command line itself needs nothing beside it.
    let db = dir.path().join("labs.sqlite3");
    let output = Command::new(&alone).args(["sample", "--db", db.to_str().unwrap()]).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}
