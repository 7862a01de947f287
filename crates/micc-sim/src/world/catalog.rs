//! The slower-moving parts of the contact center: directory, reply templates, reason
//! codes, DNIS, prompts, variables, webhooks... Generated with the world; the directory,
//! global reply templates and webhooks can be written through the API.

use serde_json::{Map, Value, json};

use super::*;
use crate::simtime::iso8601;

#[derive(Debug, Clone)]
pub struct Catalog {
    /// Directory entries that are not employees or queues (those are derived live).
    pub contacts: Vec<Value>,
    pub reply_templates: Vec<Value>,
    pub webhooks: Vec<Value>,
    pub reason_codes: Vec<Value>,
    pub warning_reasons: Vec<Value>,
    pub dnis: Vec<Value>,
    pub prompts: Vec<Value>,
    pub variables: Vec<Value>,
    pub mail_servers: Vec<Value>,
    pub application_profiles: Vec<Value>,
    pub cases: Vec<Value>,
}

fn links(href: String) -> Value {
    json!({ "self": { "href": href } })
}

impl Catalog {
    pub fn generate(rng: &mut Rng, sites: &[Site], now: Millis) -> Catalog {
        let site = sites.first().map(|s| s.id.clone()).unwrap_or_default();
        let created = iso8601(now - 30 * crate::simtime::DAY);
        let contact_types = [
            "ElasticContact",
            "ADUser",
            "ADContact",
            "ADGroup",
            "DatabaseContact",
        ];
        let people = [
            "Acme Corp",
            "Globex Support",
            "Initech Billing",
            "Umbrella Logistics",
            "Stark Procurement",
            "Wayne Facilities",
            "Hooli Partners",
            "Vandelay Imports",
            "Soylent Orders",
            "Tyrell Service",
            "Cyberdyne Ops",
            "Wonka Returns",
        ];
        let contacts = people
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let id = rng.guid();
                let phone = format!("+1555{:07}", 1_000_000 + i * 7919);
                json!({
                    "_links": links(format!("/miccsdk/api/v1/directory/{id}")),
                    "Id": id,
                    "SiteId": site,
                    "Name": name,
                    "Email": format!("contact{}@{}.example", i + 1, name.split(' ').next().unwrap_or("x").to_lowercase()),
                    "Phone": phone,
                    "MobilePhone": Value::Null,
                    "Type": contact_types[i % contact_types.len()],
                    "PhotoUrl": Value::Null,
                    "Custom": {},
                    "CreatedOn": created,
                    "ModifiedOn": created,
                    "PhoneDialable": phone.trim_start_matches('+'),
                    "VoiceMediaServerType": "SIP",
                    "IsMediaQueueWorkflowValidated": false,
                })
            })
            .collect();
        let reply_templates = [
            (
                "Greeting",
                "Hello {{name}}, thank you for contacting us.",
                "Chat",
                "greeting",
            ),
            (
                "Order status",
                "Your order {{order}} is on its way.",
                "Email",
                "orders",
            ),
            (
                "Closing",
                "Is there anything else I can help you with?",
                "Chat",
                "closing",
            ),
            (
                "Callback",
                "We will call you back within one business day.",
                "Sms",
                "callback",
            ),
        ]
        .iter()
        .map(|(name, text, media, tags)| {
            let id = rng.guid();
            json!({
                "_links": links(format!("/miccsdk/api/v1/globalreplytemplates/{id}")),
                "Id": id,
                "SiteId": site,
                "CreatedOn": created,
                "ModifiedOn": created,
                "CustomerText": name,
                "Template": format!("<p>{text}</p>"),
                "TemplateText": text,
                "Media": media,
                "Tags": tags,
                "Queues": [],
            })
        })
        .collect();
        let reason = |rng: &mut Rng, name: &str, kind: &str, n: usize| {
            let id = rng.guid();
            json!({
                "_links": links(format!("/miccsdk/api/v1/reasoncodes/{id}")),
                "Id": id,
                "Name": name,
                "Reporting": format!("{}", 700 + n),
                "Type": kind,
                "SiteRefId": site,
            })
        };
        let mut reason_codes = Vec::new();
        for (n, name) in super::generate::BUSY_REASONS.iter().enumerate() {
            reason_codes.push(reason(rng, name, "Busy", n));
        }
        for (n, name) in super::generate::DND_REASONS.iter().enumerate() {
            reason_codes.push(reason(rng, name, "Dnd", 50 + n));
        }
        let named = |rng: &mut Rng, path: &str, names: &[&str]| -> Vec<Value> {
            names
                .iter()
                .map(|name| {
                    let id = rng.guid();
                    json!({ "_links": links(format!("/miccsdk/api/v1/{path}/{id}")), "id": id, "name": name })
                })
                .collect()
        };
        let warning_reasons = ["Tone", "Accuracy", "Policy"]
            .iter()
            .map(|name| {
                let id = rng.guid();
                json!({ "_links": links(format!("/miccsdk/api/v1/warningreasons/{id}")), "Id": id, "Name": name })
            })
            .collect();
        let dnis = ["Sales hotline", "Support hotline", "Premium line"]
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let id = rng.guid();
                json!({
                    "_links": links(format!("/miccsdk/api/v1/dnis/{id}")),
                    "id": id,
                    "name": name,
                    "Reporting": format!("{}", 800 + i),
                    "PhoneNumber": format!("+1800555{:04}", 100 + i),
                    "ServiceLevel": "00:00:20",
                    "ShortAbandon": "00:00:10",
                    "UseAsDefault": i == 0,
                })
            })
            .collect();
        let prompts = named(
            rng,
            "prompts",
            &["Welcome", "Please hold", "After hours", "Survey"],
        );
        let variables = ["CustomerId", "OrderNumber", "Language", "Priority"]
            .iter()
            .map(|name| {
                let id = rng.guid();
                json!({
                    "_links": links(format!("/miccsdk/api/v1/variables/{id}")),
                    "id": id,
                    "name": name,
                    "Description": format!("The caller's {name}"),
                    "SendToDesktop": true,
                    "ShowOnAgentToaster": *name != "Language",
                    "DisplayName": name,
                    "IsReadOnly": false,
                    "Type": "String",
                    "CategoryType": "Custom",
                })
            })
            .collect();
        let mail_servers = vec![{
            let id = rng.guid();
            json!({
                "_links": links(format!("/miccsdk/api/v1/mailservers/{id}")),
                "id": id,
                "name": "Corporate mail",
                "SmtpServer": "smtp.cc.example",
                "SmtpUsesSsl": true,
                "SmtpPort": 587,
                "SmtpConnectionTimeoutSeconds": 30,
                "SmtpFromName": "Contact Center",
                "SmtpFromEmail": "contact@cc.example",
                "SmtpAuthenticationRequired": true,
                "IncommingServerName": "imap.cc.example",
                "IncommingEnableTLS": true,
                "IncommingPort": 993,
                "IncommingConnectionTimeout": 30,
                "IncommingFolder": "INBOX",
            })
        }];
        let application_profiles = ["Default", "Wallboard", "Supervisor"]
            .iter()
            .map(|name| {
                let id = rng.guid();
                json!({
                    "_links": links(format!("/miccsdk/api/v1/applicationprofiles/ignite/{id}")),
                    "Id": id,
                    "Name": name,
                    "Application": "Ignite",
                    "Site": site,
                })
            })
            .collect();
        let cases = (0..5)
            .map(|n| {
                let id = format!("{}", 50_000 + n);
                json!({
                    "_links": links(format!("/miccsdk/api/v1/cases/{id}")),
                    "Id": id,
                    "SiteId": site,
                    "State": if n % 2 == 0 { "Open" } else { "Closed" },
                    "StateModifiedOn": created,
                    "Subject": format!("Case {}", n + 1),
                    "LastMediaType": "Email",
                    "CreatedOn": created,
                    "ModifiedOn": created,
                    "WasReopened": false,
                    "Likes": 0,
                    "Reuses": 0,
                    "Suggestable": false,
                    "Notes": [],
                    "UserNotes": [],
                    "Contacts": [],
                    "Directory": [],
                    "MediaTypes": [],
                    "Queues": [],
                    "Agents": [],
                })
            })
            .collect();
        Catalog {
            contacts,
            reply_templates,
            webhooks: Vec::new(),
            reason_codes,
            warning_reasons,
            dnis,
            prompts,
            variables,
            mail_servers,
            application_profiles,
            cases,
        }
    }
}

