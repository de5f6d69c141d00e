//! Capture from devices: the app starts the lab's device hub (`designlab-hub`), shows its
//! address, PIN and QR code, lists the devices that joined and revokes one. One hub at a time;
//! closing it, or quitting the app, closes its port.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use designlab_core::devices::{Device, HubAddress, HubStatus};
use designlab_core::{DeviceId, Error, LabId};
use designlab_hub::{addresses, Hub, Listen};
use tauri::{AppHandle, Emitter, State};

use super::projector::LABEL as PROJECTOR;
use super::Reply;
use crate::Db;

/// The hub that is open, if any.
#[derive(Default)]
pub struct OpenHub(Mutex<Option<Hub>>);

impl OpenHub {
    fn lock(&self) -> MutexGuard<'_, Option<Hub>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Stops the open hub, if any.
    pub fn close(&self) {
        if let Some(hub) = self.lock().take() {
            hub.stop();
        }
    }

    /// Stops the open hub as the app quits, without holding up the main thread: a request
    /// under way may be telling a window of a change.
    pub fn close_on_quit(&self) {
        if let Some(hub) = self.lock().take() {
            hub.stop_without_waiting();
        }
    }
}

/// Whether the projector shows how to join.
#[derive(Default)]
pub struct ProjectorJoin(AtomicBool);

#[tauri::command]
pub fn hub_addresses() -> Vec<HubAddress> {
    addresses::list()
}

#[tauri::command]
pub fn hub_open(
    app: AppHandle,
    db: State<'_, Db>,
    open: State<'_, OpenHub>,
    join: State<'_, ProjectorJoin>,
    lab_id: LabId,
    address: String,
    port: Option<u16>,
) -> Reply<HubStatus> {
    let address = address.parse().map_err(|_| Error::BadRequest(format!("{address:?} is not an IP address")))?;
    let mut slot = open.lock();
    if let Some(previous) = slot.take() {
        previous.stop();
    }
    let hub = Hub::start(db.store()?, lab_id, Listen { address, port })?;
    let status = hub.status().clone();
    *slot = Some(hub);
    drop(slot);
    show_join(&app, &open, &join);
    Ok(status)
}

#[tauri::command]
pub fn hub_close(app: AppHandle, open: State<'_, OpenHub>, join: State<'_, ProjectorJoin>) {
    open.close();
    show_join(&app, &open, &join);
}

#[tauri::command]
pub fn hub_status(open: State<'_, OpenHub>) -> Option<HubStatus> {
    open.lock().as_ref().map(|hub| hub.status().clone())
}

#[tauri::command]
pub fn list_devices(db: State<'_, Db>, lab_id: LabId) -> Reply<Vec<Device>> {
    Ok(db.store()?.list_devices(lab_id)?)
}

#[tauri::command]
pub fn revoke_device(db: State<'_, Db>, device_id: DeviceId) -> Reply<()> {
    Ok(db.store()?.revoke_device(device_id)?)
}

/// Shows the join code on the projector, or takes it off.
#[tauri::command]
pub fn projector_show_join(app: AppHandle, open: State<'_, OpenHub>, join: State<'_, ProjectorJoin>, show: bool) {
    join.0.store(show, Ordering::Release);
    show_join(&app, &open, &join);
}

/// What the projector shows of the join code when it opens: the hub's status, if shown.
#[tauri::command]
pub fn projector_join(open: State<'_, OpenHub>, join: State<'_, ProjectorJoin>) -> Option<HubStatus> {
    shown(&open, &join)
}

fn shown(open: &OpenHub, join: &ProjectorJoin) -> Option<HubStatus> {
    match join.0.load(Ordering::Acquire) {
        true => open.lock().as_ref().map(|hub| hub.status().clone()),
        false => None,
    }
}

fn show_join(app: &AppHandle, open: &OpenHub, join: &ProjectorJoin) {
    // No projector window is no one to tell.
    let _ = app.emit_to(PROJECTOR, "projector-join", shown(open, join));
}
