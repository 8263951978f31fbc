//! "No network, ever": no HTTP or networking client anywhere in the dependency tree, and the
//! running program opens no IPv4 or IPv6 socket (local sockets for the display server and D-Bus
//! are fine), checked by tracing its system calls with strace.

mod support;

use std::path::Path;
use std::process::Command;

/// Crates that exist to talk over a network: HTTP clients and servers, TLS, WebSocket, QUIC, DNS.
const NETWORKING_CRATES: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "ureq",
    "curl",
    "curl-sys",
    "isahc",
    "surf",
    "attohttpc",
    "minreq",
    "ehttp",
    "http-req",
    "h2",
    "h3",
    "quinn",
    "rustls",
    "native-tls",
    "openssl",
    "openssl-sys",
    "tungstenite",
    "tokio-tungstenite",
    "async-tungstenite",
    "websocket",
    "hickory-resolver",
    "trust-dns-resolver",
    "tiny_http",
    "axum",
    "actix-web",
    "warp",
];

#[test]
fn no_networking_crate_is_in_the_dependency_tree() {
    // Cargo.lock lists every package any build of this project can use, on every platform.
    let lock = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock")).unwrap();
    let packages: Vec<&str> =
        lock.lines().filter_map(|l| l.strip_prefix("name = \"")).filter_map(|l| l.strip_suffix('"')).collect();
    assert!(packages.len() > 100 && packages.contains(&"tantivy"), "Cargo.lock was read");
    let found: Vec<&&str> = packages.iter().filter(|p| NETWORKING_CRATES.contains(p)).collect();
    assert!(found.is_empty(), "networking crates in Cargo.lock: {found:?}");
}

/// Lines of an strace log that open or use an internet socket.
fn internet_calls(trace: &str) -> Vec<&str> {
    trace.lines().filter(|l| ["AF_INET", "AF_INET6", "AF_PACKET", "PF_INET"].iter().any(|f| l.contains(f))).collect()
}

#[test]
fn the_trace_filter_sees_an_internet_socket() {
    let trace = "123 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3\n\
                 123 connect(3, {sa_family=AF_UNIX, sun_path=@\"/tmp/.X11-unix/X7\"}, 20) = 0\n\
                 124 socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP) = 9\n";
    assert_eq!(internet_calls(trace), ["124 socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP) = 9"]);
}

/// Runs the program under `strace -f -e trace=network` and returns the trace.
fn traced(args: &[&str], display: Option<&str>) -> String {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("trace.txt");
    let mut command = Command::new("strace");
    command
        .args(["-f", "-qq", "-e", "trace=network", "-o"])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_diplomatic-handbook"))
        .args(args)
        .env("HOME", dir.path())
        .env("XDG_RUNTIME_DIR", dir.path())
        .env("DIPLOMATIC_HANDBOOK_DATA_DIR", dir.path())
        .env("LIBGL_ALWAYS_SOFTWARE", "1");
    match display {
        Some(d) => command.env("DISPLAY", d),
        None => command.env_remove("DISPLAY"),
    };
    let out = command.output().expect("strace runs (Debian package strace)");
    assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    std::fs::read_to_string(log).unwrap()
}

/// Whether `program` is on the PATH.
fn have(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
}

#[test]
fn the_program_opens_no_internet_socket() {
    // CI installs strace and Xvfb (.ci/run); elsewhere the test says what is missing.
    if !(have("strace") && have("Xvfb")) {
        assert!(std::env::var_os("CI").is_none(), "CI must have strace and Xvfb installed");
        eprintln!("skipped: strace or Xvfb is not installed");
        return;
    }
    for args in [&["search", "passport", "taken"][..], &["stats"], &["validate"]] {
        let trace = traced(args, None);
        assert_eq!(internet_calls(&trace), Vec::<&str>::new(), "{args:?}");
    }
    // The window: start, paint, build the search index, close.
    let x = support::xvfb::Xvfb::start().unwrap();
    let trace = traced(&["--measure-startup"], Some(&x.display));
    assert!(trace.contains("AF_UNIX"), "the window talked to the X server, so the trace is live:\n{trace}");
    assert_eq!(internet_calls(&trace), Vec::<&str>::new());
}
