//! The real window on a machine with only software rendering (a private Xvfb, Mesa's drivers):
//! wgpu is used where Vulkan works, and where it does not the app reopens itself with glow.

mod support;

use std::process::Command;

/// Starts the window with `--measure-startup` and returns the renderer it reports and stderr.
fn start(display: &str, env: &[(&str, &str)]) -> (String, String) {
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_diplomatic-handbook"))
        .arg("--measure-startup")
        .env("DISPLAY", display)
        .env("HOME", home.path())
        .env("XDG_RUNTIME_DIR", home.path())
        .env("DIPLOMATIC_HANDBOOK_DATA_DIR", home.path())
        .env_remove("WGPU_BACKEND")
        .envs(env.iter().copied())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "the window did not open: {stderr}");
    let report: serde_json::Value =
        serde_json::from_str(stdout.lines().last().unwrap_or_default()).expect("a start-up report");
    (report["renderer"].as_str().unwrap_or_default().to_owned(), stderr)
}

#[test]
fn software_vulkan_is_used_and_without_it_the_window_opens_with_glow() {
    let x = match support::xvfb::Xvfb::start() {
        Ok(x) => x,
        Err(e) => {
            assert!(std::env::var_os("CI").is_none(), "CI must have Xvfb: {e}");
            eprintln!("skipped: {e}");
            return;
        }
    };
    let (renderer, _) = start(&x.display, &[]);
    assert!(renderer.starts_with("wgpu:") && renderer.contains("Vulkan"), "lavapipe through wgpu: {renderer}");

    // No Vulkan driver at all, as on a machine with only OpenGL: wgpu gives up, glow opens the window.
    let (renderer, stderr) = start(&x.display, &[("VK_ICD_FILENAMES", "/nonexistent/icd.json")]);
    assert_eq!(renderer, "glow", "{stderr}");
    assert!(stderr.contains("cannot open the window with wgpu"), "the fallback is explained: {stderr}");
}
