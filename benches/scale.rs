//! Design Lab at ten times the size a lab is used at: labs of 200, 2,000, 10,000 and 100,000
//! realistic notes (80–400 characters, English and Welsh), and what a person runs on them,
//! each as a fresh process of the release binary: importing the notes from a spreadsheet,
//! opening the database (listing labs), every export, and merging the lab's archive into
//! another database. Prints the median wall time, the largest memory (peak RSS) and the
//! output's size for each, and how each grows from one size to the next against the notes.
//!
//! `scripts/bench` (`--sizes 200,2000` for fewer; `--runs 5` for more), which installs the
//! typst compiler of the same version to time it on the same template and data, as the
//! yardstick for the PDF (`DESIGNLAB_TYPST`). PDF and Word run up to 10,000 notes.
//! Before each timed run the kernel's page cache is dropped when this process may (root), so
//! the figures are a cold start's; the table says whether it could.

#![allow(clippy::unwrap_used)] // a benchmark: a failure is a crash

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use designlab_core::{Language, Store};

#[path = "common/cache.rs"]
mod cache;
#[path = "common/notes.rs"]
mod notes;

use cache::drop_page_cache;

const SIZES: [usize; 4] = [200, 2_000, 10_000, 100_000];
const FORMATS: [&str; 7] = ["md", "html", "csv", "json", "qdpx", "docx", "pdf"];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let option = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let sizes: Vec<usize> = option("--sizes")
        .map(|list| list.split(',').map(|n| n.trim().parse().unwrap()).collect())
        .unwrap_or(SIZES.to_vec());
    let runs: usize = option("--runs").map_or(3, |n| n.parse().unwrap());
    let cold = drop_page_cache();
    let dir = tempfile::tempdir().unwrap();

    let mut table: Vec<(String, Vec<Option<Measure>>)> = Vec::new();
    let mut row = |name: &str, index: usize, measure: Option<Measure>| {
        if !table.iter().any(|(n, _)| n == name) {
            table.push((name.to_owned(), vec![None; sizes.len()]));
        }
        table.iter_mut().find(|(n, _)| n == name).unwrap().1[index] = measure;
    };
    for (index, &notes) in sizes.iter().enumerate() {
        eprintln!("scale: {notes} notes");
        let folder = dir.path().join(notes.to_string());
        std::fs::create_dir(&folder).unwrap();
        let (base, lab, csv, more) = lab_and_spreadsheets(&folder, notes);
        // Large labs are run fewer times: one run of the slowest takes minutes.
        let runs = if notes >= 100_000 { 1 } else { runs };

        let db = folder.join("lab.sqlite3");
        let import = median(runs, cold, || {
            std::fs::copy(&base, &db).unwrap();
            run(&["import", csv.to_str().unwrap(), "--lab", &lab, "--db", db.to_str().unwrap()])
        });
        row("import notes from CSV", index, Some(import.sized(&csv)));
        // A second laptop's spreadsheet into the lab that now holds the first's notes.
        let both = folder.join("both.sqlite3");
        let second = median(runs, cold, || {
            std::fs::copy(&db, &both).unwrap();
            run(&["import", more.to_str().unwrap(), "--lab", &lab, "--db", both.to_str().unwrap()])
        });
        row("import as many again into the lab", index, Some(second.sized(&more)));
        row(
            "open and list labs",
            index,
            Some(median(runs.max(5), cold, || run(&["labs", "--db", db.to_str().unwrap()]))),
        );
        let typst = std::env::var_os("DESIGNLAB_TYPST").filter(|_| pdf_at(notes));
        let export = |format: &str| {
            let out = folder.join(format!("report.{format}"));
            run(&["export", &lab, "--format", format, "--db", db.to_str().unwrap(), "--out", out.to_str().unwrap()])
                .sized(&out)
        };
        for format in FORMATS.into_iter().filter(|f| pdf_at(notes) || !matches!(*f, "pdf" | "docx")) {
            // With the typst compiler beside it, the PDF is timed below, taking turns with it.
            if format != "pdf" || typst.is_none() {
                row(&format!("export {format}"), index, Some(median(runs, cold, || export(format))));
            }
        }
        if let Some(typst) = typst {
            let project = typst_project(&folder, &db, &lab);
            let out = folder.join("typst.pdf");
            let (root, fonts) = (project.to_str().unwrap(), project.join("fonts"));
            let template = project.join("report.typ");
            let compile = || {
                run_program(
                    Path::new(&typst),
                    &[
                        "compile",
                        "--root",
                        root,
                        "--font-path",
                        fonts.to_str().unwrap(),
                        "--ignore-system-fonts",
                        "--features",
                        "a11y-extras",
                        "--pdf-standard",
                        "ua-1",
                        template.to_str().unwrap(),
                        out.to_str().unwrap(),
                    ],
                )
                .sized(&out)
            };
            // Taking turns, so a machine that drifts slower during the run slows both alike.
            let (ours, compiled) = medians_taking_turns(runs, cold, || export("pdf"), compile);
            row("export pdf", index, Some(ours));
            row("the typst compiler alone, same PDF", index, Some(compiled));
        }
        let archive = folder.join("report.json");
        let merged = folder.join("merged.sqlite3");
        let merge = median(runs, cold, || {
            let _ = std::fs::remove_file(&merged);
            run(&["import", archive.to_str().unwrap(), "--db", merged.to_str().unwrap()])
        });
        row("merge the archive into an empty database", index, Some(merge.sized(&archive)));
    }
    println!("{}", render(&table, &sizes, runs, cold));
}

