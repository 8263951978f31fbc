// On Windows the program is a GUI program: started from Explorer it opens no console window.
// Started from a terminal, it attaches to that terminal's console so subcommands still print.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use clap::Parser as _;
use diplomatic_handbook::cli::{self, Cli, RendererChoice};
use diplomatic_handbook::ui::{HandbookApp, native};

fn main() -> ExitCode {
    let started = Instant::now();
    #[cfg(windows)]
    attach_parent_console();
    let args = Cli::parse();
    if let Some(command) = &args.command {
        let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
        return cli::run(command, args.content.as_deref(), &mut out, &mut err);
    }
    let renderers: &[eframe::Renderer] = match args.renderer {
        RendererChoice::Auto => &[eframe::Renderer::Wgpu, eframe::Renderer::Glow],
        RendererChoice::Wgpu => &[eframe::Renderer::Wgpu],
        RendererChoice::Glow => &[eframe::Renderer::Glow],
    };
    for &renderer in renderers {
        // Only a renderer that could not start is replaced by the next one; an app that ran and
        // then failed is not opened a second time.
        let created = Arc::new(AtomicBool::new(false));
        let (flag, content_dir, measure) = (created.clone(), args.content.clone(), args.measure_startup);
        let result = eframe::run_native(
            "Diplomatic Handbook",
            native::options(renderer),
            Box::new(move |cc| {
                flag.store(true, Ordering::SeqCst);
                let mut app = HandbookApp::new(cc, cli::load_content(content_dir.as_deref()));
                if measure {
                    app.measure_startup(started);
                }
                Ok(Box::new(app))
            }),
        );
        match result {
            Ok(()) => return ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("diplomatic-handbook: cannot open the window with {renderer}: {err}");
                if created.load(Ordering::SeqCst) {
                    break;
                }
            }
        }
    }
    ExitCode::FAILURE
}

/// Connects standard output and error to the console of the terminal that started the program,
/// if there is one (a GUI-subsystem program gets none by itself). From Explorer there is none,
/// and nothing happens.
#[cfg(windows)]
fn attach_parent_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id and has no other preconditions; failure (no
    // parent console, or one already attached) is reported by its return value, which we ignore.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}