fn id_of(v: &Value) -> String {
    v.get("Id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// Creates (`key` None, with id `fresh`) or replaces (the item `key` names) a stored record:
/// sets its `Id`, self link and timestamps, keeping `CreatedOn` of the record it replaces.
fn upsert(
    items: &mut Vec<Value>,
    key: Option<&str>,
    mut record: Map<String, Value>,
    resource: &str,
    now: &str,
    fresh: String,
) -> Result<Value, WorldError> {
    let existing = match key {
        Some(k) => Some(
            items
                .iter()
                .position(|c| matches_key(c, k))
                .ok_or_else(|| WorldError::NotFound(format!("no {resource} entry {k}")))?,
        ),
        None => None,
    };
    let old = existing.and_then(|i| items.get(i));
    let id = old.map_or(fresh, id_of);
    let created = old
        .and_then(|c| c.get("CreatedOn").cloned())
        .unwrap_or_else(|| json!(now));
    record.insert("Id".into(), json!(id));
    record.insert(
        "_links".into(),
        links(format!("/miccsdk/api/v1/{resource}/{id}")),
    );
    record.insert("ModifiedOn".into(), json!(now));
    record.insert("CreatedOn".into(), created);
    let value = Value::Object(record);
    match existing.and_then(|i| items.get_mut(i)) {
        Some(slot) => *slot = value.clone(),
        None => items.push(value.clone()),
    }
    Ok(value)
}

/// Finds an item whose id (any casing of the key) or name equals `key`.
pub fn find<'a>(items: &'a [Value], key: &str) -> Option<&'a Value> {
    items.iter().find(|v| matches_key(v, key))
}

