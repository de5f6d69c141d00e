//! Start-up of the release app as a person meets it: from launching `designlab` (as the desktop
//! entry does) to the first screen drawn with its labs and ready for input, and the memory of
//! all its processes together once it is up (the app, WebKit's web and network processes):
//! the sum of their RSS, and of their PSS, which shares the libraries they map fairly between
//! them. Twice: on a database with no labs, and on one of 20 labs holding 20,000 notes between
//! them; start-up must not grow with the data. Beside them, the same figures for a bare Tauri
//! app of the same version (`benches/floor`), as the floor no Tauri app starts below.
//!
//! `scripts/bench-startup` (`--runs 20` for more) builds the floor and the release app, and runs
//! this under Xvfb. Each launch is a fresh process with its own data folder and a copy of the
//! database, after the kernel's page cache is dropped when this process may (root); the three
//! launches of a round take turns, so that neither finds the other's files cached.
//!
//! The moment of "ready" is the line `first screen ready`: Design Lab logs it two animation
//! frames after its lab list has drawn its labs, the floor prints it on standard error two
//! frames after its page has loaded. Both are watched every 5 ms.

#![allow(clippy::unwrap_used)] // a benchmark: a failure is a crash

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use designlab_core::{Language, Store};

#[path = "common/cache.rs"]
mod cache;
#[path = "common/notes.rs"]
mod notes;

use cache::drop_page_cache;

/// What both apps print when their first screen is drawn.
const READY: &str = "first screen ready";
/// How long after "ready" the memory is read: WebKit's caches and collector settle in the first
/// second or two.
const SETTLE: Duration = Duration::from_secs(3);
const LABS: usize = 20;
const NOTES_PER_LAB: usize = 1_000;

struct Launch {
    name: &'static str,
    program: PathBuf,
    /// The database copied into the run's folder, for Design Lab.
    db: Option<PathBuf>,
}

/// One launch's figures.
#[derive(Clone, Copy)]
struct Measure {
    ready: f64,
    rss_mib: f64,
    pss_mib: f64,
    processes: usize,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let option = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let runs: usize = option("--runs").map_or(10, |n| n.parse().unwrap());
    assert!(std::env::var_os("DISPLAY").is_some(), "run under a display (scripts/bench-startup uses Xvfb)");
    let floor = PathBuf::from(std::env::var_os("DESIGNLAB_FLOOR").expect("DESIGNLAB_FLOOR: the bare app's binary"));
    let dir = tempfile::tempdir().unwrap();
    let (empty, full, notes) = databases(dir.path());
    let app = PathBuf::from(env!("CARGO_BIN_EXE_designlab"));
    let launches = [
        Launch { name: "bare Tauri app (the floor)", program: floor, db: None },
        Launch { name: "Design Lab, no labs", program: app.clone(), db: Some(empty) },
        Launch { name: "Design Lab, 20 labs", program: app, db: Some(full) },
    ];

    let cold = drop_page_cache();
    let mut measures: Vec<Vec<Measure>> = vec![Vec::new(); launches.len()];
    for run in 0..runs {
        for turn in 0..launches.len() {
            // Each launch goes first in turn: the first after a drop also reloads what all share.
            let index = (run + turn) % launches.len();
            let folder = dir.path().join(format!("run-{run}-{index}"));
            if cold {
                drop_page_cache();
            }
            let measure = launch(&launches[index], &folder);
            eprintln!(
                "startup: {} {:.3} s, {:.0} MiB PSS, {:.0} MiB RSS, {} processes",
                launches[index].name, measure.ready, measure.pss_mib, measure.rss_mib, measure.processes
            );
            measures[index].push(measure);
        }
    }
    let medians: Vec<Measure> = measures.into_iter().map(median).collect();
    println!("{}", render(&launches, &medians, runs, cold, notes));
}

/// A database with no labs (the sample lab added on the first start, then deleted, as a person
/// would), and one with 20 labs of the sample lab's shape, each with 1,000 notes imported.
/// Returns them with the number of notes in the second.
fn databases(dir: &Path) -> (PathBuf, PathBuf, usize) {
    let empty = dir.join("empty.sqlite3");
    let store = Store::open(&empty).unwrap();
    let sample = store.first_run_sample(Language::En).unwrap().unwrap();
    store.delete_lab(sample.id).unwrap();
    drop(store);

    let full = dir.join("full.sqlite3");
    let store = Store::open(&full).unwrap();
    store.first_run_sample(Language::En).unwrap();
    while store.list_labs().unwrap().len() < LABS {
        store.create_sample_lab(Language::En).unwrap();
    }
    let mut count = 0;
    for (seed, lab) in store.list_labs().unwrap().into_iter().enumerate() {
        let challenges = store.list_challenges(lab.id).unwrap();
        let titles: Vec<String> = challenges.iter().map(|c| c.title.clone()).collect();
        let roles: Vec<String> = store.list_roles(lab.id).unwrap().into_iter().map(|r| r.name).collect();
        let csv = notes::spreadsheet(&titles, &roles, NOTES_PER_LAB, seed as u64);
        store.import_notes_csv_bytes(lab.id, csv.as_bytes()).unwrap();
        count += challenges.iter().map(|c| store.list_notes(c.id).unwrap().len()).sum::<usize>();
    }
    drop(store);
    (empty, full, count)
}

