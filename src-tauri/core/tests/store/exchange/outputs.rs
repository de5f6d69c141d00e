//! Where an export may land (findings 1 and 2 of issue 13): never onto the database, its
//! journal or its backups; never over a device or a folder; through a link to the file it
//! points at; and a missing folder is named.

use std::os::unix::fs::FileTypeExt;

use designlab_core::export::ExportFormat;
use designlab_core::{ErrorCode, Language};

use crate::Fixture;

#[test]
fn an_export_onto_the_database_or_its_backups_is_refused_and_the_database_is_intact() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Kept safe");
    fixture.store.backup_now().unwrap();
    let backup = designlab_core::backup::list(&fixture.db_path).unwrap().pop().unwrap();
    let wal = fixture.dir.path().join("designlab.sqlite3-wal");
    let hard_link = fixture.dir.path().join("another-name.json");
    std::fs::hard_link(&fixture.db_path, &hard_link).unwrap();
    // The same file by another spelling of its path.
    let roundabout = fixture.dir.path().join(".").join("designlab.sqlite3");
    let new_in_backups = fixture.dir.path().join("backups").join("report.json");

    for path in [&fixture.db_path, &roundabout, &wal, &backup, &hard_link, &new_in_backups] {
        let error = fixture.store.export_to(lab.id, ExportFormat::Json, Language::En, path).unwrap_err();
        assert_eq!(error.code(), ErrorCode::WouldOverwriteDatabase, "{}: {error}", path.display());
        assert!(error.to_string().contains(&path.display().to_string()), "names the path: {error}");
    }
    assert!(!new_in_backups.exists());
    assert_eq!(fixture.store.integrity_check().unwrap(), "ok");
    drop(fixture.store);
    let reopened = designlab_core::Store::open(&fixture.db_path).unwrap();
    assert_eq!(reopened.get_lab(lab.id).unwrap().fields.title, "Kept safe");
}

#[test]
fn a_device_or_a_folder_is_refused_and_left_as_it_was() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let error = fixture.store.export_to(lab.id, ExportFormat::Md, Language::En, "/dev/full".as_ref()).unwrap_err();
    assert_eq!(error.code(), ErrorCode::NotAFile, "{error}");
    assert!(error.to_string().contains("/dev/full"), "{error}");
    let device = std::fs::metadata("/dev/full").unwrap().file_type();
    assert!(device.is_char_device(), "/dev/full is still a device");

    let folder = fixture.dir.path().join("reports");
    std::fs::create_dir(&folder).unwrap();
    let error = fixture.store.export_to(lab.id, ExportFormat::Md, Language::En, &folder).unwrap_err();
    assert_eq!(error.code(), ErrorCode::NotAFile, "{error}");
    assert!(folder.is_dir());
}

#[test]
fn a_link_is_followed_and_the_file_it_points_at_replaced() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Linked");
    let site = fixture.dir.path().join("site");
    std::fs::create_dir(&site).unwrap();
    let target = site.join("report.md");
    std::fs::write(&target, "old").unwrap();
    let link = fixture.dir.path().join("latest.md");
    std::os::unix::fs::symlink("site/report.md", &link).unwrap();

    fixture.store.export_to(lab.id, ExportFormat::Md, Language::En, &link).unwrap();
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is still a link");
    assert!(std::fs::read_to_string(&target).unwrap().contains("Linked"), "its target holds the report");

    // A link that points at nothing yet: the file is made where it points.
    let dangling = fixture.dir.path().join("next.md");
    std::os::unix::fs::symlink("site/next-report.md", &dangling).unwrap();
    fixture.store.export_to(lab.id, ExportFormat::Md, Language::En, &dangling).unwrap();
    assert!(site.join("next-report.md").is_file());

    // A link to the database is the database.
    let sneaky = fixture.dir.path().join("notes.md");
    std::os::unix::fs::symlink(&fixture.db_path, &sneaky).unwrap();
    let error = fixture.store.export_to(lab.id, ExportFormat::Md, Language::En, &sneaky).unwrap_err();
    assert_eq!(error.code(), ErrorCode::WouldOverwriteDatabase, "{error}");
}

#[test]
fn a_missing_folder_is_named() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let missing = fixture.dir.path().join("no-such-folder");
    let error =
        fixture.store.export_to(lab.id, ExportFormat::Html, Language::En, &missing.join("report.html")).unwrap_err();
    assert_eq!(error.code(), ErrorCode::NoSuchFolder, "{error}");
    assert!(error.to_string().contains(&missing.display().to_string()), "{error}");
    let api = designlab_core::ApiError::from(&error);
    assert_eq!(api.path.as_deref(), Some(missing.display().to_string().as_str()));
}

#[test]
fn a_template_is_saved_with_the_same_guard() {
    let fixture = Fixture::open();
    let error = fixture
        .store
        .export_template(designlab_core::templates::TemplateSource::Builtin, Language::En, &fixture.db_path)
        .unwrap_err();
    assert_eq!(error.code(), ErrorCode::WouldOverwriteDatabase, "{error}");
    assert_eq!(fixture.store.integrity_check().unwrap(), "ok");
}
