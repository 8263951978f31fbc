//! Opening the native window: renderer choice for machines without a GPU, the window icon,
//! and the start-up probe that `benches/startup.rs` reads.

use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui_wgpu::{self, WgpuSetup, WgpuSetupCreateNew};
use eframe::wgpu;

/// The app icon shown in the title bar and task bar (the same artwork as the installers').
pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icons/256x256.png");

/// The window options for `renderer`.
pub fn options(renderer: eframe::Renderer) -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Diplomatic Handbook")
        .with_app_id("diplomatic-handbook")
        .with_inner_size([1200.0, 800.0])
        .with_min_inner_size([640.0, 420.0]);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON_PNG) {
        viewport = viewport.with_icon(Arc::new(icon));
    }
    let mut setup = WgpuSetupCreateNew::without_display_handle();
    // wgpu draws through Vulkan, DirectX 12 (with WARP, Windows' software rasteriser) or Metal.
    // Where none of these works, OpenGL is taken by the glow renderer instead of wgpu's own GL
    // backend, which would load a second driver stack (about 10 MB more) for the same pixels.
    // `WGPU_BACKEND` still chooses.
    setup.instance_descriptor.backends = wgpu::Backends::from_env().unwrap_or(wgpu::Backends::PRIMARY);
    // A handbook draws text: the low-power GPU is plenty, and a software adapter is acceptable.
    setup.power_preference = wgpu::PowerPreference::LowPower;
    setup.native_adapter_selector = Some(Arc::new(|adapters, surface| {
        pick_adapter(adapters, surface).ok_or_else(|| {
            let found: Vec<String> = adapters.iter().map(|a| describe(&a.get_info())).collect();
            format!("no adapter can draw to this window (found: {})", found.join("; "))
        })
    }));
    eframe::NativeOptions {
        viewport,
        renderer,
        // No multisampling, depth or stencil buffers: egui needs none, and software rasterisers
        // are faster without them.
        multisampling: 0,
        depth_buffer: 0,
        stencil_buffer: 0,
        wgpu_options: egui_wgpu::WgpuConfiguration { wgpu_setup: WgpuSetup::CreateNew(setup), ..Default::default() },
        ..Default::default()
    }
}

/// The adapter to draw with: the best-ranked one that can present to the window.
fn pick_adapter(adapters: &[wgpu::Adapter], surface: Option<&wgpu::Surface<'_>>) -> Option<wgpu::Adapter> {
    adapters
        .iter()
        .filter(|a| surface.is_none_or(|s| a.is_surface_supported(s)))
        .min_by_key(|a| rank_adapter(&a.get_info()))
        .cloned()
}

/// Lower is better: integrated before discrete GPUs (text needs no power), then virtual GPUs,
/// then software rasterisers; native APIs (Vulkan, DirectX 12, Metal) before OpenGL.
pub fn rank_adapter(info: &wgpu::AdapterInfo) -> (u8, u8) {
    let kind = match info.device_type {
        wgpu::DeviceType::IntegratedGpu => 0,
        wgpu::DeviceType::DiscreteGpu => 1,
        wgpu::DeviceType::VirtualGpu => 2,
        wgpu::DeviceType::Other => 3,
        wgpu::DeviceType::Cpu => 4,
    };
    let api = match info.backend {
        wgpu::Backend::Vulkan | wgpu::Backend::Dx12 | wgpu::Backend::Metal => 0,
        _ => 1,
    };
    (kind, api)
}

fn describe(info: &wgpu::AdapterInfo) -> String {
    format!("{} ({:?}, {:?})", info.name, info.backend, info.device_type)
}

/// Measures start-up for the benchmark: time to the first frame on screen, time until search
/// answers, resident memory; prints one JSON line on standard output and closes the window.
pub struct StartupProbe {
    started: Instant,
    frames: u32,
    first_frame: Option<Duration>,
    search_ready: Option<Duration>,
    rss_first_frame: Option<u64>,
    private_first_frame: Option<u64>,
    renderer: String,
}

impl StartupProbe {
    pub fn new(started: Instant) -> Self {
        Self {
            started,
            frames: 0,
            first_frame: None,
            search_ready: None,
            rss_first_frame: None,
            private_first_frame: None,
            renderer: String::new(),
        }
    }

