//! How the hub answers: the core's error as the app's `{code, message, field}`, with the HTTP
//! status that says what kind of refusal it is; and the JSON body extractor that turns a body
//! over the limit or of the wrong shape into one of those errors.

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use designlab_core::{ApiError, Error, ErrorCode};
use serde::de::DeserializeOwned;

use crate::BODY_MAX;

/// An error as the hub answers it.
pub struct Refusal(pub Error);

impl From<Error> for Refusal {
    fn from(error: Error) -> Self {
        Refusal(error)
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let body = ApiError::from(&self.0);
        (status_of(body.code), Json(body)).into_response()
    }
}

pub type Reply<T> = Result<T, Refusal>;

pub fn status_of(code: ErrorCode) -> StatusCode {
    use ErrorCode::*;
    match code {
        Unauthorized | WrongCode => StatusCode::UNAUTHORIZED,
        Revoked | NotYours => StatusCode::FORBIDDEN,
        NotFound => StatusCode::NOT_FOUND,
        TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        BadHost => StatusCode::MISDIRECTED_REQUEST,
        BadRequest => StatusCode::BAD_REQUEST,
        LockedOut => StatusCode::TOO_MANY_REQUESTS,
        Empty | TooLong | RoleNotInLab | ChallengeNotInLab | GroupNotInLab | OutOfRange | UnknownStage => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
        Busy => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// A JSON body, refused as `too_large` or `bad_request` in the hub's own shape.
pub struct Body<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Body<T> {
    type Rejection = Refusal;

    async fn from_request(request: Request, state: &S) -> Result<Self, Refusal> {
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(Body(value)),
            Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                Err(Refusal(Error::TooLarge { max: BODY_MAX as u64 }))
            }
            Err(rejection) => Err(Refusal(Error::BadRequest(short(&rejection)))),
        }
    }
}

/// The rejection's reason, cut short: it may quote what was sent.
fn short(rejection: &JsonRejection) -> String {
    let text = rejection.body_text();
    match text.char_indices().nth(200) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}
