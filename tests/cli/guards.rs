//! The command line against what issue 13's reviewer pointed it at: outputs onto the database,
//! a device, a link or a missing folder; inputs that are devices or pipes; eight writers at
//! once; a 5 MB value; a read-only folder; a disk that fills while a database is made.

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use super::designlab;

/// A database holding the sample lab, and the lab's id.
fn sample(dir: &Path) -> (PathBuf, String) {
    let db = dir.join("lab.sqlite3");
    let output = designlab(&["sample", "--db", db.to_str().unwrap()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let id = String::from_utf8(output.stdout).unwrap().split('\t').next().unwrap().to_owned();
    (db, id)
}

/// The one line the command printed to stderr, checked to be one short line.
fn one_line(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(1), "status of a refusal");
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.chars().count() <= designlab_core::brief::MESSAGE_MAX + "designlab: \n".len(), "{stderr}");
    stderr
}

fn labs_still_list(db: &Path) {
    let output = designlab(&["labs", "--db", db.to_str().unwrap()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 1);
}

#[test]
fn exporting_onto_the_database_is_refused_and_it_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let (db, lab) = sample(dir.path());
    let db_arg = db.to_str().unwrap();
    for out in [db_arg.to_owned(), format!("{db_arg}-wal")] {
        let refused = one_line(&designlab(&["export", &lab, "--format", "json", "--db", db_arg, "--out", &out]));
        assert!(refused.contains(&out) && refused.contains("database"), "{refused}");
    }
    labs_still_list(&db);
}

#[test]
fn out_refuses_a_device_follows_a_link_and_names_a_missing_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (db, lab) = sample(dir.path());
    let export = |out: &str| designlab(&["export", &lab, "--format", "md", "--db", db.to_str().unwrap(), "--out", out]);

    let refused = one_line(&export("/dev/full"));
    assert!(refused.contains("/dev/full"), "{refused}");
    assert!(std::fs::metadata("/dev/full").unwrap().file_type().is_char_device());

    let target = dir.path().join("report.md");
    std::fs::write(&target, "old").unwrap();
    let link = dir.path().join("latest.md");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let output = export(link.to_str().unwrap());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(&target).unwrap().starts_with("---"), "the link's target holds the report");

    let missing = dir.path().join("no-such-folder");
    let refused = one_line(&export(missing.join("report.md").to_str().unwrap()));
    assert!(refused.contains(missing.to_str().unwrap()), "{refused}");
}

/// Runs the command, failing the test if it has not ended within ten seconds.
fn within_seconds(command: &mut Command) -> Output {
    let mut child = command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("the command was still running after ten seconds");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn importing_a_device_or_a_pipe_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (db, lab) = sample(dir.path());
    let pipe = dir.path().join("notes.csv");
    assert!(Command::new("mkfifo").arg(&pipe).status().unwrap().success());
    for file in [Path::new("/dev/zero"), pipe.as_path()] {
        let output = within_seconds(
            Command::new(env!("CARGO_BIN_EXE_designlab"))
                .args(["import", file.to_str().unwrap(), "--lab", &lab, "--db", db.to_str().unwrap()])
                .env_remove("DESIGNLAB_DB"),
        );
        let refused = one_line(&output);
        assert!(refused.contains(file.to_str().unwrap()) && refused.contains("not a file"), "{refused}");
    }
}

