//! `designlab-app`: the desktop app, which `designlab` becomes when given no command.

// No console window beside the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    designlab_app::run();
}
