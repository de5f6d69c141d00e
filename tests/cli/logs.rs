//! Issue 15: the log has a line for each start, database opened, import, export and refusal,
//! and never what people said or a lab's title; `--version` says which build wrote it.

use std::process::Command;

fn designlab_logging_to(log_dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_designlab"))
        .args(args)
        .env_remove("DESIGNLAB_DB")
        .env("DESIGNLAB_LOG_DIR", log_dir)
        .output()
        .unwrap()
}

#[test]
fn every_command_is_logged_without_a_word_anyone_said() {
    let dir = tempfile::tempdir().unwrap();
    let logs = dir.path().join("logs");
    let db = dir.path().join("lab.sqlite3");
    let db = db.to_str().unwrap();
    let run = |args: &[&str]| {
        let output = designlab_logging_to(&logs, args);
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        output
    };
    run(&["sample", "--db", db]);
    let csv = dir.path().join("notes.csv");
    let archive = dir.path().join("lab.json");
    let lab = "sample-lab-ai-in-council-services";
    run(&["export", lab, "--format", "csv", "--db", db, "--out", csv.to_str().unwrap()]);
    run(&["export", lab, "--format", "json", "--db", db, "--out", archive.to_str().unwrap()]);
    let other = dir.path().join("other.sqlite3");
    run(&["import", archive.to_str().unwrap(), "--db", other.to_str().unwrap()]);
    let refused = designlab_logging_to(&logs, &["export", "no-such-lab", "--format", "md", "--db", db]);
    assert_eq!(refused.status.code(), Some(1));

    let log = std::fs::read_to_string(logs.join("designlab_rCURRENT.log")).unwrap();
    for expected in [
        "command line (sample) 0.1.0 started",
        "database opened: ",
        "exported lab ",
        "as Csv in En: ",
        "imported Archive into lab ",
        "export refused: NotFound",
    ] {
        assert!(log.contains(expected), "no {expected:?} in:\n{log}");
    }
    let said = std::fs::read_to_string(&csv).unwrap();
    let first_note = said.lines().nth(1).unwrap().split(',').nth(4).unwrap().trim_matches('"').to_owned();
    assert!(first_note.len() > 20, "{first_note}");
    for private in [first_note.as_str(), "Sample lab", "council services"] {
        assert!(!log.contains(private), "the log holds {private:?}:\n{log}");
    }
    // Each line starts with its time.
    assert!(log.lines().all(|line| line.starts_with("20") && line.contains('T')), "{log}");
}

#[test]
fn version_names_the_build() {
    let output = designlab_logging_to(std::path::Path::new("/nonexistent"), &["--version"]);
    assert!(output.status.success());
    assert_eq!(String::from_utf8(output.stdout).unwrap(), format!("designlab {}\n", env!("CARGO_PKG_VERSION")));
}
