//! Note-takers' own phones and laptops, joined to a lab through the device hub
//! (`designlab-hub`). The hub authenticates a device by the SHA-256 of its token; these are the
//! rules for what a device may see and change: its own lab, its own group's notes, and only the
//! notes it took itself.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::capture::notes::{self, NewNote, Note, NoteEdit};
use crate::events::{Change, DevicesChanged, NotesChanged};
use crate::ids::{DeviceId, GroupId, LabId, NoteId};
use crate::limits::{self, TEXT_MAX};
use crate::run::RunStatus;
use crate::store::{self, now, timestamp, timestamp_at, Part};
use crate::{BreakoutGroup, Challenge, Error, Field, Language, Result, SegmentKind, StakeholderRole, Store};

/// The longest name a device may give itself.
pub const DEVICE_NAME_MAX: usize = 80;

/// How stale `last_seen_at` may get before a read refreshes it: seeing a device every few
/// seconds is not worth a write (and an fsync) per request.
const SEEN_EVERY: Duration = Duration::seconds(30);

/// A device joined to a lab, as the facilitator's device list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Device {
    pub id: DeviceId,
    pub lab_id: LabId,
    pub name: String,
    pub group_id: Option<GroupId>,
    pub language: Language,
    /// Notes it has sent that are not deleted.
    pub note_count: u32,
    pub joined_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub revoked: bool,
}

/// What a device says about itself: its name, group and language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeviceSettings {
    pub name: String,
    pub group_id: Option<GroupId>,
    pub language: Language,
}

/// A note as a device sees it: with whether it took it, and so may change it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DeviceNote {
    #[serde(flatten)]
    pub note: Note,
    pub mine: bool,
}

/// Whether a note a device sent was saved by this request or had been already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Now,
    Before,
}

/// A lab as the capture page needs it, with nothing a device must not see (no participants,
/// no other lab).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LabView {
    pub lab: LabSummary,
    pub groups: Vec<BreakoutGroup>,
    pub roles: Vec<StakeholderRole>,
    pub challenges: Vec<Challenge>,
    pub device: Device,
    pub segment: Option<SegmentNow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LabSummary {
    pub id: crate::LabId,
    pub title: String,
}

/// The agenda segment that is running, read-only; `ends_at` is `None` while paused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SegmentNow {
    pub title: String,
    pub kind: SegmentKind,
    pub ends_at: Option<DateTime<Utc>>,
}

const SELECT: &str = "SELECT id, lab_id, name, group_id, language,
        (SELECT count(*) FROM input WHERE input.device_id = device.id AND input.deleted_at IS NULL),
        joined_at, last_seen_at, revoked_at IS NOT NULL
    FROM device";

impl Store {
    /// Joins a device to a lab under the hash of the token the hub gave it.
    pub fn join_device(&self, lab_id: LabId, name: &str, language: Language, token_hash: &str) -> Result<Device> {
        let name = limits::required(Field::Name, name, DEVICE_NAME_MAX)?;
        let device = self.write(|tx| {
            crate::labs::ensure_exists(tx, lab_id)?;
            let id = DeviceId::generate();
            let at = timestamp(now());
            tx.execute(
                "INSERT INTO device (id, lab_id, name, group_id, language, token_hash, joined_at, last_seen_at)
                 VALUES (?1, ?2, ?3, NULL, ?4, ?5, ?6, ?6)",
                params![id, lab_id, name, language, token_hash, at],
            )?;
            get(tx, id)
        })?;
        self.announce(Change::Devices(DevicesChanged { lab_id }));
        Ok(device)
    }

    /// The device holding the token whose hash this is: [`Error::Unauthorized`] when there is
    /// none, [`Error::Revoked`] when the facilitator revoked it.
    pub fn device_by_token(&self, token_hash: &str) -> Result<Device> {
        let device = self.read(|conn| {
            let id: Option<DeviceId> = conn
                .prepare_cached("SELECT id FROM device WHERE token_hash = ?1")?
                .query_row([token_hash], |row| row.get(0))
                .optional()?;
            get(conn, id.ok_or(Error::Unauthorized)?)
        })?;
        if device.revoked {
            return Err(Error::Revoked);
        }
        if now_or_system(self) - device.last_seen_at > SEEN_EVERY {
            self.write(|tx| seen(tx, device.id))?;
        }
        Ok(device)
    }

