//! The TypeScript types the UI uses must be exactly what the Rust types generate.
//! To regenerate after changing a type: `scripts/bindings` (or `UPDATE_BINDINGS=1 cargo test`).

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::path::PathBuf;

#[test]
fn committed_typescript_bindings_match_the_rust_types() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings.ts");
    let generated = designlab_core::bindings::typescript();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).expect("write bindings");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/src/lib/bindings.ts is out of date with the Rust types: run scripts/bindings and commit it.\n\
         --- generated ---\n{generated}"
    );
}
