//! Two writers at once wait for each other (finding 4 of issue 13): eight imports into one
//! database at the same moment, each through its own connection as eight processes would, all
//! succeed, and every note is there.

use std::sync::{Arc, Barrier};

use designlab_core::export::ExportFormat;
use designlab_core::search::NoteFilter;
use designlab_core::{Language, Store};

use crate::Fixture;

const WRITERS: usize = 8;

#[test]
fn eight_imports_at_once_all_succeed_with_every_note() {
    let source = Fixture::open();
    let archives: Vec<(designlab_core::LabId, Vec<u8>)> = (0..WRITERS)
        .map(|_| {
            let lab = source.store.create_sample_lab(Language::Cy).unwrap();
            (lab.id, source.store.export(lab.id, ExportFormat::Json, Language::En).unwrap())
        })
        .collect();
    let notes_in = |store: &Store, lab| store.search_notes(lab, &NoteFilter::default()).unwrap().len();
    let expected: Vec<usize> = archives.iter().map(|(lab, _)| notes_in(&source.store, *lab)).collect();

    let target = Fixture::open();
    for round in 0..3 {
        let start = Arc::new(Barrier::new(WRITERS));
        let threads: Vec<_> = archives
            .iter()
            .map(|(_, bytes)| {
                let (db, bytes, start) = (target.db_path.clone(), bytes.clone(), start.clone());
                std::thread::spawn(move || {
                    let store = Store::open(&db).unwrap();
                    start.wait();
                    store.import_archive_bytes(&bytes, None)
                })
            })
            .collect();
        for thread in threads {
            let imported = thread.join().unwrap();
            assert!(imported.is_ok(), "round {round}: {}", imported.unwrap_err());
        }
    }
    for ((lab, _), expected) in archives.iter().zip(expected) {
        assert_eq!(notes_in(&target.store, *lab), expected);
    }
    assert_eq!(target.store.integrity_check().unwrap(), "ok");
}