/// Whether the PDF and Word exports run at this size: a report of 100,000 notes is thousands of
/// pages no one prints, and would take most of the run.
fn pdf_at(notes: usize) -> bool {
    notes <= 10_000
}

/// One operation's figures at one size.
#[derive(Clone, Copy)]
struct Measure {
    seconds: f64,
    /// Peak memory, where it can be read (Linux).
    peak_mib: Option<f64>,
    /// The size of what it wrote or read, in bytes.
    bytes: Option<u64>,
}

impl Measure {
    fn sized(mut self, file: &Path) -> Measure {
        self.bytes = std::fs::metadata(file).ok().map(|m| m.len());
        self
    }
}

/// A database with the sample lab, the lab's id, and two spreadsheets of `notes` different
/// notes for it: the first laptop's and a second's.
fn lab_and_spreadsheets(folder: &Path, notes: usize) -> (PathBuf, String, PathBuf, PathBuf) {
    let base = folder.join("base.sqlite3");
    let store = Store::open(&base).unwrap();
    let lab = store.create_sample_lab(Language::En).unwrap();
    let challenges: Vec<String> = store.list_challenges(lab.id).unwrap().into_iter().map(|c| c.title).collect();
    let roles: Vec<String> = store.list_roles(lab.id).unwrap().into_iter().map(|r| r.name).collect();
    drop(store);
    let spreadsheet = |name: &str, seed: u64| {
        let path = folder.join(name);
        std::fs::write(&path, notes::spreadsheet(&challenges, &roles, notes, seed)).unwrap();
        path
    };
    let first = spreadsheet("notes.csv", notes as u64);
    let second = spreadsheet("more-notes.csv", notes as u64 + 1);
    (base, lab.id.to_string(), first, second)
}

/// The Typst project the lab's PDF is made from, written out for the typst compiler: the
/// template, the report's data and the four fonts the app embeds.
fn typst_project(folder: &Path, db: &Path, lab: &str) -> PathBuf {
    let project = folder.join("typst");
    std::fs::create_dir_all(project.join("fonts")).unwrap();
    let store = Store::open(db).unwrap();
    let (template, data) = store.pdf_project(lab.parse().unwrap(), Language::En).unwrap();
    std::fs::write(project.join("report.typ"), template).unwrap();
    std::fs::write(project.join("report.json"), data).unwrap();
    let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts");
    for font in ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "DejaVuSans.ttf"] {
        std::fs::copy(fonts.join(font), project.join("fonts").join(font)).unwrap();
    }
    project
}

/// Runs the release binary with `args` as a fresh process; its wall time and peak memory.
/// `DESIGNLAB_BENCH_BIN` names another build of it: the one with profile-guided optimisation,
/// or the one that counts for it (scripts/pgo).
fn run(args: &[&str]) -> Measure {
    let program = std::env::var_os("DESIGNLAB_BENCH_BIN").map(PathBuf::from);
    run_program(program.as_deref().unwrap_or(Path::new(env!("CARGO_BIN_EXE_designlab"))), args)
}