    /// Renames a device and sets its group and language.
    pub fn update_device(&self, id: DeviceId, settings: &DeviceSettings) -> Result<Device> {
        let name = limits::required(Field::Name, &settings.name, DEVICE_NAME_MAX)?;
        let device = self.write(|tx| {
            let device = get(tx, id)?;
            if let Some(group_id) = settings.group_id {
                store::ensure_in_lab(tx, Part::Group, group_id, device.lab_id)?;
            }
            tx.execute(
                "UPDATE device SET name = ?2, group_id = ?3, language = ?4, last_seen_at = ?5 WHERE id = ?1",
                params![id, name, settings.group_id, settings.language, timestamp(now())],
            )?;
            get(tx, id)
        })?;
        self.announce(Change::Devices(DevicesChanged { lab_id: device.lab_id }));
        Ok(device)
    }

    /// The lab's devices, in the order they joined, revoked ones included.
    pub fn list_devices(&self, lab_id: LabId) -> Result<Vec<Device>> {
        self.read(|conn| {
            crate::labs::ensure_exists(conn, lab_id)?;
            let mut statement = conn.prepare_cached(&format!("{SELECT} WHERE lab_id = ?1 ORDER BY joined_at, id"))?;
            let devices = statement.query_map([lab_id], from_row)?.collect::<rusqlite::Result<_>>()?;
            Ok(devices)
        })
    }

    /// Refuses the device from now on; the notes it sent stay in the lab.
    pub fn revoke_device(&self, id: DeviceId) -> Result<()> {
        let lab_id = self.write(|tx| {
            let device = get(tx, id)?;
            tx.execute(
                "UPDATE device SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
                params![id, timestamp(now())],
            )?;
            Ok(device.lab_id)
        })?;
        self.announce(Change::Devices(DevicesChanged { lab_id }));
        Ok(())
    }

    /// What the device's capture page shows of its lab.
    pub fn lab_view(&self, device: &Device) -> Result<LabView> {
        let lab = self.get_lab(device.lab_id)?;
        let segment = match self.run_state(device.lab_id)? {
            Some(run) if run.status != RunStatus::Finished => {
                let agenda = self.agenda(device.lab_id)?;
                run.current.and_then(|index| agenda.segments.get(index as usize)).map(|segment| SegmentNow {
                    title: segment.title.clone(),
                    kind: segment.kind,
                    ends_at: (run.status == RunStatus::Running)
                        .then(|| run.at + Duration::seconds(run.remaining_seconds)),
                })
            }
            _ => None,
        };
        Ok(LabView {
            lab: LabSummary { id: lab.id, title: lab.title.clone() },
            groups: self.list_groups(device.lab_id)?,
            roles: self.list_roles(device.lab_id)?,
            challenges: self.list_challenges(device.lab_id)?,
            device: device.clone(),
            segment,
        })
    }

    /// The notes of the device's group, newest first (only its own when it has no group).
    pub fn device_notes(&self, device: &Device) -> Result<Vec<DeviceNote>> {
        self.read(|conn| {
            let mut statement = conn.prepare_cached(&format!(
                "{} WHERE lab_id = ?1 AND deleted_at IS NULL
                   AND (group_id = ?2 OR device_id = ?3)
                 ORDER BY created_at DESC, id DESC",
                notes::SELECT
            ))?;
            let found = statement
                .query_map(params![device.lab_id, device.group_id, device.id], |row| {
                    Ok(DeviceNote { note: notes::from_row(row)?, mine: device_of(row)? == Some(device.id) })
                })?
                .collect::<rusqlite::Result<_>>()?;
            Ok(found)
        })
    }

