// include_dir! does not notice added or removed files; tell cargo to rebuild when content changes.
fn main() {
    println!("cargo:rerun-if-changed=handbook");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=assets");
}
