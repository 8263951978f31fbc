//! A private X server (Xvfb) for tests and benchmarks that start the real program.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

pub struct Xvfb {
    child: Child,
    /// The `DISPLAY` value, e.g. `:7`.
    pub display: String,
}

impl Xvfb {
    /// Starts Xvfb on a free display number (it picks one and tells us through `-displayfd`).
    pub fn start() -> Result<Self, String> {
        let mut child = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start Xvfb (Debian package xvfb): {e}"))?;
        let mut line = String::new();
        let stdout = child.stdout.take().ok_or("Xvfb has no standard output")?;
        BufReader::new(stdout).read_line(&mut line).map_err(|e| e.to_string())?;
        let number = line.trim();
        if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
            let _ = child.kill();
            return Err(format!("Xvfb did not report a display number (got {line:?})"));
        }
        Ok(Self { display: format!(":{number}"), child })
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
