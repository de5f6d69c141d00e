//! What an import reads (finding 3 of issue 13): only regular files, and never more than the
//! limit, so a device cannot fill memory and a pipe cannot make it wait for ever.

use std::sync::mpsc;
use std::time::Duration;

use designlab_core::import::ImportKind;
use designlab_core::{ErrorCode, Language};

use crate::Fixture;

/// Runs `f` on its own thread and fails the test if it takes longer than a few seconds.
fn within_seconds<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || sender.send(f()));
    receiver.recv_timeout(Duration::from_secs(10)).expect("the import returned instead of hanging")
}

#[test]
fn a_device_is_refused_before_it_is_read() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let db = fixture.db_path.clone();
    let (archive, csv, template, kind) = within_seconds(move || {
        let store = designlab_core::Store::open(&db).unwrap();
        let zero = std::path::Path::new("/dev/zero");
        (
            store.import_archive(zero, None).unwrap_err(),
            store.import_notes_csv(lab.id, zero).unwrap_err(),
            store.import_template(zero).unwrap_err(),
            ImportKind::of_file(zero).unwrap_err(),
        )
    });
    for error in [archive, csv, template, kind] {
        assert_eq!(error.code(), ErrorCode::NotAFile, "{error}");
        assert!(error.to_string().contains("/dev/zero"), "{error}");
    }
}

#[test]
fn a_pipe_with_no_writer_is_refused_without_waiting() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let pipe = fixture.dir.path().join("notes.csv");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status().unwrap();
    assert!(made.success());
    let db = fixture.db_path.clone();
    let (kind, csv, archive) = within_seconds(move || {
        let store = designlab_core::Store::open(&db).unwrap();
        (
            ImportKind::of_file(&pipe).unwrap_err(),
            store.import_notes_csv(lab.id, &pipe).unwrap_err(),
            store.import_archive(&pipe, None).unwrap_err(),
        )
    });
    for error in [kind, csv, archive] {
        assert_eq!(error.code(), ErrorCode::NotAFile, "{error}");
    }
}

#[test]
fn a_folder_is_refused_and_a_regular_file_still_reads() {
    let fixture = Fixture::open();
    let error = fixture.store.import_archive(fixture.dir.path(), None).unwrap_err();
    assert_eq!(error.code(), ErrorCode::NotAFile, "{error}");

    let lab = fixture.store.create_sample_lab(Language::En).unwrap();
    let path = fixture.dir.path().join("lab.json");
    fixture.store.export_to(lab.id, designlab_core::export::ExportFormat::Json, Language::En, &path).unwrap();
    assert_eq!(ImportKind::of_file(&path).unwrap(), ImportKind::Archive);
    let summary = fixture.store.import_archive(&path, None).unwrap();
    assert_eq!(summary.added, 0, "the same lab merges into itself unchanged");
}