    /// Saves a note a device sent under the id it gave it, in the device's group. Sent again
    /// (its answer was lost), it is stored once: the second time saves nothing and answers
    /// with the note as it is.
    pub fn save_device_note(&self, device: &Device, id: NoteId, new: &NewNote) -> Result<(DeviceNote, Saved)> {
        let text = limits::required(Field::Text, &new.text, TEXT_MAX)?;
        let (note, saved) = self.write(|tx| {
            if let Some(owner) = owner(tx, id)? {
                if owner != Some(device.id) {
                    return Err(Error::NotYours);
                }
                return Ok((notes::get_any(tx, id)?, Saved::Before));
            }
            let challenge = crate::challenges::get(tx, new.challenge_id)?;
            if challenge.lab_id != device.lab_id {
                return Err(Error::NotInLab(Part::Challenge));
            }
            let note = NewNote { text, group_id: device.group_id, ..new.clone() };
            notes::insert_as(tx, id, &note, Some(device.id))?;
            seen(tx, device.id)?;
            Ok((notes::get_any(tx, id)?, Saved::Now))
        })?;
        if saved == Saved::Now {
            self.announce(Change::Notes(NotesChanged { lab_id: note.lab_id, challenge_id: note.challenge_id }));
            self.announce(Change::Devices(DevicesChanged { lab_id: note.lab_id }));
        }
        Ok((DeviceNote { note, mine: true }, saved))
    }

    /// Edits a note the device took.
    pub fn update_device_note(&self, device: &Device, id: NoteId, edit: &NoteEdit) -> Result<DeviceNote> {
        self.write(|tx| ensure_mine(tx, device, id))?;
        let note = self.update_note(id, edit)?;
        Ok(DeviceNote { note, mine: true })
    }

    /// Deletes a note the device took; deleting it again (a retried request) is not an error.
    pub fn delete_device_note(&self, device: &Device, id: NoteId) -> Result<()> {
        let deleted = self.read(|conn| {
            ensure_mine(conn, device, id)?;
            Ok(conn.query_row("SELECT deleted_at IS NOT NULL FROM input WHERE id = ?1", [id], |row| row.get(0))?)
        })?;
        match deleted {
            true => Ok(()),
            false => self.delete_note(id),
        }
    }
}

/// The time of the store's clock, outside a read or write.
fn now_or_system(store: &Store) -> DateTime<Utc> {
    store.clock().now()
}

/// Whose a note is: `None` when there is no such note, `Some(None)` when the app took it.
fn owner(conn: &Connection, id: NoteId) -> Result<Option<Option<DeviceId>>> {
    Ok(conn
        .prepare_cached("SELECT device_id FROM input WHERE id = ?1")?
        .query_row([id], |row| row.get(0))
        .optional()?)
}

fn ensure_mine(conn: &Connection, device: &Device, id: NoteId) -> Result<()> {
    match owner(conn, id)? {
        None => Err(Error::not_found("input", id)),
        Some(owner) if owner == Some(device.id) => Ok(()),
        Some(_) => Err(Error::NotYours),
    }
}

fn seen(tx: &Transaction<'_>, id: DeviceId) -> Result<()> {
    tx.execute("UPDATE device SET last_seen_at = ?2 WHERE id = ?1", params![id, timestamp(now())])?;
    Ok(())
}

fn get(conn: &Connection, id: DeviceId) -> Result<Device> {
    store::by_id(conn, SELECT, "id", "device", id, from_row)
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Device> {
    Ok(store::from_columns!(row, Device {
        id, lab_id, name, group_id, language, note_count;
        joined_at: timestamp_at(row, 6)?,
        last_seen_at: timestamp_at(row, 7)?,
        revoked: row.get(8)?,
    }))
}

/// The device a note row (read with `notes::SELECT`) came from.
fn device_of(row: &Row<'_>) -> rusqlite::Result<Option<DeviceId>> {
    row.get(12)
}

/// What a device sends to join: the secret from the QR link, or the PIN a person typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct JoinRequest {
    pub secret: Option<String>,
    pub pin: Option<String>,
    pub name: String,
    pub language: Language,
}

/// The hub's answer to a device that joined: the token it sends from now on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct JoinAnswer {
    pub token: String,
    pub device: Device,
}

/// A network address the hub can listen on, named by its interface.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HubAddress {
    pub interface: String,
    pub address: String,
}

/// A QR code's modules, row by row, `size` by `size`; `true` is dark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct QrCode {
    pub size: u32,
    pub modules: Vec<bool>,
}

/// An open hub, as the facilitator's panel and the projector show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct HubStatus {
    pub lab_id: LabId,
    pub address: String,
    pub port: u16,
    /// The link the QR code carries, with the joining secret after `#`.
    pub url: String,
    /// The address to type, without the secret: `http://192.168.1.20:7878`.
    pub short_url: String,
    pub pin: String,
    pub qr: QrCode,
}
