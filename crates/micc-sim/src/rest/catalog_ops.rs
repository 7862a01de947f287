//! The configuration-like groups: directory, reply templates, reason codes, DNIS, sites,
//! media and mail servers, prompts, variables, webhooks, diagnostics, status...

use serde_json::{Value, json};

use super::Handler;
use super::call::*;
use super::lookup::*;
use super::visibility::*;
use crate::AppState;
use crate::simtime::{iso8601, timespan};
use crate::world::catalog::{find, matches_key};
use crate::world::{Media, World};

pub fn handler(op: &str) -> Option<Handler> {
    let h: Handler = match op {
        "Cases_GetCases" => |s, _| list(s, |w| w.catalog.cases.clone()),
        "Cases_GetCase" => |s, c| one(s, c, "id", |w| w.catalog.cases.clone()),
        "Dnis_GetDnisNumbers" => |s, _| list(s, |w| w.catalog.dnis.clone()),
        "Dnis_GetDnisNumber" => |s, c| one(s, c, "id", |w| w.catalog.dnis.clone()),
        "WarningReason_GetWarningReasons" => |s, _| list(s, |w| w.catalog.warning_reasons.clone()),
        "WarningReason_GetWarningReason" => {
            |s, c| one(s, c, "id", |w| w.catalog.warning_reasons.clone())
        }
        "Extension_GetExtensions" => |s, _| list(s, extensions),
        "Extension_GetExtension" => |s, c| one(s, c, "id", extensions),
        "MediaServer_GetMediaServers" => |s, _| list(s, media_servers),
        "MediaServer_GetMediaServer" => |s, c| one(s, c, "id", media_servers),
        "MediaServer_GetMediaServerTimes" => media_server_times,
        "MailServer_GetMailServers" => |s, _| list(s, |w| w.catalog.mail_servers.clone()),
        "MailServer_GetMailServer" => |s, c| one(s, c, "id", |w| w.catalog.mail_servers.clone()),
        "ReasonCode_GetReasonCodes" => |s, _| list(s, |w| w.catalog.reason_codes.clone()),
        "ReasonCode_GetReasonCode" => |s, c| one(s, c, "id", |w| w.catalog.reason_codes.clone()),
        "Site_GetSites" => |s, _| {
            list(s, |w| {
                (0..w.sites.len()).filter_map(|i| w.site(i)).collect()
            })
        },
        "Site_GetSite" => |s, c| {
            one(s, c, "id", |w| {
                (0..w.sites.len()).filter_map(|i| w.site(i)).collect()
            })
        },
        "Prompt_GetPrompts" => |s, _| list(s, |w| w.catalog.prompts.clone()),
        "Prompt_GetPrompt" => |s, c| one(s, c, "id", |w| w.catalog.prompts.clone()),
        "Variables_GetVariables" => |s, _| list(s, |w| w.catalog.variables.clone()),
        "Variables_GetVariable" => |s, c| one(s, c, "id", |w| w.catalog.variables.clone()),
        "ApplicationProfile_GetApplicationProfiles" => application_profiles,
        "ApplicationProfile_GetApplicationProfile" => application_profile,
        "Status_GetStatus" => status,
        "Directory_GetDirectoryEntries" => directory_entries,
        "Directory_CreateDirectoryEntry" => create_directory_entry,
        "Directory_GetDirectoryEntry" => |s, c| one(s, c, "id", World::directory),
        "Directory_UpdateDirectoryEntry" => update_directory_entry,
        "GlobalReplyTemplate_GetGlobalReplyTemplates" => reply_templates,
        "GlobalReplyTemplate_CreateGlobalReplyTemplate" => create_reply_template,
        "GlobalReplyTemplate_GetGlobalReplyTemplate" => {
            |s, c| one(s, c, "id", |w| w.catalog.reply_templates.clone())
        }
        "GlobalReplyTemplate_UpdateGlobalReplyTemplate" => update_reply_template,
        "GlobalReplyTemplate_DeleteGlobalReplyTemplate" => delete_reply_template,
        "GlobalReplyTemplate_GetGlobalReplyTemplateTags" => reply_template_tags,
        "WebHook_RegisterWebhook" => register_webhook,
        "WebHook_GetWebhooks" => webhooks,
        "WebHook_GetOscmsExtensions" => |s, _| {
            let w = lock(s)?;
            Ok(Reply::Value(Value::Array(extensions(&w))))
        },
        "WebHook_GetCallRecordings" => |_, c| {
            // Every call has one recording, named after the case and the call.
            let id = recording_id(c.param("caseId")?, c.param("callId")?);
            Ok(Reply::Collection(vec![json!({
                "_links": {
                    "self": { "href": format!("/miccsdk/api/v1/webhooks/recordings/{id}/download") },
                    "play": { "href": format!("/miccsdk/api/v1/webhooks/recordings/{id}/play") },
                }
            })]))
        },
        "WebHook_DownloadRecording" => |_, c| recording(c, "download"),
        "WebHook_PlayRecording" => |_, c| recording(c, "play"),
        "Email_GetReusableEmail" => |_, c| {
            c.required_query("to")?;
            Ok(Reply::Collection(Vec::new()))
        },
        "Email_GetEmail" => email,
        "Email_GetEmailImage" => |s, c| {
            c.param("resourceId")?;
            email_part(s, c)
        },
        "Email_GetEmailAttachment" => |s, c| {
            c.required_query("fileName")?;
            email_part(s, c)
        },
        "Email_GetFromQueues" => |s, c| media_queues(s, c, Media::Email),
        "Sms_GetFromQueues" => |s, c| media_queues(s, c, Media::Sms),
        "Chat_PeekCloudlinkTranscript" => |_, c| {
            c.param("interactionId")?;
            Ok(Reply::Value(json!(false)))
        },
        "Chat_GetCloudlinkChatTag" => |_, c| {
            c.param("tagId")?;
            Ok(Reply::Value(json!(false)))
        },
        "Chat_GetCloudlinkTranscript" => |s, c| {
            c.param("employeeId")?;
            let w = lock(s)?;
            let seq =
                super::conversation_ops::conversation_in(&w, c.param("interactionId")?, |x| {
                    x.media == Media::Chat
                })?;
            let from = w
                .conversations
                .get(&seq)
                .map(|x| x.from_name.clone())
                .unwrap_or_default();
            Ok(Reply::Value(
                json!({ "Body": format!("{from}: Hello, I have a question about my order.") }),
            ))
        },
        _ => return reply_template_files(op).or_else(|| diagnostics(op)),
    };
    Some(h)
}

