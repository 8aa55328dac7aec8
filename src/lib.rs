//! **gongwen** turns Chinese official writing (公文) — speeches, compilations
//! (汇编), work reports, notices, regulations — into typed, validated
//! structure. This facade re-exports the workspace crates so one dependency
//! is enough.
#![forbid(unsafe_code)]

pub use gongwen_model as model;
