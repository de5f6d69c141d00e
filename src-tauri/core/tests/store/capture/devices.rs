//! Devices joined through the hub: what they may see and change, and that a note sent twice is
//! stored once. (The hub's own tests send these over HTTP; these hold the rules in the core.)

use std::sync::{Arc, Mutex};

use designlab_core::devices::Saved;
use designlab_core::{Change, ErrorCode, Language, NewNote, NoteEdit, NoteId, NoteKind, Stage};

use crate::Fixture;

fn hash(n: u8) -> String {
    format!("{n:02x}").repeat(32)
}

#[test]
fn a_note_sent_twice_is_stored_once_in_the_devices_group_and_only_it_may_change_it() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Contract", Stage::Planning);
    let group = fixture.group(&lab, "Table 1", 0);
    let other_group = fixture.group(&lab, "Table 2", 0);
    let store = &fixture.store;
    let phone = store.join_device(lab.id, "  Ffôn  ", Language::Cy, &hash(1)).unwrap();
    assert_eq!(phone.name, "Ffôn");
    let phone = store
        .update_device(
            phone.id,
            &designlab_core::DeviceSettings { name: "Ffôn".into(), group_id: Some(group.id), language: Language::Cy },
        )
        .unwrap();
    let neighbour = store.join_device(lab.id, "Cymydog", Language::En, &hash(2)).unwrap();
    let role = store.list_roles(lab.id).unwrap()[0].id;
    let note = NewNote {
        challenge_id: challenge.id,
        // The device's group wins over whatever the note says.
        group_id: Some(other_group.id),
        role_id: role,
        kind: NoteKind::Concern,
        stage: None,
        text: "Pwy sy'n berchen ar y data?".into(),
        confidential: false,
        goals: Vec::new(),
        language: None,
    };
    let id = NoteId::generate();
    let (first, saved) = store.save_device_note(&phone, id, &note).unwrap();
    assert_eq!((saved, first.note.group_id, first.mine), (Saved::Now, Some(group.id), true));
    let (again, saved) = store.save_device_note(&phone, id, &note).unwrap();
    assert_eq!((saved, again.note.id), (Saved::Before, id));
    assert_eq!(store.list_notes(challenge.id).unwrap().len(), 1);
    assert_eq!(store.list_devices(lab.id).unwrap()[0].note_count, 1);

    let edit = NoteEdit {
        role_id: role,
        kind: NoteKind::Idea,
        stage: Stage::Planning,
        text: "Newid".into(),
        confidential: false,
    };
    assert_eq!(store.update_device_note(&neighbour, id, &edit).unwrap_err().code(), ErrorCode::NotYours);
    assert_eq!(store.delete_device_note(&neighbour, id).unwrap_err().code(), ErrorCode::NotYours);
    assert_eq!(store.save_device_note(&neighbour, id, &note).unwrap_err().code(), ErrorCode::NotYours);
    assert_eq!(store.update_device_note(&phone, id, &edit).unwrap().note.text, "Newid");
    store.delete_device_note(&phone, id).unwrap();
    store.delete_device_note(&phone, id).unwrap();
    assert!(store.list_notes(challenge.id).unwrap().is_empty());
    assert_eq!(store.list_devices(lab.id).unwrap()[0].note_count, 0);
}

#[test]
fn a_revoked_or_unknown_token_is_refused_and_its_notes_stay() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Contract", Stage::Planning);
    let store = &fixture.store;
    let phone = store.join_device(lab.id, "Phone", Language::En, &hash(3)).unwrap();
    let role = store.list_roles(lab.id).unwrap()[0].id;
    let note = NewNote {
        challenge_id: challenge.id,
        group_id: None,
        role_id: role,
        kind: NoteKind::Idea,
        stage: None,
        text: "Ask the workers first".into(),
        confidential: true,
        goals: Vec::new(),
        language: None,
    };
    store.save_device_note(&phone, NoteId::generate(), &note).unwrap();
    assert_eq!(store.device_by_token(&hash(3)).unwrap().id, phone.id);
    assert_eq!(store.device_by_token(&hash(4)).unwrap_err().code(), ErrorCode::Unauthorized);
    store.revoke_device(phone.id).unwrap();
    assert_eq!(store.device_by_token(&hash(3)).unwrap_err().code(), ErrorCode::Revoked);
    assert!(store.list_devices(lab.id).unwrap()[0].revoked);
    assert_eq!(store.list_notes(challenge.id).unwrap().len(), 1);
    assert_eq!(store.join_device(lab.id, "", Language::En, &hash(5)).unwrap_err().code(), ErrorCode::Empty);
}

#[test]
fn listeners_hear_of_each_note_and_device_change_after_it_is_committed() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Contract", Stage::Planning);
    let heard = Arc::new(Mutex::new(Vec::new()));
    let ear = Arc::clone(&heard);
    fixture.store.subscribe(move |change| ear.lock().unwrap().push(change.clone()));
    let note = fixture.note(&challenge, None, "Heard");
    fixture.store.delete_note(note.id).unwrap();
    fixture.store.join_device(lab.id, "Phone", Language::En, &hash(6)).unwrap();
    let heard = heard.lock().unwrap();
    assert_eq!(heard.len(), 3);
    assert!(matches!(&heard[0], Change::Notes(n) if n.challenge_id == challenge.id && n.lab_id == lab.id));
    assert!(matches!(&heard[2], Change::Devices(d) if d.lab_id == lab.id));
}

#[test]
fn a_devices_notes_travel_in_the_lab_archive_without_their_device() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Contract", Stage::Planning);
    let phone = fixture.store.join_device(lab.id, "Phone", Language::En, &hash(7)).unwrap();
    let role = fixture.store.list_roles(lab.id).unwrap()[0].id;
    let note = NewNote {
        challenge_id: challenge.id,
        group_id: None,
        role_id: role,
        kind: NoteKind::Idea,
        stage: None,
        text: "Taken on a phone".into(),
        confidential: false,
        goals: Vec::new(),
        language: None,
    };
    let id = NoteId::generate();
    fixture.store.save_device_note(&phone, id, &note).unwrap();
    let archive = fixture.store.export(lab.id, designlab_core::export::ExportFormat::Json, Language::En).unwrap();
    assert!(!String::from_utf8_lossy(&archive).contains("device_id"));

    let laptop = Fixture::open();
    laptop.store.import_archive_bytes(&archive, None).unwrap();
    assert_eq!(laptop.store.list_notes(challenge.id).unwrap()[0].id, id);
    // Merged back into the hub's own database, the note keeps its device.
    fixture.store.import_archive_bytes(&archive, None).unwrap();
    assert_eq!(fixture.store.list_devices(lab.id).unwrap()[0].note_count, 1);
}
