//! What stands between the venue's network and the lab: the `Host` check that defeats DNS
//! rebinding, the security headers on every answer, and the lockout after wrong PINs.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use designlab_core::Error;

use crate::reply::Refusal;
use crate::Shared;

/// The policy of every page the hub serves: its own scripts, styles and fonts, and requests to
/// itself; nothing inline, nothing from elsewhere, never in a frame.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; \
     frame-ancestors 'none'";

/// Wrong codes from one address before it is locked out, and for how long.
pub const WRONG_CODES_ALLOWED: u32 = 5;
pub const LOCKOUT: Duration = Duration::from_secs(60);

/// Refuses a request whose `Host` is not the address the hub listens on, then adds the
/// security headers to whatever is answered.
pub async fn host_and_headers(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let host = request.headers().get(header::HOST).and_then(|value| value.to_str().ok()).unwrap_or("");
    let mut response =
        if shared.host_allowed(host) { next.run(request).await } else { Refusal(Error::BadHost).into_response() };
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static("no-store"));
    response
}

/// Whether `host` (a `Host` header) names the bound address and port. Bound to every
/// interface, any IP address with the right port is accepted; a name never is, except
/// `localhost` for a hub on the loopback address.
pub fn host_matches(host: &str, bound: SocketAddr) -> bool {
    let Some((name, port)) = host.rsplit_once(':') else { return false };
    if port.parse() != Ok(bound.port()) {
        return false;
    }
    let name = name.trim_start_matches('[').trim_end_matches(']');
    match name.parse::<IpAddr>() {
        Ok(ip) => ip == bound.ip() || bound.ip().is_unspecified(),
        Err(_) => name.eq_ignore_ascii_case("localhost") && bound.ip().is_loopback(),
    }
}

/// Wrong codes per address, and until when an address is locked out.
#[derive(Default)]
pub struct Lockouts(Mutex<HashMap<IpAddr, (u32, Option<Instant>)>>);

impl Lockouts {
    /// Refuses an address that is locked out.
    pub fn check(&self, from: IpAddr) -> Result<(), Error> {
        let entries = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        match entries.get(&from) {
            Some((_, Some(until))) if *until > Instant::now() => {
                Err(Error::LockedOut { seconds: until.saturating_duration_since(Instant::now()).as_secs().max(1) })
            }
            _ => Ok(()),
        }
    }

    pub fn failed(&self, from: IpAddr) {
        let mut entries = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let entry = entries.entry(from).or_insert((0, None));
        if entry.1.is_some_and(|until| until <= Instant::now()) {
            *entry = (0, None);
        }
        entry.0 += 1;
        if entry.0 >= WRONG_CODES_ALLOWED {
            entry.1 = Some(Instant::now() + LOCKOUT);
        }
    }

    pub fn succeeded(&self, from: IpAddr) {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).remove(&from);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn only_the_bound_address_is_a_host() {
        let bound: SocketAddr = "192.168.1.20:7878".parse().unwrap();
        assert!(host_matches("192.168.1.20:7878", bound));
        assert!(!host_matches("192.168.1.20:7879", bound));
        assert!(!host_matches("evil.example:7878", bound));
        assert!(!host_matches("localhost:7878", bound));
        assert!(!host_matches("192.168.1.20", bound));
        let loopback: SocketAddr = "127.0.0.1:7878".parse().unwrap();
        assert!(host_matches("localhost:7878", loopback));
        let every: SocketAddr = "0.0.0.0:7878".parse().unwrap();
        assert!(host_matches("10.0.0.3:7878", every));
        assert!(!host_matches("attacker.example:7878", every));
    }

    #[test]
    fn five_wrong_codes_lock_an_address_out() {
        let lockouts = Lockouts::default();
        let from: IpAddr = "10.0.0.9".parse().unwrap();
        for _ in 0..4 {
            lockouts.failed(from);
        }
        assert!(lockouts.check(from).is_ok());
        lockouts.failed(from);
        assert!(matches!(lockouts.check(from), Err(Error::LockedOut { .. })));
        assert!(lockouts.check("10.0.0.10".parse().unwrap()).is_ok());
    }
}