    /// Called at the start of every frame. Returns the report once everything is measured.
    pub fn frame(&mut self, frame: &eframe::Frame, search_ready: bool) -> Option<String> {
        self.frames += 1;
        // The first frame has been painted and presented when the second one starts.
        if self.frames == 2 {
            self.first_frame = Some(self.started.elapsed());
            self.rss_first_frame = resident_bytes();
            self.private_first_frame = private_bytes();
            self.renderer = match frame.wgpu_render_state() {
                Some(state) => format!("wgpu: {}", describe(&state.adapter.get_info())),
                None => "glow".to_owned(),
            };
        }
        if search_ready && self.search_ready.is_none() {
            self.search_ready = Some(self.started.elapsed());
        }
        let (first, search) = (self.first_frame?, self.search_ready?);
        let report = serde_json::json!({
            "first_frame_ms": first.as_secs_f64() * 1000.0,
            "search_ready_ms": search.as_secs_f64() * 1000.0,
            "rss_first_frame_bytes": self.rss_first_frame,
            "private_first_frame_bytes": self.private_first_frame,
            "rss_end_bytes": resident_bytes(),
            "renderer": self.renderer,
        });
        Some(report.to_string())
    }
}

/// Resident memory of this process, from `/proc` (Linux; `None` without it, e.g. on macOS).
#[cfg(not(windows))]
fn resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    proc_bytes(&status, "VmRSS:")
}

/// The value of a `Key:   123 kB` line in a `/proc` file, in bytes.
fn proc_bytes(text: &str, key: &str) -> Option<u64> {
    let kb: u64 = text.lines().find(|l| l.starts_with(key))?.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Resident memory that is this process's alone: resident memory without the pages it shares
/// with other processes, such as the graphics driver's libraries (Linux; `None` elsewhere).
fn private_bytes() -> Option<u64> {
    let rollup = std::fs::read_to_string("/proc/self/smaps_rollup").ok()?;
    Some(proc_bytes(&rollup, "Private_Clean:")? + proc_bytes(&rollup, "Private_Dirty:")?)
}

/// The working set, Windows' name for resident memory.
#[cfg(windows)]
fn resident_bytes() -> Option<u64> {
    use windows_sys::Win32::System::ProcessStatus::{K32GetProcessMemoryInfo, PROCESS_MEMORY_COUNTERS};
    use windows_sys::Win32::System::Threading::GetCurrentProcess;
    let mut counters = PROCESS_MEMORY_COUNTERS::default();
    let size = u32::try_from(std::mem::size_of::<PROCESS_MEMORY_COUNTERS>()).ok()?;
    counters.cb = size;
    // SAFETY: the pseudo-handle of the current process is always valid, and `counters` is a
    // writable struct of the size passed in `cb`.
    let ok = unsafe { K32GetProcessMemoryInfo(GetCurrentProcess(), &mut counters, size) };
    (ok != 0).then_some(counters.WorkingSetSize as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(device_type: wgpu::DeviceType, backend: wgpu::Backend) -> wgpu::AdapterInfo {
        wgpu::AdapterInfo::new(device_type, backend)
    }

    #[test]
    fn a_gpu_wins_over_software_and_native_apis_over_opengl() {
        use wgpu::{Backend, DeviceType};
        let mut found = [
            info(DeviceType::Cpu, Backend::Gl),
            info(DeviceType::Cpu, Backend::Vulkan),
            info(DeviceType::DiscreteGpu, Backend::Vulkan),
            info(DeviceType::IntegratedGpu, Backend::Gl),
            info(DeviceType::IntegratedGpu, Backend::Dx12),
        ];
        found.sort_by_key(rank_adapter);
        let order: Vec<_> = found.iter().map(|i| (i.device_type, i.backend)).collect();
        assert_eq!(
            order,
            [
                (DeviceType::IntegratedGpu, Backend::Dx12),
                (DeviceType::IntegratedGpu, Backend::Gl),
                (DeviceType::DiscreteGpu, Backend::Vulkan),
                (DeviceType::Cpu, Backend::Vulkan),
                (DeviceType::Cpu, Backend::Gl),
            ]
        );
    }

    #[test]
    fn the_icon_decodes() {
        let icon = eframe::icon_data::from_png_bytes(ICON_PNG).expect("icon");
        assert_eq!((icon.width, icon.height), (256, 256));
    }
}