type R = Result<Reply, ApiError>;

fn list(state: &AppState, items: impl Fn(&World) -> Vec<Value>) -> R {
    let w = lock(state)?;
    Ok(Reply::Collection(items(&w)))
}

fn one(state: &AppState, call: &Call, param: &str, items: impl Fn(&World) -> Vec<Value>) -> R {
    let key = call.param(param)?;
    let w = lock(state)?;
    find(&items(&w), key)
        .cloned()
        .map(Reply::Value)
        .ok_or_else(|| ApiError::NotFound(format!("'{key}' was not found.")))
}

/// Every employee's phone as an `ExtensionModel`.
pub fn extensions(w: &World) -> Vec<Value> {
    let server = w.media_servers.iter().find(|m| m.media == Media::Voice);
    w.employees
        .iter()
        .map(|e| {
            json!({
                "_links": { "self": { "href": format!("/miccsdk/api/v1/extensions/{}", e.extension) } },
                "id": e.extension,
                "Reporting": e.extension,
                "MediaType": "Voice",
                "MediaServer": server.map(|s| s.name.clone()),
                "MediaServerRefId": server.map(|s| s.id.clone()),
                "Name": e.name(),
                "IsMitaiEnabled": true,
                "AcdEnabled": true,
            })
        })
        .collect()
}

fn media_servers(w: &World) -> Vec<Value> {
    (0..w.media_servers.len())
        .filter_map(|m| w.media_server(m))
        .collect()
}

