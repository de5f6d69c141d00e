//! One app per database. Two windows on one database would mean two device hubs, two backup
//! schedules and two people editing the same agenda without seeing each other, so the app
//! claims the database before it opens it: an OS lock on `NAME.sqlite3.lock` beside it, held as
//! long as the app runs and released by the OS however it ends. A second app on the same
//! database asks the first to bring its window forward, over a socket on this computer only
//! whose port and secret the lock file holds, and ends.
//!
//! The command line does not claim: it works while the window is open, each change in its own
//! transaction.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Seek, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::time::Duration;

use crate::{Error, Result};

/// How long a second app waits for the first to answer.
const ANSWER_WITHIN: Duration = Duration::from_secs(2);

/// The database claimed by this process, until it is dropped (or the process ends).
pub struct Claim {
    _lock: File,
}

/// What claiming found.
pub enum Claimed {
    /// This process has the database.
    Mine(Claim),
    /// Another app has it open, and was asked to bring its window forward.
    BroughtForward,
}

/// Claims the database at `db_path` for this process. `bring_forward` runs (on a thread of its
/// own) each time another app on the same database asks for the window.
pub fn claim(db_path: &Path, bring_forward: impl Fn() + Send + 'static) -> Result<Claimed> {
    let path = crate::store::open::with_suffix(db_path, ".lock");
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let mut lock = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&path)?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            return ask_to_bring_forward(&mut lock).map(|()| Claimed::BroughtForward)
        }
        Err(std::fs::TryLockError::Error(error)) => return Err(error.into()),
    }
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))?;
    let secret = uuid::Uuid::now_v7().simple().to_string();
    lock.set_len(0)?;
    lock.rewind()?;
    writeln!(lock, "{} {secret}", listener.local_addr()?.port())?;
    lock.sync_all()?;
    std::thread::Builder::new()
        .name("designlab-instance".into())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut said = String::new();
                let heard = BufReader::new(stream.take(128)).read_line(&mut said);
                // Only an app that could read the lock file knows the secret.
                if heard.is_ok() && said.trim() == secret {
                    bring_forward();
                }
            }
        })
        .map_err(|e| Error::Internal(format!("could not start the instance thread: {e}")))?;
    Ok(Claimed::Mine(Claim { _lock: lock }))
}

/// Tells the app holding the lock to bring its window forward. It writes its port just after
/// taking the lock, so an empty file is read again for a moment.
fn ask_to_bring_forward(lock: &mut File) -> Result<()> {
    let started = std::time::Instant::now();
    loop {
        let mut held = String::new();
        lock.rewind()?;
        (&mut *lock).take(256).read_to_string(&mut held)?;
        let mut words = held.split_whitespace();
        if let (Some(port), Some(secret)) = (words.next().and_then(|p| p.parse::<u16>().ok()), words.next()) {
            let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
            let mut stream = TcpStream::connect_timeout(&address, ANSWER_WITHIN)?;
            writeln!(stream, "{secret}")?;
            return Ok(());
        }
        if started.elapsed() > ANSWER_WITHIN {
            return Err(Error::Io(std::io::Error::other(
                "another Design Lab has this database open and did not answer",
            )));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
