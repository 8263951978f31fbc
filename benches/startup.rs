//! Start-up benchmark: starts the real program (release build) in a private Xvfb with Mesa's
//! software drivers only (no GPU), and reports, as medians over several starts:
//! - time to the first frame on screen (from the program's `main`, and from the moment it was
//!   launched, which adds loading the executable);
//! - time until search answers;
//! - resident memory after the first frame and at the end;
//! - the size of the executable.
//!
//! Run with `cargo bench --bench startup`. Needs Xvfb and Mesa (Debian: xvfb,
//! mesa-vulkan-drivers, libgl1-mesa-dri). The program prints its own measurements as one JSON
//! line when started with `--measure-startup` (see src/ui/native.rs).

#[path = "../tests/support/xvfb.rs"]
mod xvfb;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Instant;

const RUNS: usize = 7;

/// Targets from the issue: first frame with software rendering, search ready, memory, size.
const TARGET_FIRST_FRAME_MS: f64 = 500.0;
const TARGET_SEARCH_MS: f64 = 300.0;
const TARGET_RSS_MB: f64 = 150.0;
const TARGET_BINARY_MB: f64 = 40.0;

/// A name, extra arguments, extra environment.
type Config = (&'static str, &'static [&'static str], &'static [(&'static str, &'static str)]);

struct Run {
    launch_to_frame_ms: f64,
    first_frame_ms: f64,
    search_ready_ms: f64,
    rss_first_frame_mb: f64,
    private_first_frame_mb: f64,
    rss_end_mb: f64,
    renderer: String,
}

fn start(display: &str, args: &[&str], env: &[(&str, &str)], home: &std::path::Path) -> Result<Run, String> {
    let launched = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_diplomatic-handbook"))
        .arg("--measure-startup")
        .args(args)
        .env("DISPLAY", display)
        .env("HOME", home)
        .env("XDG_RUNTIME_DIR", home)
        .env("DIPLOMATIC_HANDBOOK_DATA_DIR", home)
        .env("LANG", "en_GB.UTF-8")
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).map_err(|e| e.to_string())?;
    let seen = launched.elapsed();
    let status = child.wait().map_err(|e| e.to_string())?;
    if !status.success() || line.trim().is_empty() {
        let mut err = String::new();
        if let Some(mut stderr) = child.stderr.take() {
            use std::io::Read;
            let _ = stderr.read_to_string(&mut err);
        }
        return Err(format!("exit {status}: {}", err.lines().last().unwrap_or("")));
    }
    let v: serde_json::Value = serde_json::from_str(line.trim()).map_err(|e| format!("{e}: {line}"))?;
    let mb = |key: &str| v[key].as_f64().unwrap_or(f64::NAN) / (1024.0 * 1024.0);
    let first_frame_ms = v["first_frame_ms"].as_f64().unwrap_or(f64::NAN);
    let search_ready_ms = v["search_ready_ms"].as_f64().unwrap_or(f64::NAN);
    // The report is printed when both are known; what precedes `main` is the launch overhead.
    let report_ms = first_frame_ms.max(search_ready_ms);
    let overhead_ms = (seen.as_secs_f64() * 1000.0 - report_ms).max(0.0);
    Ok(Run {
        launch_to_frame_ms: first_frame_ms + overhead_ms,
        first_frame_ms,
        search_ready_ms,
        rss_first_frame_mb: mb("rss_first_frame_bytes"),
        private_first_frame_mb: mb("private_first_frame_bytes"),
        rss_end_mb: mb("rss_end_bytes"),
        renderer: v["renderer"].as_str().unwrap_or("?").to_owned(),
    })
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let x = match xvfb::Xvfb::start() {
        Ok(x) => x,
        Err(e) => {
            eprintln!("startup bench skipped: {e}");
            return;
        }
    };
    let home = tempfile::tempdir().unwrap();
    let binary = std::fs::metadata(env!("CARGO_BIN_EXE_diplomatic-handbook")).map(|m| m.len()).unwrap_or(0);
    let binary_mb = binary as f64 / (1024.0 * 1024.0);
    println!("Start-up under Xvfb 1280x800, software rendering only; median of {RUNS} starts\n");
    println!(
        "{:<34} {:>10} {:>10} {:>10} {:>9} {:>9} {:>9}  adapter",
        "configuration", "frame ms", "launch ms", "search ms", "RSS@1 MB", "priv@1 MB", "RSS MB"
    );
    let configs: [Config; 4] = [
        ("default (wgpu, any adapter)", &[], &[]),
        ("wgpu on Vulkan (lavapipe)", &["--renderer", "wgpu"], &[("WGPU_BACKEND", "vulkan")]),
        ("wgpu on OpenGL (llvmpipe)", &["--renderer", "wgpu"], &[("WGPU_BACKEND", "gl")]),
        ("glow on OpenGL (llvmpipe)", &["--renderer", "glow"], &[]),
    ];
    for (name, args, env) in configs {
        let mut runs = Vec::new();
        let mut failure = None;
        for _ in 0..RUNS {
            match start(&x.display, args, env, home.path()) {
                Ok(run) => runs.push(run),
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
        }
        if let Some(e) = failure {
            println!("{name:<34} does not start here: {e}");
            continue;
        }
        let col = |f: fn(&Run) -> f64| median(runs.iter().map(f).collect());
        println!(
            "{:<34} {:>10.0} {:>10.0} {:>10.0} {:>9.0} {:>9.0} {:>9.0}  {}",
            name,
            col(|r| r.first_frame_ms),
            col(|r| r.launch_to_frame_ms),
            col(|r| r.search_ready_ms),
            col(|r| r.rss_first_frame_mb),
            col(|r| r.private_first_frame_mb),
            col(|r| r.rss_end_mb),
            runs[0].renderer
        );
    }
    println!("\nexecutable: {binary_mb:.1} MB");
    println!(
        "targets: first frame < {TARGET_FIRST_FRAME_MS} ms, search ready < {TARGET_SEARCH_MS} ms, \
         resident memory < {TARGET_RSS_MB} MB, executable < {TARGET_BINARY_MB} MB"
    );
}
