//! The IPC surface agrees with itself: the commands the shell registers, the `Command` type
//! generated for the UI, and the functions of `ui/src/lib/api.ts` that call them.
//! After adding or renaming a command: `scripts/bindings`, then give it a function in `api.ts`.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::collections::BTreeMap;
use std::path::Path;

use designlab_app::commands;

fn ui_file(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib").join(name)
}

#[test]
fn the_committed_command_type_matches_the_registered_commands() {
    let path = ui_file("commands.ts");
    let generated = commands::typescript();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/src/lib/commands.ts is out of date with src-tauri/commands/mod.rs: run scripts/bindings and commit it.\n\
         --- generated ---\n{generated}"
    );
}

/// Every registered command is called by exactly one function of `api.ts`, and `api.ts` calls
/// nothing else. (The `Command` type makes a misspelt name a type error too.)
#[test]
fn api_ts_calls_every_registered_command_once() {
    let api = std::fs::read_to_string(ui_file("api.ts")).unwrap();
    let mut called: BTreeMap<&str, usize> = BTreeMap::new();
    for name in called_commands(&api) {
        *called.entry(name).or_default() += 1;
    }
    let registered: BTreeMap<&str, usize> = commands::NAMES.iter().map(|&name| (name, 1)).collect();
    let missing: Vec<_> = registered.keys().filter(|name| !called.contains_key(*name)).collect();
    let unknown: Vec<_> = called.keys().filter(|name| !registered.contains_key(*name)).collect();
    let repeated: Vec<_> = called.iter().filter(|(_, &count)| count > 1).collect();
    assert!(missing.is_empty(), "registered but never called from ui/src/lib/api.ts: {missing:?}");
    assert!(unknown.is_empty(), "called from ui/src/lib/api.ts but not registered in the shell: {unknown:?}");
    assert!(repeated.is_empty(), "called by more than one function of ui/src/lib/api.ts: {repeated:?}");
}

#[test]
fn no_command_is_registered_twice() {
    let mut names = commands::NAMES.to_vec();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "a command is listed twice in src-tauri/commands/mod.rs");
}

/// The first argument of every `call<T>('name', …)` and `call('name')` in `source`.
fn called_commands(source: &str) -> Vec<&str> {
    let mut names = Vec::new();
    for (at, _) in source.match_indices("call") {
        let mut rest = &source[at + "call".len()..];
        if let Some(generic) = rest.strip_prefix('<') {
            // Skip the result type, which may nest: call<Option<string>>(…).
            let mut depth = 1;
            let end = generic.find(|c| {
                depth += match c {
                    '<' => 1,
                    '>' => -1,
                    _ => 0,
                };
                depth == 0
            });
            let Some(end) = end else { continue };
            rest = &generic[end + 1..];
        }
        if let Some(quoted) = rest.strip_prefix("('") {
            names.push(&quoted[..quoted.find('\'').unwrap()]);
        }
    }
    names
}