pub fn matches_key(v: &Value, key: &str) -> bool {
    let Some(o) = v.as_object() else { return false };
    ["Id", "id", "Name", "name", "Reporting"].iter().any(|k| {
        o.get(*k)
            .and_then(Value::as_str)
            .is_some_and(|s| s.eq_ignore_ascii_case(key))
    })
}

impl World {
    /// Every directory entry: employees (with presence) and queues from the world, then
    /// the catalog's contacts.
    pub fn directory(&self) -> Vec<Value> {
        let mut out = Vec::new();
        for (e, emp) in self.employees.iter().enumerate() {
            let presence = self
                .employee_state(e)
                .and_then(|s| s.get("Presence").cloned())
                .unwrap_or(Value::Null);
            out.push(json!({
                "_links": links(format!("/miccsdk/api/v1/directory/{}", emp.id)),
                "Id": emp.id,
                "SiteId": self.sites.get(emp.site).map(|s| s.id.clone()),
                "Name": emp.name(),
                "Email": emp.email,
                "Phone": emp.extension,
                "Type": "Employee",
                "Presence": presence,
                "Custom": {},
                "PhoneDialable": emp.extension,
                "VoiceMediaServerType": "SIP",
                "Extension": emp.extension,
                "IsMediaQueueWorkflowValidated": false,
            }));
        }
        for q in &self.queues {
            out.push(json!({
                "_links": links(format!("/miccsdk/api/v1/directory/{}", q.id)),
                "Id": q.id,
                "SiteId": self.sites.get(q.site).map(|s| s.id.clone()),
                "Name": q.name,
                "Phone": q.dialable,
                "Type": "Queue",
                "Custom": {},
                "PhoneDialable": q.dialable,
                "VoiceMediaServerType": "SIP",
                "Extension": q.dialable,
                "IsMediaQueueWorkflowValidated": true,
            }));
        }
        out.extend(self.catalog.contacts.iter().cloned());
        out
    }

    /// Creates or replaces a directory contact from a canonical `DirectoryEntryModel`.
    pub fn upsert_contact(
        &mut self,
        id: Option<&str>,
        mut entry: Map<String, Value>,
    ) -> Result<Value, WorldError> {
        if entry
            .get("Name")
            .and_then(Value::as_str)
            .is_none_or(|n| n.trim().is_empty())
        {
            return Err(WorldError::Invalid("Name is required".into()));
        }
        if matches!(
            entry.get("Type").and_then(Value::as_str),
            Some("Employee" | "Queue")
        ) {
            return Err(WorldError::Invalid(
                "Type must be a contact type, not Employee or Queue".into(),
            ));
        }
        if let Some(key) = id
            && find(&self.catalog.contacts, key).is_none()
            && (self.employee_by_key(key).is_some() || self.queue_by_key(key).is_some())
        {
            return Err(WorldError::Conflict(
                "employees and queues are maintained in YourSite Explorer, not through the directory".into(),
            ));
        }
        entry.entry("Custom").or_insert_with(|| json!({}));
        let now = iso8601(self.now);
        let fresh = self.rng.guid();
        let value = upsert(
            &mut self.catalog.contacts,
            id,
            entry,
            "directory",
            &now,
            fresh,
        )?;
        self.changed(Change::Directory(id_of(&value)));
        Ok(value)
    }

    /// Creates (`id` None) or replaces a global reply template.
    pub fn upsert_reply_template(
        &mut self,
        id: Option<&str>,
        mut t: Map<String, Value>,
    ) -> Result<Value, WorldError> {
        t.entry("Queues").or_insert_with(|| json!([]));
        let now = iso8601(self.now);
        let fresh = self.rng.guid();
        let value = upsert(
            &mut self.catalog.reply_templates,
            id,
            t,
            "globalreplytemplates",
            &now,
            fresh,
        )?;
        self.changed(Change::ReplyTemplate(id_of(&value)));
        Ok(value)
    }

    pub fn delete_reply_template(&mut self, id: &str) -> Result<(), WorldError> {
        let i = self
            .catalog
            .reply_templates
            .iter()
            .position(|c| matches_key(c, id))
            .ok_or_else(|| WorldError::NotFound(format!("no global reply template {id}")))?;
        let removed = self.catalog.reply_templates.remove(i);
        let id = removed
            .get("Id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        self.changed(Change::ReplyTemplate(id));
        Ok(())
    }

    pub fn add_webhook(&mut self, mut hook: Map<String, Value>) -> Result<String, WorldError> {
        let url = hook.get("Url").and_then(Value::as_str).unwrap_or_default();
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(WorldError::Invalid("Url must be an http(s) URL".into()));
        }
        let id = match hook.get("id").and_then(Value::as_str) {
            Some(id) if !id.is_empty() => id.to_owned(),
            _ => self.rng.guid(),
        };
        hook.insert("id".into(), json!(id));
        // The token is a secret of the integrator: keep it out of listings.
        hook.remove("Token");
        self.catalog.webhooks.retain(|w| !matches_key(w, &id));
        self.catalog.webhooks.push(Value::Object(hook));
        Ok(id)
    }
}
