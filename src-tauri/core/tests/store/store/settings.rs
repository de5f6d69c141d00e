use designlab_core::{Language, Store};

use crate::Fixture;

#[test]
fn the_interface_language_is_remembered_across_restarts() {
    let fixture = Fixture::open();
    assert_eq!(fixture.store.language().unwrap(), None);
    fixture.store.set_language(Language::Cy).unwrap();
    drop(fixture.store);
    let store = Store::open(&fixture.db_path).unwrap();
    assert_eq!(store.language().unwrap(), Some(Language::Cy));
    store.set_language(Language::En).unwrap();
    assert_eq!(store.language().unwrap(), Some(Language::En));
}

#[test]
fn the_sound_signal_is_off_until_turned_on_and_remembered() {
    let fixture = Fixture::open();
    assert!(!fixture.store.sound_signal().unwrap());
    fixture.store.set_sound_signal(true).unwrap();
    drop(fixture.store);
    let store = Store::open(&fixture.db_path).unwrap();
    assert!(store.sound_signal().unwrap());
    store.set_sound_signal(false).unwrap();
    assert!(!store.sound_signal().unwrap());
}