/// Runs `program` with `args` as a fresh process; its wall time and peak memory (GNU time's
/// maximum resident set size, the one figure for one child that std lacks). Elsewhere than
/// Linux, where scripts/pgo trains the release workflow's builds on it, the time alone.
fn run_program(program: &Path, args: &[&str]) -> Measure {
    let peak = tempfile::NamedTempFile::new().unwrap();
    let gnu_time = cfg!(target_os = "linux");
    let mut command = if gnu_time {
        let mut time = Command::new("/usr/bin/time");
        time.args(["-f", "%M", "-o"]).arg(peak.path()).arg(program);
        time
    } else {
        Command::new(program)
    };
    let started = Instant::now();
    let status = command
        .args(args)
        .env_remove("DESIGNLAB_DB")
        // The runs' lines stay out of the log of whoever runs the benchmark.
        .env("DESIGNLAB_LOG_DIR", std::env::temp_dir().join("designlab-bench-logs"))
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    let seconds = started.elapsed().as_secs_f64();
    assert!(status.success(), "{} {args:?} exited with {status}", program.display());
    let peak_mib = gnu_time.then(|| {
        let peak_kib: f64 = std::fs::read_to_string(peak.path()).unwrap().trim().parse().unwrap();
        peak_kib / 1024.0
    });
    Measure { seconds, peak_mib, bytes: None }
}

/// The median of `runs` runs of `f` by time, each after dropping the page cache when `cold`.
fn median(runs: usize, cold: bool, mut f: impl FnMut() -> Measure) -> Measure {
    let measures: Vec<Measure> = (0..runs)
        .map(|_| {
            if cold {
                drop_page_cache();
            }
            f()
        })
        .collect();
    middle(measures)
}

/// The measure with the middle time.
fn middle(mut measures: Vec<Measure>) -> Measure {
    measures.sort_by(|a, b| a.seconds.total_cmp(&b.seconds));
    measures[measures.len() / 2]
}

/// The medians of `runs` runs each of `a` and `b`, run in turns (a, b, a, b, …), each after
/// dropping the page cache when `cold`.
fn medians_taking_turns(
    runs: usize,
    cold: bool,
    mut a: impl FnMut() -> Measure,
    mut b: impl FnMut() -> Measure,
) -> (Measure, Measure) {
    let (mut first, mut second) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        for (f, measures) in [(&mut a as &mut dyn FnMut() -> Measure, &mut first), (&mut b, &mut second)] {
            if cold {
                drop_page_cache();
            }
            measures.push(f());
        }
    }
    (middle(first), middle(second))
}

fn render(table: &[(String, Vec<Option<Measure>>)], sizes: &[usize], runs: usize, cold: bool) -> String {
    let mut out = String::new();
    let cache = if cold { "page cache dropped before each run" } else { "warm page cache (not root)" };
    let _ = writeln!(out, "\nMedian of {runs} runs (1 at 100,000 notes), fresh processes, {cache}.\n");
    let heading: Vec<String> = sizes.iter().map(|n| format!("{n} notes")).collect();
    let growth: Vec<String> = sizes.windows(2).map(|w| format!("{}→{}", w[0], w[1])).collect();
    // One size has nothing to grow from: no growth column.
    let growth_heading =
        if growth.is_empty() { String::new() } else { format!(" time growth ({}) |", growth.join(", ")) };
    let _ = writeln!(out, "| operation | {} |{growth_heading}", heading.join(" | "));
    let _ = writeln!(out, "|---|{}", "---|".repeat(sizes.len() + usize::from(!growth.is_empty())));
    for (name, measures) in table {
        let cells: Vec<String> = measures
            .iter()
            .map(|m| match m {
                Some(m) => {
                    let size = m.bytes.map(|b| format!(", {}", human(b))).unwrap_or_default();
                    let peak = m.peak_mib.map(|mib| format!(", {mib:.0} MiB")).unwrap_or_default();
                    format!("{:.2} s{peak}{size}", m.seconds)
                }
                None => "—".to_owned(),
            })
            .collect();
        let ratios: Vec<String> = measures
            .windows(2)
            .zip(sizes.windows(2))
            .map(|(m, n)| match (m[0], m[1]) {
                (Some(a), Some(b)) => {
                    format!("{:.1}× for {:.0}×", b.seconds / a.seconds, n[1] as f64 / n[0] as f64)
                }
                _ => "—".to_owned(),
            })
            .collect();
        let ratios = if ratios.is_empty() { String::new() } else { format!(" {} |", ratios.join(", ")) };
        let _ = writeln!(out, "| {name} | {} |{ratios}", cells.join(" | "));
    }
    out
}

fn human(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / f64::from(1 << 20)),
        b => format!("{:.0} KB", b as f64 / 1024.0),
    }
}
