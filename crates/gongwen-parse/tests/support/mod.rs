//! What the integration tests of this crate share.

use std::path::PathBuf;

/// `../shared/corpus/<dir>`, read at run time and never copied into the
/// project. When it is absent the test says so and passes, except under CI
/// (the `CI` environment variable set), where a missing input fails it.
pub fn shared_corpus(dir: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(dir);
    if p.is_dir() {
        return Some(p);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{} not found: CI must run the corpus tests",
        p.display()
    );
    eprintln!(
        "{} not found: skipped (set CI=1 to fail instead)",
        p.display()
    );
    None
}
