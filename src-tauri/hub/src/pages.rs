//! The capture page, built from `ui/` (`npm run build` writes `ui/dist-capture/`) and embedded
//! in release builds; only its files are served.

use axum::extract::Path;
use axum::http::header::{self, HeaderValue};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use designlab_core::Error;
use rust_embed::RustEmbed;

use crate::reply::Refusal;

#[derive(RustEmbed)]
#[folder = "../../ui/dist-capture"]
// Checks and lints may run before the UI is built; the page is then answered 404.
#[allow_missing = true]
struct CapturePage;

pub async fn index() -> Response {
    file("index.html", false)
}

pub async fn asset(Path(path): Path<String>) -> Response {
    file(&format!("assets/{path}"), true)
}

fn file(path: &str, immutable: bool) -> Response {
    let Some(found) = CapturePage::get(path) else {
        return Refusal(Error::NotFound { entity: "page", id: path.chars().take(100).collect() }).into_response();
    };
    let mut response = (StatusCode::OK, found.data.into_owned()).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(path)));
    if immutable {
        // Vite names assets by their content: a changed file is a new name.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    }
    response
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, extension)| extension) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}
