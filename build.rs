//! Rebuilds when content changes (include_dir! does not notice added or removed files), and, for
//! Windows only, embeds the app icon and version information in the `.exe` (shown by Explorer,
//! the task bar and the file's Properties). That needs `windres` from mingw-w64 when
//! cross-building from Linux (Debian: binutils-mingw-w64-x86-64), or the Windows SDK's `rc.exe`.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=handbook");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=assets");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icons/diplomatic-handbook.ico")
        .set("ProductName", "Diplomatic Handbook")
        .set("FileDescription", "Diplomatic Handbook")
        .set("OriginalFilename", "diplomatic-handbook.exe")
        .set("CompanyName", "Diplomatic Handbook contributors")
        .set("LegalCopyright", "MIT OR Apache-2.0");
    if let Err(err) = resource.compile() {
        panic!("cannot embed the Windows icon and version information (is windres installed?): {err}");
    }
}
