//! Issue 15: one app per database; a second one brings the first one's window forward.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use designlab_core::instance::{claim, Claimed};

fn wait_for(count: &AtomicUsize, expected: usize) {
    let started = Instant::now();
    while count.load(Ordering::SeqCst) != expected {
        assert!(started.elapsed() < Duration::from_secs(10), "asked {} times", count.load(Ordering::SeqCst));
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn a_second_app_on_the_same_database_brings_the_first_forward_and_another_database_is_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let asked = Arc::new(AtomicUsize::new(0));
    let counter = asked.clone();
    let Claimed::Mine(first) = claim(&db, move || {
        counter.fetch_add(1, Ordering::SeqCst);
    })
    .unwrap() else {
        panic!("the first app claims the database");
    };

    for expected in 1..=2 {
        assert!(matches!(claim(&db, || panic!("not this one")).unwrap(), Claimed::BroughtForward));
        wait_for(&asked, expected);
    }

    let other = dir.path().join("other.sqlite3");
    assert!(matches!(claim(&other, || {}).unwrap(), Claimed::Mine(_)), "another database is free");

    // A stranger that connects without the secret brings nothing forward.
    let lock = std::fs::read_to_string(dir.path().join("designlab.sqlite3.lock")).unwrap();
    let port: u16 = lock.split_whitespace().next().unwrap().parse().unwrap();
    let mut stranger = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    std::io::Write::write_all(&mut stranger, b"guess\n").unwrap();
    drop(stranger);
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(asked.load(Ordering::SeqCst), 2);

    // Once the first app has gone, the next one has the database.
    drop(first);
    assert!(matches!(claim(&db, || {}).unwrap(), Claimed::Mine(_)));
}