/// Launches the app with a data folder of its own, waits for its first screen, reads the memory
/// of its processes, and ends them all.
fn launch(launch: &Launch, folder: &Path) -> Measure {
    std::fs::create_dir_all(folder).unwrap();
    let mut command = Command::new(&launch.program);
    command
        .env("XDG_DATA_HOME", folder.join("data"))
        .env("XDG_CONFIG_HOME", folder.join("config"))
        .env("DESIGNLAB_LOG_DIR", folder.join("logs"))
        // No dconf under Xvfb; the same for both apps.
        .env("GSETTINGS_BACKEND", "memory")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(db) = &launch.db {
        let copy = folder.join("designlab.sqlite3");
        std::fs::copy(db, &copy).unwrap();
        command.env("DESIGNLAB_DB", copy);
    }

    let started = Instant::now();
    let mut child = command.spawn().unwrap();
    let (ready, said) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    // Reads the app's standard error to its end, so the app never waits on a full pipe.
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.contains(READY) {
                let _ = ready.send(Instant::now());
            }
        }
    });
    // Design Lab writes the line to its log (standard error has only its warnings); the floor
    // to standard error. Both are watched every 5 ms.
    let log = folder.join("logs").join("designlab_rCURRENT.log");
    let at = loop {
        if let Ok(at) = said.recv_timeout(Duration::from_millis(5)) {
            break at;
        }
        if std::fs::read_to_string(&log).is_ok_and(|text| text.contains(READY)) {
            break Instant::now();
        }
        if started.elapsed() > Duration::from_secs(60) {
            let pids = processes_under(child.id());
            end(&mut child, &pids);
            panic!("{} showed no first screen within 60 s", launch.name);
        }
    };
    std::thread::sleep(SETTLE);
    let pids = processes_under(child.id());
    let (rss_kib, pss_kib) = pids.iter().filter_map(|pid| memory_kib(*pid)).fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    end(&mut child, &pids);
    Measure {
        ready: (at - started).as_secs_f64(),
        rss_mib: rss_kib as f64 / 1024.0,
        pss_mib: pss_kib as f64 / 1024.0,
        processes: pids.len(),
    }
}

/// The process `root` and all its descendants, from one listing of every process (this kernel
/// has no `/proc/PID/task/TID/children`).
fn processes_under(root: u32) -> Vec<u32> {
    let listing = Command::new("ps").args(["-e", "-o", "pid=,ppid="]).output().unwrap();
    let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
    for line in String::from_utf8_lossy(&listing.stdout).lines() {
        let mut fields = line.split_whitespace().map(|f| f.parse::<u32>().unwrap());
        if let (Some(pid), Some(ppid)) = (fields.next(), fields.next()) {
            children.entry(ppid).or_default().push(pid);
        }
    }
    let mut found = vec![root];
    let mut next = 0;
    while next < found.len() {
        found.extend(children.get(&found[next]).into_iter().flatten());
        next += 1;
    }
    found
}

/// A process's resident and proportional set sizes, in KiB; `None` once it is gone.
fn memory_kib(pid: u32) -> Option<(u64, u64)> {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    let field = |name: &str| {
        rollup
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|kib| kib.parse::<u64>().ok())
            .unwrap_or(0)
    };
    Some((field("Rss:"), field("Pss:")))
}

/// Ends the app and waits until every process it had is gone, so the next launch has the
/// machine to itself.
fn end(child: &mut Child, pids: &[u32]) {
    let _ = child.kill();
    let _ = child.wait();
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut left: HashSet<u32> = pids.iter().copied().collect();
    while !left.is_empty() && Instant::now() < deadline {
        left.retain(|pid| Path::new(&format!("/proc/{pid}")).exists());
        std::thread::sleep(Duration::from_millis(20));
    }
    for pid in left {
        let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).status();
    }
}

/// The median launch by time, with the median memory (each figure's own median).
fn median(mut measures: Vec<Measure>) -> Measure {
    let middle = measures.len() / 2;
    let of = |measures: &mut Vec<Measure>, key: fn(&Measure) -> f64| {
        measures.sort_by(|a, b| key(a).total_cmp(&key(b)));
        key(&measures[middle])
    };
    Measure {
        ready: of(&mut measures, |m| m.ready),
        rss_mib: of(&mut measures, |m| m.rss_mib),
        pss_mib: of(&mut measures, |m| m.pss_mib),
        processes: measures[middle].processes,
    }
}

fn render(launches: &[Launch], medians: &[Measure], runs: usize, cold: bool, notes: usize) -> String {
    use std::fmt::Write as _;
    let cache = if cold { "page cache dropped before each launch" } else { "warm page cache (not root)" };
    let mut out = String::new();
    let _ =
        writeln!(out, "\nMedian of {runs} launches, {cache}; memory {} s after the first screen.", SETTLE.as_secs());
    let _ = writeln!(out, "The 20 labs hold {notes} notes.\n");
    let _ = writeln!(out, "| launch | to the first screen | PSS, all processes | RSS, all processes | processes |");
    let _ = writeln!(out, "|---|---|---|---|---|");
    for (launch, m) in launches.iter().zip(medians) {
        let _ = writeln!(
            out,
            "| {} | {:.2} s | {:.0} MiB | {:.0} MiB | {} |",
            launch.name, m.ready, m.pss_mib, m.rss_mib, m.processes
        );
    }
    let [floor, empty, full] = [medians[0], medians[1], medians[2]];
    let _ = writeln!(
        out,
        "\n20 labs against none: {:.2}x the time, {:.2}x the PSS. Design Lab against the floor: \
         {:.2}x the time, {:.2}x the PSS (no labs); {:.2}x and {:.2}x (20 labs).",
        full.ready / empty.ready,
        full.pss_mib / empty.pss_mib,
        empty.ready / floor.ready,
        empty.pss_mib / floor.pss_mib,
        full.ready / floor.ready,
        full.pss_mib / floor.pss_mib,
    );
    out
}