#[test]
fn eight_imports_at_once_all_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source.sqlite3");
    let archives: Vec<PathBuf> = (0..8)
        .map(|n| {
            let made = designlab(&["sample", "--db", source.to_str().unwrap(), "--lang", "cy"]);
            let id = String::from_utf8(made.stdout).unwrap().split('\t').next().unwrap().to_owned();
            let archive = dir.path().join(format!("lab-{n}.json"));
            let out = archive.to_str().unwrap();
            let written =
                designlab(&["export", &id, "--format", "json", "--db", source.to_str().unwrap(), "--out", out]);
            assert!(written.status.success());
            archive
        })
        .collect();
    let target = dir.path().join("target.sqlite3");
    sample(dir.path());
    std::fs::rename(dir.path().join("lab.sqlite3"), &target).unwrap();

    let children: Vec<_> = archives
        .iter()
        .map(|archive| {
            Command::new(env!("CARGO_BIN_EXE_designlab"))
                .args(["import", archive.to_str().unwrap(), "--db", target.to_str().unwrap()])
                .env_remove("DESIGNLAB_DB")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    let store = designlab_core::Store::open(&target).unwrap();
    let from = designlab_core::Store::open(&source).unwrap();
    assert_eq!(store.list_labs().unwrap().len(), 9);
    for lab in from.list_labs().unwrap() {
        let notes = |store: &designlab_core::Store| {
            store.search_notes(lab.id, &designlab_core::search::NoteFilter::default()).unwrap().len()
        };
        assert_eq!(notes(&store), notes(&from), "every note of {}", lab.title);
    }
}

#[test]
fn a_five_megabyte_value_is_refused_in_one_short_line() {
    let dir = tempfile::tempdir().unwrap();
    let (db, lab) = sample(dir.path());
    let archive = dir.path().join("lab.json");
    let written = designlab(&[
        "export",
        &lab,
        "--format",
        "json",
        "--db",
        db.to_str().unwrap(),
        "--out",
        archive.to_str().unwrap(),
    ]);
    assert!(written.status.success());
    let mut value: serde_json::Value = serde_json::from_slice(&std::fs::read(&archive).unwrap()).unwrap();
    value["tables"]["input"][0]["created_at"] = "9".repeat(5_000_000).into();
    std::fs::write(&archive, serde_json::to_vec(&value).unwrap()).unwrap();
    let refused = one_line(&designlab(&["import", archive.to_str().unwrap(), "--db", db.to_str().unwrap()]));
    assert!(refused.contains("tables.input[0].created_at"), "{refused}");
}

/// Runs the binary as a user who is not root (root may write anywhere), from a copy the user
/// can read; when the tests themselves are not root, as the user they are.
fn as_someone_else(dir: &Path, args: &[&str]) -> Output {
    let running_as_root = Command::new("id").arg("-u").output().unwrap().stdout.starts_with(b"0\n");
    if !running_as_root {
        return designlab(args);
    }
    let copy = dir.join("designlab");
    if !copy.exists() {
        std::fs::copy(env!("CARGO_BIN_EXE_designlab"), &copy).unwrap();
    }
    Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(&copy)
        .args(args)
        .env_remove("DESIGNLAB_DB")
        .output()
        .unwrap()
}

#[test]
fn a_database_in_a_read_only_folder_lists_and_exports_and_refuses_changes_plainly() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let folder = dir.path().join("read-only");
    std::fs::create_dir(&folder).unwrap();
    let (db, lab) = sample(&folder);
    // The app and CLI close cleanly, leaving no -wal or -shm beside it, as a copied file would.
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    }
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    let db_arg = db.to_str().unwrap();

    let listed = as_someone_else(dir.path(), &["labs", "--db", db_arg]);
    assert!(listed.status.success(), "{}", String::from_utf8_lossy(&listed.stderr));
    assert_eq!(String::from_utf8(listed.stdout).unwrap().lines().count(), 1);
    let exported = as_someone_else(dir.path(), &["export", &lab, "--format", "md", "--db", db_arg]);
    assert!(exported.status.success(), "{}", String::from_utf8_lossy(&exported.stderr));
    assert!(String::from_utf8(exported.stdout).unwrap().starts_with("---"), "the report's front matter");

    let refused = one_line(&as_someone_else(dir.path(), &["sample", "--db", db_arg]));
    assert!(refused.contains("can only be read"), "{refused}");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_sample_that_fills_the_disk_leaves_no_database_behind() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.sqlite3");
    // A log of its own: one already past the limit would fail its first line instead.
    let logs = tempfile::tempdir().unwrap();
    // A file size limit stands in for a full disk: writes past it fail (with SIGXFSZ ignored,
    // as a full disk's do) partway through making the database.
    let output = Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 256; exec \"$0\" sample --db \"$1\"")
        .arg(env!("CARGO_BIN_EXE_designlab"))
        .arg(&db)
        .env_remove("DESIGNLAB_DB")
        .env("DESIGNLAB_LOG_DIR", logs.path())
        .output()
        .unwrap();
    let refused = one_line(&output);
    assert!(!refused.is_empty());
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

/// Issue 15: a database another program holds (here, a write it has not finished) is waited
/// for, then refused in words that say so; nothing already saved is lost, and the same command
/// works once the other program lets go.
#[test]
fn a_database_another_program_is_writing_is_waited_for_then_refused_losing_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (db, lab) = sample(dir.path());
    let csv = dir.path().join("notes.csv");
    let row = "Deciding whether an AI tool for sorting enquiries is the right answer,Worker,Pwy sy'n gweld y data?";
    std::fs::write(&csv, format!("Challenge,Role,Note\n{row}\n")).unwrap();
    let import = || designlab(&["import", csv.to_str().unwrap(), "--lab", &lab, "--db", db.to_str().unwrap()]);

    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let refused = one_line(&import());
    assert!(refused.contains("another program is using the database"), "{refused}");
    labs_still_list(&db);
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);

    let output = import();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}
