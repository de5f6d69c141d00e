//! The device hub: an HTTP server, started for one lab, that note-takers' phones and laptops
//! join over the venue's network to capture notes straight into the lab. It depends on the core
//! and not on Tauri: the app starts and stops it, and `designlab serve` runs it without a
//! window. Its API is written down in `docs/hub-api.md`.
//!
//! - `routes.rs`: the API, each route a hand-off to the core's `devices` rules
//! - `guard.rs`: the `Host` check, security headers, lockout after wrong PINs
//! - `reply.rs`: errors as `{code, message}` with their HTTP status, bounded JSON bodies
//! - `pages.rs`: the embedded capture page
//! - `secrets.rs`, `addresses.rs`, `qr.rs`: the joining secret, PIN and tokens; the machine's
//!   addresses; the QR code

pub mod addresses;
mod guard;
mod pages;
pub mod qr;
mod reply;
mod routes;
pub mod secrets;

use std::net::{IpAddr, SocketAddr, TcpListener};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post, put};
use axum::{middleware, Router};
use designlab_core::devices::HubStatus;
use designlab_core::{Error, LabId, Result, Store};
use tokio::sync::watch;
use tower_http::timeout::TimeoutLayer;

pub use guard::{CSP, LOCKOUT, WRONG_CODES_ALLOWED};

/// The largest request body the hub reads.
pub const BODY_MAX: usize = 64 * 1024;
/// The port the hub tries first, and how many after it when that one is taken.
pub const DEFAULT_PORT: u16 = 7878;
const PORTS_TRIED: u16 = 10;
/// How long a request may take before it is answered `408`.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// How long stopping waits for requests under way before it cuts them off.
const STOP_GRACE: Duration = Duration::from_secs(2);

/// What the routes share: the store, the lab, its joining codes and the lockouts.
pub(crate) struct Shared {
    store: Arc<Store>,
    lab_id: LabId,
    secret: String,
    pin: String,
    bound: SocketAddr,
    lockouts: guard::Lockouts,
}

impl Shared {
    fn host_allowed(&self, host: &str) -> bool {
        guard::host_matches(host, self.bound)
    }
}

/// Where the hub listens: one address, and a port (the default, or the next free one, when
/// none is given).
#[derive(Debug, Clone, Copy)]
pub struct Listen {
    pub address: IpAddr,
    pub port: Option<u16>,
}

/// A running hub. Stopping it (or dropping it) closes the port: nothing answers there after.
pub struct Hub {
    status: HubStatus,
    stop: watch::Sender<bool>,
    runtime: tokio::runtime::Handle,
    thread: Option<JoinHandle<()>>,
}

impl Hub {
    /// Starts serving the lab `lab_id` on `listen`, with new joining codes. Devices that joined
    /// before and were not revoked can go on without joining again.
    pub fn start(store: Arc<Store>, lab_id: LabId, listen: Listen) -> Result<Hub> {
        store.get_lab(lab_id)?;
        let listener = bind(listen)?;
        let bound = listener.local_addr()?;
        listener.set_nonblocking(true)?;
        let shared = Arc::new(Shared {
            store,
            lab_id,
            secret: secrets::new_secret(),
            pin: secrets::new_pin(),
            bound,
            lockouts: guard::Lockouts::default(),
        });
        let status = status(&shared)?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("designlab-hub")
            .enable_all()
            .build()?;
        let handle = runtime.handle().clone();
        let (stop, mut stopped) = watch::channel(false);
        let app = router(shared);
        let listener = {
            let _entered = runtime.enter();
            tokio::net::TcpListener::from_std(listener)?
        };
        let thread = std::thread::Builder::new().name("designlab-hub".into()).spawn(move || {
            runtime.block_on(async move {
                let mut signal = stopped.clone();
                let serving = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
                    .with_graceful_shutdown(async move {
                        let _ = signal.wait_for(|stop| *stop).await;
                    });
                let cut_off = async move {
                    let _ = stopped.wait_for(|stop| *stop).await;
                    tokio::time::sleep(STOP_GRACE).await;
                };
                tokio::select! {
                    _ = serving => {},
                    () = cut_off => {},
                }
            });
            runtime.shutdown_timeout(STOP_GRACE);
        })?;
        Ok(Hub { status, stop, runtime: handle, thread: Some(thread) })
    }

