//! The app's content security policy allows exactly one inline stylesheet: the report's, for
//! the preview, by its hash. This fails when the stylesheet changes and the policy does not.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use base64::Engine;
use sha2::{Digest, Sha256};

#[test]
fn the_policy_allows_the_report_stylesheet_by_its_hash_and_nothing_else_inline() {
    let digest = Sha256::digest(designlab_core::report::html::STYLE.as_bytes());
    let hash = format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest));
    let config: serde_json::Value =
        serde_json::from_str(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tauri.conf.json"))).unwrap();
    let style_src = config["app"]["security"]["csp"]["style-src"].as_str().unwrap();
    assert_eq!(style_src, format!("'self' {hash}"), "set style-src in tauri.conf.json to this");
    let script_src = config["app"]["security"]["csp"]["script-src"].as_str().unwrap();
    assert_eq!(script_src, "'self'");
}