fn media_server_times(state: &AppState, _call: &Call) -> R {
    let w = lock(state)?;
    let now = iso8601(w.now);
    Ok(Reply::Value(Value::Object(
        w.media_servers
            .iter()
            .map(|m| (m.id.clone(), json!(now)))
            .collect(),
    )))
}

fn application_profiles(state: &AppState, call: &Call) -> R {
    let app = call.param("appname")?;
    let w = lock(state)?;
    Ok(Reply::Collection(
        w.catalog
            .application_profiles
            .iter()
            .filter(|p| {
                p.get("Application")
                    .and_then(Value::as_str)
                    .is_some_and(|a| a.eq_ignore_ascii_case(app))
            })
            .cloned()
            .collect(),
    ))
}

fn application_profile(state: &AppState, call: &Call) -> R {
    let app = call.param("appname")?;
    let key = call.param("profilenameorid")?;
    let w = lock(state)?;
    w.catalog
        .application_profiles
        .iter()
        .find(|p| {
            p.get("Application")
                .and_then(Value::as_str)
                .is_some_and(|a| a.eq_ignore_ascii_case(app))
                && matches_key(p, key)
        })
        .cloned()
        .map(Reply::Value)
        .ok_or_else(|| ApiError::NotFound(format!("Profile '{key}' of '{app}' was not found.")))
}

fn status(state: &AppState, _call: &Call) -> R {
    let up = state.started.elapsed().as_millis() as i64;
    let w = lock(state)?;
    Ok(Reply::Value(json!({
        "ServerUpTime": timespan(up),
        "ServerTime": iso8601(w.now),
        "ApplicationUpTime": timespan(up),
        "IsReady": true,
        "IsRealtimeConnected": true,
        "IsDataAccessConnected": true,
    })))
}

fn directory_entries(state: &AppState, call: &Call) -> R {
    let voice_only = call.bool_query("voiceOnly")?;
    let site = call
        .query("siteId")
        .filter(|s| !s.is_empty())
        .map(str::to_owned);
    let w = lock(state)?;
    let entries = w
        .directory()
        .into_iter()
        .filter(|e| {
            site.as_ref().is_none_or(|s| {
                e.get("SiteId")
                    .and_then(Value::as_str)
                    .is_some_and(|x| x.eq_ignore_ascii_case(s))
            })
        })
        .filter(|e| {
            !voice_only
                || e.get("Phone")
                    .and_then(Value::as_str)
                    .is_some_and(|p| !p.is_empty())
                || e.get("MobilePhone")
                    .and_then(Value::as_str)
                    .is_some_and(|p| !p.is_empty())
        })
        .collect();
    Ok(Reply::Collection(entries))
}

fn create_directory_entry(state: &AppState, call: &Call) -> R {
    let body = call.body_object()?;
    let mut w = lock(state)?;
    Ok(Reply::Value(w.upsert_contact(None, body)?))
}

fn update_directory_entry(state: &AppState, call: &Call) -> R {
    let body = call.body_object()?;
    let mut w = lock(state)?;
    Ok(Reply::Value(
        w.upsert_contact(Some(call.param("id")?), body)?,
    ))
}

fn reply_templates(state: &AppState, call: &Call) -> R {
    let media = call
        .query("media")
        .filter(|m| !m.is_empty() && !m.eq_ignore_ascii_case("Unspecified"))
        .map(str::to_owned);
    let search = call.query("search").unwrap_or("").to_lowercase();
    let w = lock(state)?;
    Ok(Reply::Collection(
        w.catalog
            .reply_templates
            .iter()
            .filter(|t| {
                media.as_ref().is_none_or(|m| {
                    t.get("Media")
                        .and_then(Value::as_str)
                        .is_some_and(|x| x.eq_ignore_ascii_case(m))
                })
            })
            .filter(|t| search.is_empty() || t.to_string().to_lowercase().contains(&search))
            .cloned()
            .collect(),
    ))
}

fn create_reply_template(state: &AppState, call: &Call) -> R {
    let body = call.body_object()?;
    let mut w = lock(state)?;
    Ok(Reply::Value(w.upsert_reply_template(None, body)?))
}

