//! The kernel's page cache, dropped before a timed run so that it meets the disk as a fresh
//! start after a reboot does.

use std::process::Command;

/// Asks the kernel to write out and drop its page cache (root only); whether it did.
pub fn drop_page_cache() -> bool {
    let _ = Command::new("sync").status();
    std::fs::write("/proc/sys/vm/drop_caches", "3").is_ok()
}