    /// The address, PIN and QR code to show.
    pub fn status(&self) -> &HubStatus {
        &self.status
    }

    /// Stops listening and waits until the port is closed.
    pub fn stop(mut self) {
        self.shut();
    }

    /// Stops listening at once and lets the hub's thread finish on its own, for a caller that
    /// must not wait (the app's main thread while its window closes).
    pub fn stop_without_waiting(mut self) {
        let _ = self.stop.send(true);
        if let Some(thread) = self.thread.take() {
            std::thread::spawn(move || thread.join());
        }
    }

    /// Waits for Ctrl+C (or SIGTERM), for a hub run from the command line.
    pub fn wait_for_signal(&self) {
        self.runtime.block_on(async {
            #[cfg(unix)]
            {
                use tokio::signal::unix::{signal, SignalKind};
                match signal(SignalKind::terminate()) {
                    Ok(mut terminate) => {
                        tokio::select! {
                            _ = tokio::signal::ctrl_c() => {},
                            _ = terminate.recv() => {},
                        }
                    }
                    Err(_) => {
                        let _ = tokio::signal::ctrl_c().await;
                    }
                }
            }
            #[cfg(not(unix))]
            let _ = tokio::signal::ctrl_c().await;
        });
    }

    fn shut(&mut self) {
        let _ = self.stop.send(true);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Hub {
    fn drop(&mut self) {
        self.shut();
    }
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(pages::index))
        .route("/assets/{*path}", get(pages::asset))
        .route("/api/join", post(routes::join))
        .route("/api/lab", get(routes::lab))
        .route("/api/device", put(routes::update_device))
        .route("/api/notes", get(routes::notes))
        .route("/api/notes/{id}", put(routes::save_note).patch(routes::edit_note).delete(routes::delete_note))
        .fallback(routes::not_found)
        .layer(DefaultBodyLimit::max(BODY_MAX))
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
        .layer(middleware::from_fn_with_state(Arc::clone(&shared), guard::host_and_headers))
        .with_state(shared)
}

/// Binds the address: the port asked for, or the default and the next few after it.
fn bind(listen: Listen) -> Result<TcpListener> {
    let ports = match listen.port {
        Some(port) => port..=port,
        None => DEFAULT_PORT..=DEFAULT_PORT + PORTS_TRIED - 1,
    };
    let mut last = None;
    for port in ports {
        match TcpListener::bind((listen.address, port)) {
            Ok(listener) => return Ok(listener),
            Err(error) if error.kind() == std::io::ErrorKind::AddrInUse => last = Some(port),
            Err(error) => return Err(Error::Hub(format!("cannot listen on {}: {error}", listen.address))),
        }
    }
    Err(Error::AddressInUse(format!("{}:{}", listen.address, last.unwrap_or(DEFAULT_PORT))))
}

fn status(shared: &Shared) -> Result<HubStatus> {
    // Bound to every interface, the link names the likeliest of them.
    let shown = match shared.bound.ip() {
        ip if ip.is_unspecified() => {
            addresses::list().first().and_then(|a| a.address.parse().ok()).unwrap_or(IpAddr::from([127, 0, 0, 1]))
        }
        ip => ip,
    };
    let authority = SocketAddr::new(shown, shared.bound.port());
    let short_url = format!("http://{authority}");
    let url = format!("{short_url}/#k={}", shared.secret);
    Ok(HubStatus {
        lab_id: shared.lab_id,
        address: shown.to_string(),
        port: shared.bound.port(),
        qr: qr::encode(&url)?,
        url,
        short_url,
        pin: shared.pin.clone(),
    })
}