fn update_reply_template(state: &AppState, call: &Call) -> R {
    let body = call.body_object()?;
    let mut w = lock(state)?;
    Ok(Reply::Value(
        w.upsert_reply_template(Some(call.param("id")?), body)?,
    ))
}

fn delete_reply_template(state: &AppState, call: &Call) -> R {
    let mut w = lock(state)?;
    w.delete_reply_template(call.param("id")?)?;
    Ok(text("Deleted"))
}

fn reply_template_tags(state: &AppState, _call: &Call) -> R {
    let w = lock(state)?;
    let mut tags: Vec<String> = w
        .catalog
        .reply_templates
        .iter()
        .filter_map(|t| t.get("Tags").and_then(Value::as_str))
        .flat_map(|t| t.split(',').map(|s| s.trim().to_owned()))
        .filter(|t| !t.is_empty())
        .collect();
    tags.sort();
    tags.dedup();
    Ok(Reply::Collection(
        tags.into_iter()
            .map(|t| json!({ "_links": { "self": { "href": format!("/miccsdk/api/v1/globalreplytemplates?search={t}") } } }))
            .collect(),
    ))
}

fn register_webhook(state: &AppState, call: &Call) -> R {
    let body = call.body_object()?;
    if !call.principal.sees_all() {
        return Err(ApiError::Forbidden(
            "Local Administrator or Enterprise Administrator Role".into(),
        ));
    }
    let mut w = lock(state)?;
    Ok(text(w.add_webhook(body)?))
}

fn webhooks(state: &AppState, call: &Call) -> R {
    if !matches!(call.principal, crate::auth::Principal::System { .. }) {
        return Err(ApiError::Forbidden(
            "Can be used only by system-level users.".into(),
        ));
    }
    let w = lock(state)?;
    Ok(Reply::Value(json!({ "WebhookList": w.catalog.webhooks })))
}

fn email(state: &AppState, call: &Call) -> R {
    let kind = call.param("getEmailType")?;
    const KINDS: [&str; 8] = [
        "FailedSendDraft",
        "BounceDetectedDraft",
        "ForwardDraft",
        "NewDraft",
        "ReplyDraft",
        "Worktimer",
        "Preview",
        "PreviewQueueDraft",
    ];
    if !KINDS.iter().any(|k| k.eq_ignore_ascii_case(kind)) {
        return Err(ApiError::BadRequest(format!(
            "getEmailType must be one of {}",
            KINDS.join(", ")
        )));
    }
    let month = call.param("monthYearCreated")?;
    if !(month.len() == 5 || month.len() == 6) || !month.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ApiError::BadRequest(
            "monthYearCreated must look like 122018".into(),
        ));
    }
    let w = lock(state)?;
    let id = call.param("conversationId")?;
    let seq = super::conversation_ops::conversation_in(&w, id, |c| c.media == Media::Email)?;
    Ok(Reply::Collection(w.conversation(seq).into_iter().collect()))
}

fn media_queues(state: &AppState, call: &Call, media: Media) -> R {
    if media == Media::Email {
        let w = lock(state)?;
        super::conversation_ops::conversation_in(&w, call.param("conversationId")?, |c| {
            c.media == Media::Email
        })?;
    }
    let w = lock(state)?;
    Ok(Reply::Collection(
        visible_queues(&w, &call.principal)
            .into_iter()
            .filter(|&q| w.queues[q].media == media)
            .filter_map(|q| w.queue_model(q))
            .collect(),
    ))
}

fn recording_id(case: &str, call: &str) -> String {
    let clean = |s: &str| {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
    };
    format!("rec-{}-{}", clean(case), clean(call))
}

fn recording(call: &Call, what: &str) -> R {
    let id = call.param("recordingId")?;
    if !id.starts_with("rec-") {
        return Err(ApiError::NotFound(format!(
            "Recording '{id}' was not found."
        )));
    }
    Ok(text(format!(
        "https://recordings.cc.example/{what}/{id}.wav"
    )))
}

