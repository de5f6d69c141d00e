//! The `designlab` binary's command line, run as a real process. These cases end before a
//! window opens, so they need no display.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::process::Command;

fn designlab(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_designlab")).args(args).env_remove("DESIGNLAB_DB").output().unwrap()
}

#[test]
fn help_names_the_database_option_and_its_variable() {
    let output = designlab(&["--help"]);
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    assert!(help.contains("--db <PATH>"), "{help}");
    assert!(help.contains("DESIGNLAB_DB"), "{help}");
}

#[test]
fn version_is_the_package_version() {
    let output = designlab(&["--version"]);
    assert!(output.status.success());
    assert_eq!(String::from_utf8(output.stdout).unwrap().trim(), format!("designlab {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn an_unknown_option_is_a_usage_error_with_status_2() {
    let output = designlab(&["--no-such-option"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("--no-such-option"), "{stderr}");
}
