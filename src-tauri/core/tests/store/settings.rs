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