/// An image or attachment of an active email, as base64 (a 1x1 PNG stands in for both).
fn email_part(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    super::conversation_ops::conversation_in(&w, call.param("conversationId")?, |c| {
        c.media == Media::Email
    })?;
    Ok(text(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    ))
}

/// Personal reply templates of the chat, email and SMS groups: a small fixed tree.
fn reply_template_files(op: &str) -> Option<Handler> {
    let (media, action) = op.split_once('_')?;
    if !matches!(media, "Chat" | "Email" | "Sms") {
        return None;
    }
    let h: Handler = match action {
        "GetReplyTemplateFolders" => |_, _| {
            Ok(Reply::Value(json!({
                "Label": "Personal",
                "NoLeaf": false,
                "Data": {},
                "Children": [{ "Label": "Greetings", "NoLeaf": true, "Data": {}, "Children": [] }],
            })))
        },
        "GetReplyTemplates" => |_, _| Ok(Reply::Value(json!([personal_template()]))),
        "GetReplyTemplatesBaseDirectory" => |_, _| Ok(text("\\\\fileserver\\replytemplates")),
        "GetReplyTemplate" => |_, c| {
            let path = c.required_query("filePath")?;
            if path.eq_ignore_ascii_case(PERSONAL_PATH) {
                Ok(Reply::Value(personal_template()))
            } else {
                Err(ApiError::NotFound(format!(
                    "Template '{path}' was not found."
                )))
            }
        },
        "CheckReplyTemplateFileAccess" | "CheckReplyTemplateDirectoryAccess" => |_, c| {
            let path = c.required_query("filePath")?;
            if path.contains("..") {
                return Err(ApiError::BadRequest(
                    "relative paths are not allowed".into(),
                ));
            }
            Ok(text("Accessible"))
        },
        "GetReplyTemplateFileNames" => |_, _| Ok(Reply::Value(json!([{ "Name": "Hello.txt" }]))),
        "GetReplyTemplateContent" => |_, c| {
            let name = c.required_query("fileName")?;
            if name.eq_ignore_ascii_case("Hello.txt") {
                Ok(Reply::Value(
                    json!({ "String": "Hello, how can I help you today?" }),
                ))
            } else {
                Err(ApiError::NotFound(format!("File '{name}' was not found.")))
            }
        },
        _ => return None,
    };
    Some(h)
}

const PERSONAL_PATH: &str = "Greetings\\Hello.txt";

fn personal_template() -> Value {
    json!({ "Path": PERSONAL_PATH, "Template": "Hello, how can I help you today?", "TemplateName": "Hello" })
}

/// Diagnostics: monitor counters and commands, answered as the server's strings.
fn diagnostics(op: &str) -> Option<Handler> {
    let h: Handler = match op.strip_prefix("Diagnostics_")? {
        "GetEmployeeStateMonitorCount"
        | "GetAgentStateMonitorCount"
        | "GetAgentInboxMonitorCount" => |s, c| {
            let w = lock(s)?;
            employee(&w, c, c.param("id")?)?;
            Ok(text("0"))
        },
        "AddEmployeeStateMonitor" | "AddAgentStateMonitors" | "AddAgentInboxMonitors" => |s, c| {
            let skip = c.param("skipIfContained")?;
            if !skip.eq_ignore_ascii_case("true") && !skip.eq_ignore_ascii_case("false") {
                return Err(ApiError::BadRequest(
                    "skipIfContained must be true or false".into(),
                ));
            }
            let w = lock(s)?;
            employee(&w, c, c.param("id")?)?;
            Ok(text("Added"))
        },
        "RemoveEmployeeStateMonitor" | "RemoveAgentStateMonitors" | "RemoveAgentInboxMonitors" => {
            |s, c| {
                let w = lock(s)?;
                employee(&w, c, c.param("id")?)?;
                Ok(text("Removed"))
            }
        }
        "RunRouterCommand" | "PostProblemReport" => |_, c| {
            c.body_object()?;
            Ok(text("Accepted"))
        },
        "GetSignalRConnectionsById" => |_, c| {
            c.param("id")?;
            Ok(Reply::Value(json!([])))
        },
        _ => return None,
    };
    Some(h)
}
