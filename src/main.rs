use std::process::ExitCode;

use clap::Parser as _;
use diplomatic_handbook::cli::{self, Cli};
use diplomatic_handbook::ui::HandbookApp;

fn main() -> ExitCode {
    let args = Cli::parse();
    if let Some(command) = &args.command {
        let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
        return cli::run(command, args.content.as_deref(), &mut out, &mut err);
    }
    let content = cli::load_content(args.content.as_deref());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Diplomatic Handbook")
            .with_app_id("diplomatic-handbook")
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([640.0, 420.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Diplomatic Handbook",
        options,
        Box::new(move |cc| Ok(Box::new(HandbookApp::new(cc, content)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("diplomatic-handbook: cannot open the window: {err}");
            ExitCode::FAILURE
        }
    }
}
