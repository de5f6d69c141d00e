//! The hub's API routes (documented in `docs/hub-api.md`). Each authenticates the device, hands
//! the request to the core on a blocking thread (SQLite waits on disk), and answers with JSON.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{ConnectInfo, Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use designlab_core::devices::{Device, DeviceNote, DeviceSettings, JoinAnswer, JoinRequest, LabView, Saved};
use designlab_core::{Error, NewNote, NoteEdit, NoteId, Result};

use crate::reply::{Body, Refusal, Reply};
use crate::secrets::{new_token, same, token_hash};
use crate::Shared;

type Hub = State<Arc<Shared>>;

pub async fn join(
    State(shared): Hub,
    ConnectInfo(from): ConnectInfo<SocketAddr>,
    Body(request): Body<JoinRequest>,
) -> Reply<Json<JoinAnswer>> {
    shared.lockouts.check(from.ip())?;
    let right = request.secret.as_deref().is_some_and(|secret| same(secret, &shared.secret))
        || request.pin.as_deref().is_some_and(|pin| same(pin.trim(), &shared.pin));
    if !right {
        shared.lockouts.failed(from.ip());
        return Err(Refusal(Error::WrongCode));
    }
    shared.lockouts.succeeded(from.ip());
    let token = new_token();
    let hash = token_hash(&token);
    let device = blocking(&shared, move |shared| {
        shared.store.join_device(shared.lab_id, &request.name, request.language, &hash)
    })
    .await?;
    Ok(Json(JoinAnswer { token, device }))
}

pub async fn lab(State(shared): Hub, headers: HeaderMap) -> Reply<Json<LabView>> {
    let token = bearer(&headers)?;
    blocking(&shared, move |shared| shared.store.lab_view(&shared.device(&token)?)).await.map(Json)
}

pub async fn update_device(
    State(shared): Hub,
    headers: HeaderMap,
    Body(settings): Body<DeviceSettings>,
) -> Reply<Json<Device>> {
    let token = bearer(&headers)?;
    blocking(&shared, move |shared| shared.store.update_device(shared.device(&token)?.id, &settings)).await.map(Json)
}

pub async fn notes(State(shared): Hub, headers: HeaderMap) -> Reply<Json<Vec<DeviceNote>>> {
    let token = bearer(&headers)?;
    blocking(&shared, move |shared| shared.store.device_notes(&shared.device(&token)?)).await.map(Json)
}

pub async fn save_note(
    State(shared): Hub,
    headers: HeaderMap,
    Path(id): Path<String>,
    Body(note): Body<NewNote>,
) -> Reply<Response> {
    let token = bearer(&headers)?;
    let id = note_id(&id)?;
    let (note, saved) =
        blocking(&shared, move |shared| shared.store.save_device_note(&shared.device(&token)?, id, &note)).await?;
    let status = match saved {
        Saved::Now => StatusCode::CREATED,
        Saved::Before => StatusCode::OK,
    };
    Ok((status, Json(note)).into_response())
}

pub async fn edit_note(
    State(shared): Hub,
    headers: HeaderMap,
    Path(id): Path<String>,
    Body(edit): Body<NoteEdit>,
) -> Reply<Json<DeviceNote>> {
    let token = bearer(&headers)?;
    let id = note_id(&id)?;
    blocking(&shared, move |shared| shared.store.update_device_note(&shared.device(&token)?, id, &edit)).await.map(Json)
}

pub async fn delete_note(State(shared): Hub, headers: HeaderMap, Path(id): Path<String>) -> Reply<StatusCode> {
    let token = bearer(&headers)?;
    let id = note_id(&id)?;
    blocking(&shared, move |shared| shared.store.delete_device_note(&shared.device(&token)?, id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn not_found() -> Refusal {
    Refusal(Error::NotFound { entity: "route", id: String::new() })
}

/// The token after `Bearer `.
fn bearer(headers: &HeaderMap) -> Result<String, Refusal> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(|token| token.trim().to_owned())
        .filter(|token| !token.is_empty())
        .ok_or(Refusal(Error::Unauthorized))
}

fn note_id(text: &str) -> Result<NoteId, Refusal> {
    text.parse().map_err(|_| Refusal(Error::BadRequest("the note's id is not a UUID".into())))
}

/// Runs `work` on the blocking pool: the store waits on the disk.
async fn blocking<T: Send + 'static>(
    shared: &Arc<Shared>,
    work: impl FnOnce(&Shared) -> Result<T> + Send + 'static,
) -> Reply<T> {
    let shared = Arc::clone(shared);
    tokio::task::spawn_blocking(move || work(&shared))
        .await
        .map_err(|failed| Refusal(Error::Hub(failed.to_string())))?
        .map_err(Refusal)
}

impl Shared {
    /// The device holding `token`, if it is one of this lab's and not revoked.
    fn device(&self, token: &str) -> Result<Device> {
        let device = self.store.device_by_token(&token_hash(token))?;
        match device.lab_id == self.lab_id {
            true => Ok(device),
            false => Err(Error::Unauthorized),
        }
    }
}
